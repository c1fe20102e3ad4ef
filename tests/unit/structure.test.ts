/**
 * The shape of the code, held as a test (docs/architecture.md draws it):
 * - no module of src/ or scripts/ imports itself through a circle (type-only imports included, since
 *   a type cycle still ties two modules so neither can be read or moved alone);
 * - src/lib keeps its stage order: a folder imports only from folders on a lower stage, so data flows
 *   one way, from the data files up to markup, and "where does X live" has one answer;
 * - src/lib is pure: it imports nothing from the pages, components, browser scripts or site config.
 * dpdm walks the real TypeScript imports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';

/**
 * The stages of src/lib, lowest first. Folders on one stage do not import each other.
 *   data         what the site is built from: schemas (one file per concept), loading, vintages, map files
 *   text         Vietnamese text: formatting, names, the message catalogue's core
 *   geo          build-time geometry (npm run data:geo)      spreadsheet  file bytes → rows
 *   model        the site's numbers: bands, progress, month views, pace, reports — no markup
 *   import       rows → months of the data file                site         routes, paths, addresses, headers
 *   area         a province's data folder from the national reference (npm run area)
 *   render       markup and pictures: layers, SVG, colours, feeds, CSV   publish  the publishing gate, deploy
 */
const STAGES: readonly (readonly string[])[] = [
  ['data'],
  ['text'],
  ['geo', 'spreadsheet', 'model'],
  ['import', 'site', 'area'],
  ['render', 'publish'],
];

const stageOf = new Map(STAGES.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

/** The folder of src/lib a file lies in ("model" for src/lib/model/bands.ts), or undefined. */
function libFolder(file: string): string | undefined {
  return /^src\/lib\/([^/]+)\//.exec(file)?.[1];
}

/** Every import edge `from → to` between files of the tree (external packages left out). */
function edges(tree: DependencyTree): [string, string][] {
  return Object.entries(tree).flatMap(([from, deps]) =>
    (deps ?? []).flatMap((d) => (d.id && !d.id.includes('node_modules') ? [[from, d.id] as [string, string]] : [])),
  );
}

/** The edges that break the stage order, as "from → to". */
function againstStages(pairs: readonly [string, string][]): string[] {
  return pairs.flatMap(([from, to]) => {
    const [a, b] = [libFolder(from), libFolder(to)];
    if (!a || !b || a === b) return [];
    const [sa, sb] = [stageOf.get(a), stageOf.get(b)];
    if (sa === undefined) return [`${from}: src/lib/${a}/ is not a stage of STAGES`];
    return sb !== undefined && sb < sa ? [] : [`${from} → ${to}`];
  });
}

describe('code structure', () => {
  let tree: DependencyTree;
  beforeAll(async () => {
    tree = await parseDependencyTree(['src/**/*.ts', 'scripts/**/*.ts'], {
      context: process.cwd(),
      transform: false,
      skipDynamicImports: false,
    });
  }, 60_000);

  it('walks the code it judges', () => {
    // The walk must have found the code, or "no cycle" would prove nothing.
    expect(Object.keys(tree).filter((f) => f.startsWith('src/lib/')).length).toBeGreaterThan(50);
    const folders = new Set(
      Object.keys(tree)
        .map(libFolder)
        .filter((f) => f !== undefined),
    );
    expect([...folders].sort()).toEqual([...stageOf.keys()].sort());
  });

  it('has no import cycle in src/ or scripts/', () => {
    expect(parseCircular(tree).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps the stage order of src/lib: every import goes to a lower stage', () => {
    expect(againstStages(edges(tree))).toEqual([]);
  });

  it('keeps src/lib pure: no page, component, browser script or site config imported', () => {
    const outward = edges(tree).filter(
      ([from, to]) => from.startsWith('src/lib/') && /^src\/(pages|components|client|layouts|config)\//.test(to),
    );
    expect(outward.map(([a, b]) => `${a} → ${b}`)).toEqual([]);
  });

  it('would see an import against the order (the checks above can fail)', () => {
    expect(
      againstStages([
        ['src/lib/model/progress.ts', 'src/lib/render/palette.ts'],
        ['src/lib/geo/mosaic.ts', 'src/lib/model/bands.ts'],
        ['src/lib/render/layers.ts', 'src/lib/model/bands.ts'],
        ['src/lib/model/bands.ts', 'src/lib/model/per-capita.ts'],
        ['src/lib/novel/x.ts', 'src/lib/data/load.ts'],
      ]),
    ).toEqual([
      'src/lib/model/progress.ts → src/lib/render/palette.ts',
      'src/lib/geo/mosaic.ts → src/lib/model/bands.ts',
      'src/lib/novel/x.ts: src/lib/novel/ is not a stage of STAGES',
    ]);
  });
});
