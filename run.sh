#!/usr/bin/env bash
# Set everything up and open the workbench on the sample library: the fact-checker's first start.
# With arguments, runs the workbench command instead: ./run.sh search روسيا
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ $# -gt 0 ]; then
  exec .venv/bin/workbench "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  exec .venv/bin/workbench gui   # first start: imports data/, asks your name and role, opens the first article
fi
echo "No display here: showing the library in the terminal instead of opening the window." >&2
.venv/bin/workbench import --quiet data/ || [ $? -eq 1 ]  # 1: some items failed, the rest went in
exec .venv/bin/workbench list
