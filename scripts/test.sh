#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, builds the command line, then runs the
# checks as steps — type check, lint (with the unused-exports and catalog-types checks), then jest's unit and
# integration projects (LibreOffice and browser tests included). Each step counts in the last line,
# `tests: N passed, M failed` (a step is one test; jest counts its own tests). Arguments go to jest.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results/steps
mkdir -p test-results/steps

fail_setup() {
  echo "setup failed: $1" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
}

bash scripts/install-system-packages.sh || fail_setup "Debian packages"
bash scripts/install-node-packages.sh || fail_setup "npm ci"
# npm ci builds it through the prepare script; again here for a checkout whose sources changed since (incremental).
npm run --silent build:cli || fail_setup "building the command line (npm run build:cli)"

# step <name> <command...>: runs a check, records its status and output for the summary.
step() {
  local name=$1
  shift
  "$@" >"test-results/steps/${name}.log" 2>&1
  echo $? >"test-results/steps/${name}.status"
}

# The checks are single-threaded: on two cores the type-aware lint (about 60 s of CPU) runs beside the type check
# and the two smaller checks (about 40 s) instead of after them. Their output is printed in a fixed order.
step lint npx eslint . --max-warnings 0 &
lint=$!
step typecheck npx tsc --noEmit -p tsconfig.json
step catalog-types node scripts/catalog-types.js --check
step unused-exports node scripts/unused-exports.js
wait "$lint"
for name in typecheck catalog-types lint unused-exports; do
  echo "== ${name}"
  cat "test-results/steps/${name}.log"
done

rm -f test-results/jest.json
npx jest --ci --reporters=default --reporters=./scripts/jest-counts-reporter.js "$@"
jest_status=$?
node scripts/summarize-tests.js test-results/jest.json "$jest_status" test-results/steps
