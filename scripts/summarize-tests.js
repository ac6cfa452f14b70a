// Prints `tests: N passed, M failed` from jest's JSON report and exits non-zero when anything failed.
// A suite that could not run (syntax error, failed import) counts as a failed test.
const fs = require('node:fs');

const [file, jestStatus = '0'] = process.argv.slice(2);
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
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
