import { defineConfig } from 'vitest/config';

/**
 * One runner, four projects: `unit` tests src/lib and scripts directly; `e2e` drives the built
 * site (dist/) in the system Chromium. `npm test` builds first, then runs both; `shipped` is the
 * smoke test of the shipped data/ (`npm run test:shipped`); `sources` checks the committed geometry
 * against ../shared/geo (`npm run test:sources`).
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests run a whole command (import, area) on real files: on a loaded 2-core CI
          // machine one took 5.4 s, over Vitest's default of 5 s.
          testTimeout: 30_000,
          // No fresh module graph per file: no unit test mocks modules or changes globals or
          // process.env, and re-importing for each of ~80 files cost more than the tests
          // themselves (2 cores: 53 s → 31 s wall, 1752 tests, same results).
          isolate: false,
          // Unit tests first, then e2e: Vitest runs projects with different worker counts in
          // separate groups.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // The e2e tests read the same fixture data `npm run build:test` built dist/ from.
          env: { DATA_DIR: '.cache/test-site-data' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, one per core of the 2-core machines: they share one Chromium
          // (started here once per run), and astro builds of other sites take turns (harness.ts).
          globalSetup: ['./tests/e2e/global-setup.ts'],
          maxWorkers: 2,
          // Same reason as the unit project (the e2e files share the harness module, which holds
          // nothing per file): 285 s → 255 s wall on 2 cores, 339 tests, same results.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Not part of `npm test` (it needs ../shared/geo, the maintainers' sources beside the
        // repository): `npm run test:sources` checks the committed geometry and unit lists against them.
        test: {
          name: 'sources',
          include: ['tests/sources/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // Not part of `npm test` (tests never depend on the shipped months): `npm run test:shipped`
        // builds the data in data/ and loads its main pages; the publishing workflows run it on the
        // data they are about to publish.
        test: {
          name: 'shipped',
          include: ['tests/shipped/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 240_000,
          globalSetup: ['./tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
