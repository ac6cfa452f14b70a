#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, then runs them (type check, lint, unit,
# LibreOffice and browser tests all run under jest). Ends with the line `tests: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

fail_setup() {
  echo "setup failed: $1" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
}

bash scripts/install-system-packages.sh || fail_setup "Debian packages"
bash scripts/install-node-packages.sh || fail_setup "npm ci"

npx jest --ci --json --outputFile=test-results/jest.json "$@"
jest_status=$?
node scripts/summarize-tests.js test-results/jest.json "$jest_status"
