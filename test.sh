#!/usr/bin/env bash
# Run the whole test suite (sets the machine up first if needed). In CI (CI=true), or
# with WORKBENCH_BUNDLE_TEST=1, it also builds the standalone application and starts it
# headless (packaging/build-linux.sh: about two minutes).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/python -m pytest "$@"
if [ "${CI:-}" = "true" ] || [ "${WORKBENCH_BUNDLE_TEST:-}" = "1" ]; then
  bash packaging/build-linux.sh
fi
