// A jest reporter for measuring the suite (BENCHMARKS.md, "Test suite"): per test file, the wall time and — when jest
// runs in band (`--maxWorkers=1`), so the file runs in this process — the CPU time it cost, this process's and that of
// the children it waited for (the command line, LibreOffice, Chromium), read from /proc/self/stat. CPU time is the
// figure that does not depend on how busy the shared machine is. Writes test-results/timings.json (or outputFile) and
// prints the files ranked by cost. Not part of scripts/test.sh; use it with
// `npx jest <paths> --maxWorkers=1 --reporters=default --reporters=./scripts/jest-timings-reporter.js`.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** CPU seconds (user, system) of this process and its waited-for children, or undefined off Linux. */
function cpuSeconds() {
  let stat;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at field 3; utime is field 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = (index) => Number(fields[index - 3]);
  const hz = 100;
  return {
    user: (ticks(14) + ticks(16)) / hz,
    system: (ticks(15) + ticks(17)) / hz,
  };
}

class TimingsReporter {
  constructor(globalConfig, options = {}) {
    this.file = options.outputFile ?? 'test-results/timings.json';
    this.inBand = globalConfig.maxWorkers <= 1;
    this.started = new Map();
    this.rows = [];
    this.runStart = { wall: Date.now(), cpu: cpuSeconds() };
  }

  onTestFileStart(test) {
    this.started.set(test.path, cpuSeconds());
  }

  onTestFileResult(test, result) {
    const before = this.started.get(test.path);
    const after = cpuSeconds();
    const cpu =
      this.inBand && before !== undefined && after !== undefined
        ? { user: after.user - before.user, system: after.system - before.system }
        : undefined;
    this.rows.push({
      file: path.relative(process.cwd(), test.path),
      project: test.context.config.displayName?.name ?? '',
      wallSeconds: (result.perfStats.end - result.perfStats.start) / 1000,
      cpuUserSeconds: cpu?.user,
      cpuSystemSeconds: cpu?.system,
      tests: result.numPassingTests + result.numFailingTests + result.numPendingTests,
      failed: result.numFailingTests > 0 || result.testExecError !== undefined,
    });
  }

  onRunComplete() {
    const end = cpuSeconds();
    const cost = (row) => (row.cpuUserSeconds ?? 0) + (row.cpuSystemSeconds ?? 0) || row.wallSeconds;
    this.rows.sort((a, b) => cost(b) - cost(a));
    const total = {
      files: this.rows.length,
      tests: this.rows.reduce((sum, row) => sum + row.tests, 0),
      wallSeconds: (Date.now() - this.runStart.wall) / 1000,
      cpuUserSeconds: end && this.runStart.cpu ? end.user - this.runStart.cpu.user : undefined,
      cpuSystemSeconds: end && this.runStart.cpu ? end.system - this.runStart.cpu.system : undefined,
      loadAverage: os.loadavg(),
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${JSON.stringify({ total, files: this.rows }, null, 2)}\n`);
    const fmt = (n) => (n === undefined ? '   -  ' : n.toFixed(1).padStart(6));
    const lines = this.rows.map(
      (row) =>
        `${fmt(row.wallSeconds)} ${fmt(row.cpuUserSeconds)} ${fmt(row.cpuSystemSeconds)}  ${row.failed ? 'FAIL ' : ''}${row.file}`,
    );
    process.stderr.write(
      `\n  wall    user  system  file (seconds; CPU includes waited-for children)\n${lines.join('\n')}\n` +
        `total: ${total.files} files, ${total.tests} tests, ${fmt(total.wallSeconds)} s wall,` +
        ` ${fmt(total.cpuUserSeconds)} s user, ${fmt(total.cpuSystemSeconds)} s system,` +
        ` load average ${total.loadAverage.map((n) => n.toFixed(2)).join(' ')}\n`,
    );
  }
}

module.exports = TimingsReporter;
