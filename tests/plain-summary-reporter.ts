/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, which CI reads to count tests
 * (Vitest's own summary has colour codes and another wording).
 *
 * A test file that failed to load, or whose beforeAll failed, counts as one failure (plus each of
 * its tests that did not pass), so a missing Chromium can never read as a green run.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let moduleFailed = mod.state() === 'failed';
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') {
          failed += 1;
          moduleFailed = false; // already counted through its tests
        } else skipped += 1;
      }
      // A module that failed without any failing test: load error or failing hook.
      if (moduleFailed) failed += 1;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
