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
# Node's young generation at 64 MB a semi-space instead of 16 (every node process of the run: the command line's
# build, jest's workers, the checks, the pane's build, the command lines the tests start): fewer scavenges for the
# same garbage, 4–12 % less CPU in allocation-heavy test files, peak memory within the runs' spread (the pane's build
# up to 100 MB more; decision 0261, BENCHMARKS.md).
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--max-semi-space-size=64"

# step <name> <command...>: runs a check, records its status and output for the summary.
step() {
  local name=$1
  shift
  "$@" >"test-results/steps/${name}.log" 2>&1
  echo $? >"test-results/steps/${name}.status"
}

# The checks are single-threaded and cost about 40 s of CPU. They run beside jest, below its priority (nice 5): they
# take the CPU jest leaves (its workers wait on Chromium's pages and on each other at the end) and a quarter of a
# core while both workers are busy, so that they end before jest does. At nice 19 they got only the CPU jest left,
# about 30 s of it, and the lint ended some 12 s after jest, one core idle (decision 0261). The browser's timing
# assertions keep three quarters of a core at worst. Their output is printed after jest, in a fixed order.
# The type check, the type-aware lint and the unused-exports check share one TypeScript program
# (scripts/program-checks.js writes the three steps' logs and statuses; decision 0229).
checks() {
  # A step the script could not record (it failed to start) fails with the script's own output.
  node scripts/program-checks.js test-results/steps >test-results/steps/program-checks.out 2>&1
  for name in typecheck lint unused-exports; do
    if [ ! -f "test-results/steps/${name}.status" ]; then
      cp test-results/steps/program-checks.out "test-results/steps/${name}.log"
      echo 2 >"test-results/steps/${name}.status"
    fi
  done
  step catalog-types node scripts/catalog-types.js --check
}
# A subshell lowered to nice 5: what it starts inherits the priority. It starts before the command line's build,
# which the checks do not read (they check the sources): the build is single-threaded, and the other core would idle
# for its few seconds (decision 0269). A failed build stops them, so that nothing runs on behind its message.
(renice -n 5 -p "$BASHPID" >/dev/null; checks) &
checks_pid=$!

stop_checks() {
  local running
  running=$(pgrep -P "$checks_pid")
  kill "$checks_pid" 2>/dev/null
  [ -n "$running" ] && kill $running 2>/dev/null
  wait "$checks_pid" 2>/dev/null
}

# npm ci builds it through the prepare script; again here for a checkout whose sources changed since (incremental).
if ! npm run --silent build:cli; then
  stop_checks
  fail_setup "building the command line (npm run build:cli)"
fi

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
