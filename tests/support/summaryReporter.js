/**
 * Ends a jest run with one plain line, "N passed, N failed, N skipped", that
 * CI tooling reads regardless of the test runner.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests } = results;
    process.stdout.write(`\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped\n`);
  }
}

module.exports = SummaryReporter;
