// Prints the ten slowest tests at the end of a run, each with the share of its timeout it used, so a test that creeps
// towards its timeout on a busy machine shows in CI before it fails. (reportSlowTests only names slow files.)
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** A test should use at most this share of its timeout on an idle machine, leaving room for a busy one. */
const BUDGET = 1 / 3;

export default class SlowestReporter implements Reporter {
  #runs: { title: string; ms: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    // The spec file the test belongs to (a shared step helper can define tests, so not test.location's file).
    let suite = test.parent;
    while (suite.type !== 'file' && suite.parent) suite = suite.parent;
    if (result.status !== 'skipped')
      this.#runs.push({ title: `${suite.title} › ${test.title}`, ms: result.duration, timeout: test.timeout });
  }

  onEnd(_result: FullResult) {
    const slowest = this.#runs.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length === 0) return;
    console.log('\nSlowest tests (share of their timeout; over a third is marked !):');
    for (const { title, ms, timeout } of slowest) {
      const share = ms / timeout;
      console.log(
        `  ${(ms / 1000).toFixed(1).padStart(6)} s ${`${Math.round(share * 100)}%`.padStart(4)}${share > BUDGET ? ' !' : '  '} ${title.slice(0, 120)}`,
      );
    }
  }
}
