// Prints `tests: N passed, M failed` from jest's JSON report and the steps scripts/test.sh ran before jest (type
// check, lint…: one test each, passed when it exited 0 and printed nothing), and exits non-zero when anything failed.
// A suite that could not run (syntax error, failed import) counts as a failed test.
const fs = require('node:fs');
const path = require('node:path');

const [file, jestStatus = '0', stepsDir] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  for (const suite of report.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) {
      console.error(`suite could not run: ${suite.name}\n${suite.message}`);
    }
  }
} catch (error) {
  console.error(`no jest report (${error.message})`);
  failed = Math.max(failed, 1);
}
if (failed === 0 && jestStatus !== '0') failed = 1;

if (stepsDir) {
  const steps = fs.readdirSync(stepsDir).filter((name) => name.endsWith('.status')).sort();
  for (const name of steps) {
    const step = name.replace(/\.status$/u, '');
    const status = fs.readFileSync(path.join(stepsDir, name), 'utf8').trim();
    const output = fs.readFileSync(path.join(stepsDir, `${step}.log`), 'utf8').trim();
    if (status === '0' && output === '') {
      passed += 1;
    } else {
      failed += 1;
      console.error(`step failed: ${step} (exit ${status})${output ? `\n${output}` : ''}`);
    }
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
