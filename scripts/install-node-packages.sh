#!/usr/bin/env bash
# npm ci on a fresh clone, or when package-lock.json changed since the last install.
set -euo pipefail
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
