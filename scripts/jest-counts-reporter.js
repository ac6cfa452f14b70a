// A jest reporter that writes the counts scripts/summarize-tests.js reads, and nothing else. Jest's own `--json`
// serialises every failure's error object, and one with a cycle (Node's execFileSync timeout error refers to
// itself through `error`) makes it throw at the end of the run and write no report at all.
const fs = require('node:fs');
const path = require('node:path');

class CountsReporter {
  constructor(_globalConfig, options = {}) {
    this.file = options.outputFile ?? 'test-results/jest.json';
  }

  onRunComplete(_contexts, results) {
    const report = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      testResults: results.testResults.map((suite) => ({
        name: suite.testFilePath,
        status: suite.numFailingTests > 0 || suite.testExecError !== undefined ? 'failed' : 'passed',
        assertionResults: suite.testResults.map((test) => ({ title: test.fullName, status: test.status })),
        message: String(suite.failureMessage ?? ''),
      })),
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${JSON.stringify(report, null, 2)}\n`);
  }
}

module.exports = CountsReporter;
