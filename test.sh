#!/usr/bin/env bash
# Run the whole test suite (sets the machine up first if needed).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
