// The order jest starts test files in. Jest's own order puts the files that took longest in its cache first; with a
// cold cache (CI, a fresh checkout) it goes by file size, and the slowest files — LibreOffice converting some
// hundred returns, the e2e test building the pane — may start last and run alone on one worker while the other
// waits: the run's tail. Here the files known to be slow start first, whatever the cache says. The e2e file that
// only reads the pane's build (browserMode) starts right after them: started beside the one that builds it
// (paneLayout), it would hold a worker idle for the whole build, waiting on the build's lock
// (tests/support/e2e/buildPane.ts), but with two workers the third file starts only when recomputed or paneLayout has
// ended, long after the build (paneLayout's first step). Started last, as it was, it could end the run alone on one
// worker: 20–50 s of wall time for some 11 s of CPU (decision 0254). Measured in BENCHMARKS.md, "The test suite".
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

/** Slowest first (seconds of wall time with one worker, idle machine, BENCHMARKS.md), then browserMode. */
const FIRST = [
  'tests/libreoffice/recomputed.test.ts',
  'tests/e2e/paneLayout.test.ts',
  'tests/libreoffice/printedForms.test.ts',
  'tests/cli/checkConsolidateAnnex.test.ts',
  'tests/e2e/browserMode.test.ts',
];

const rank = (test) => {
  const file = path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');
  return FIRST.includes(file) ? FIRST.indexOf(file) - FIRST.length : 0;
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable: within a rank, jest's own order stays.
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
