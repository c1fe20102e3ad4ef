/**
 * The committed unit lists, crosswalk and geometry of the shipped area against their sources in
 * ../shared/geo (the maintainers' folder beside the repository, not in it): run with
 * `npm run test:sources` after changing an input or `npm run data:geo`. Not part of `npm test`,
 * which runs on a fresh clone with only the repository. Every test here fails, never skips, when
 * a source is missing (`sharedGeoFile` says where it should be).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runDataGeoArea } from '../../scripts/cli/data-geo';
import { DataValidationError } from '../../src/lib/data/errors';
import { loadGeoInputs } from '../../src/lib/data/load';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { successors } from '../../src/lib/data/vintage';
import { parseNewUnitsCsv } from '../../src/lib/geo/units-2025-csv';
import { parseUnitsCsv } from '../../src/lib/geo/units-csv';
import { loadGeoInputs2025, readJson, repoFile, sharedGeoFile } from '../fixtures/geo/inputs';

const ROOT = 'tests/fixtures/kien-giang';
const before = UnitListSchema.parse(readJson(`${ROOT}/vintages/2025-01/units.json`));
const after = UnitListSchema.parse(readJson(`${ROOT}/vintages/2025-07/units.json`));

describe('the 2025-01 unit list', () => {
  it('is exactly the shared CSV read with the facts of its geo-inputs.json', () => {
    const shared = sharedGeoFile('kien-giang-units.csv');
    const meta = { ...loadGeoInputs2025().units, vintage: '2025-01' };
    expect(parseUnitsCsv(readFileSync(shared, 'utf8'), shared, meta)).toEqual(before);
  });
});

describe('the 2025-07 unit list', () => {
  it('is exactly the shared CSV read as its geo-inputs.json says', () => {
    const unitsCsv = sharedGeoFile('an-giang-2025-units.csv');
    const inputs = loadGeoInputs(repoFile(ROOT), '2025-07');
    if (inputs.kind !== 'communes') throw new Error(`${ROOT}: 2025-07 is not of kind communes`);
    const list = parseNewUnitsCsv(readFileSync(unitsCsv, 'utf8'), unitsCsv, { ...inputs.units, vintage: '2025-07' });
    expect(list.units).toHaveLength(48);
    expect(list).toEqual(after);
  });

  it('agrees row by row with the shared crosswalk file', () => {
    const crosswalkCsv = sharedGeoFile('kien-giang-2025-crosswalk.csv');
    const rows = parse<Record<string, string>>(readFileSync(crosswalkCsv, 'utf8'), { columns: true, bom: true });
    const next = successors(after);
    const oldNames = new Map(before.units.map((u) => [u.code, u.name]));
    expect(rows).toHaveLength(143);
    for (const row of rows) {
      const oldCode = row['old_code'] ?? '';
      expect(oldNames.get(oldCode), oldCode).toBe(row['old_name']?.normalize('NFC'));
      expect(next.get(oldCode)?.code, oldCode).toBe(row['new_code']);
      expect(next.get(oldCode)?.name, oldCode).toBe(row['new_name']?.normalize('NFC'));
    }
  });
});

describe('data:geo on the shared sources', () => {
  it('rebuilds exactly the committed 2025-07 files', async () => {
    for (const name of ['an-giang-2025-communes.geojson', 'an-giang-2025-units.csv']) sharedGeoFile(name);
    const out = mkdtempSync(join(tmpdir(), 'data-geo-2025-'));
    await runDataGeoArea({ area: repoFile(ROOT), out, vintage: '2025-07' }, () => {});
    for (const file of ['units.json', 'geo/communes.topojson', 'geo/map.topojson']) {
      const built = readFileSync(join(out, 'vintages/2025-07', file), 'utf8');
      expect(built === readFileSync(repoFile(`${ROOT}/vintages/2025-07/${file}`), 'utf8'), file).toBe(true);
    }
  }, 60_000);

  it('writes neither vintage when the 2025-01 inputs have a problem', async () => {
    for (const name of ['an-giang-2025-communes.geojson', 'an-giang-2025-units.csv', 'kien-giang-units.csv']) {
      sharedGeoFile(name);
    }
    const dir = mkdtempSync(join(tmpdir(), 'data-geo-area-'));
    const districts = join(dir, 'districts.geojson');
    writeFileSync(districts, JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const run = runDataGeoArea(
      { area: repoFile(ROOT), out: join(dir, 'out'), districtInputs: { districts } },
      () => {},
    );
    await expect(run).rejects.toBeInstanceOf(DataValidationError);
    expect(readdirSync(dir)).toEqual(['districts.geojson']);
  }, 60_000);
});
