#!/usr/bin/env bash
# npm ci on a fresh clone, or when node_modules does not hold what package-lock.json locks: compared by content with
# npm's own record of its install (scripts/packages-installed.js), not by modification time, which a fresh checkout of
# the same lock would fail (decision 0271).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! node scripts/packages-installed.js; then
  npm ci --no-audit --no-fund
fi
