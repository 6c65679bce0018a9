#!/usr/bin/env bash
# Collect the interface's strings -- and the core's messages, listed in ui/kit/core_messages.py by
# scripts/core_messages.py -- into the Arabic and Hebrew translation sources, then compile
# them. Run after changing strings in ui/**/*.py or messages in workbench/*.py (new strings arrive untranslated: translate them in
# ui/i18n/workbench_ar.ts and workbench_he.ts, with Qt Linguist -- .venv/bin/pyside6-linguist --
# or any editor, then run this again to compile). tests/test_gui_i18n.py checks that every
# message is translated and that the committed .qm files are what lrelease makes of the .ts.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
"$bin/python" scripts/core_messages.py
"$bin/pyside6-lupdate" -locations none -no-obsolete ui/*.py ui/*/*.py -ts ui/i18n/workbench_ar.ts ui/i18n/workbench_he.ts
"$bin/pyside6-lrelease" -silent ui/i18n/workbench_ar.ts ui/i18n/workbench_he.ts
grep -c 'type="unfinished"' ui/i18n/workbench_ar.ts ui/i18n/workbench_he.ts || true
