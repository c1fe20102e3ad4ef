/**
 * The shape of the code, held as a test: no module of src/ or scripts/ imports itself through a circle
 * (type-only imports included, since a type cycle still ties two modules so neither can be read or moved
 * alone). dpdm walks the real TypeScript imports.
 */
import { describe, expect, it } from 'vitest';
import { parseCircular, parseDependencyTree } from 'dpdm';

describe('code structure', () => {
  it('has no import cycle in src/ or scripts/', async () => {
    const tree = await parseDependencyTree(['src/**/*.ts', 'scripts/**/*.ts'], {
      context: process.cwd(),
      transform: false,
      skipDynamicImports: false,
    });
    // The walk must have found the code, or "no cycle" would prove nothing.
    expect(Object.keys(tree).filter((f) => f.startsWith('src/lib/')).length).toBeGreaterThan(50);
    expect(parseCircular(tree).map((cycle) => cycle.join(' → '))).toEqual([]);
  }, 60_000);
});
