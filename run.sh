#!/usr/bin/env bash
# Set everything up and open the sample library: the fact-checker's first start.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
.venv/bin/workbench import --quiet data/ || [ $? -eq 1 ]  # 1: some items failed, the rest went in
exec .venv/bin/workbench "$@"
