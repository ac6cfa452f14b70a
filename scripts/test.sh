#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, builds the command line, then runs jest's
# unit and integration projects (LibreOffice and browser tests included) with the checks as steps beside it — type
# check, lint (with the unused-exports and catalog-types checks). Each step counts in the last line,
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

# The four checks are single-threaded and cost about 90 s of CPU; jest leaves about as much idle on two cores (its
# workers wait on LibreOffice, Chromium, the pane's build, and on each other at the end). So the checks run beside
# jest at the lowest priority (nice 19): they take the CPU jest leaves, and jest's tests — the browser's timing
# assertions among them — keep the cores when they want them. Their output is printed after jest, in a fixed order.
checks() {
  step lint npx eslint . --max-warnings 0 &
  local lint=$!
  step typecheck npx tsc --noEmit -p tsconfig.json
  step catalog-types node scripts/catalog-types.js --check
  step unused-exports node scripts/unused-exports.js
  wait "$lint"
}
# A subshell lowered to nice 19: what it starts inherits the priority.
(renice -n 19 -p "$BASHPID" >/dev/null; checks) &
checks_pid=$!

rm -f test-results/jest.json
# The arguments before the reporters: `--reporters` takes every word after it as a reporter.
npx jest --ci "$@" --reporters=default --reporters=./scripts/jest-counts-reporter.js
jest_status=$?
wait "$checks_pid"
for name in typecheck catalog-types lint unused-exports; do
  echo "== ${name}"
  cat "test-results/steps/${name}.log"
done
node scripts/summarize-tests.js test-results/jest.json "$jest_status" test-results/steps
