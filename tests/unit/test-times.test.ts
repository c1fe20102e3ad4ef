/**
 * The bench's `npm test` timing reads its parts from package.json's own test script, so the figures
 * it prints are of the command CI runs, step for step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testParts } from '../../scripts/bench/test-times';

describe('test-times parts', () => {
  it('splits a script at its && steps, names each without env or options, and runs vitest once per project', () => {
    expect(
      testParts(
        'npm run sync && run-p --aggregate-output "check -- --noSync" lint && A=1 B=2 npm run build:test && vitest run --project unit --project e2e',
      ),
    ).toEqual([
      ['sync', 'npm run sync'],
      ['run-p check lint', 'run-p --aggregate-output "check -- --noSync" lint'],
      ['build:test', 'A=1 B=2 npm run build:test'],
      ['vitest unit', 'npx vitest run --project unit'],
      ['vitest e2e', 'npx vitest run --project e2e'],
    ]);
  });

  it("covers every step of this project's test script, ending with the vitest projects it runs", () => {
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts[
      'test'
    ];
    const parts = testParts(script ?? '');
    expect(parts.length).toBeGreaterThanOrEqual(script?.split(' && ').length ?? 0);
    expect(parts.map(([name]) => name).filter((n) => n.startsWith('vitest '))).toEqual(
      [...(script ?? '').matchAll(/--project (\S+)/g)].map((m) => `vitest ${m[1]}`),
    );
  });
});
