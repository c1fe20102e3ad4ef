/**
 * Times one full import (read, match, validate, write) at nationwide scale: a synthetic unit list of
 * 10,600 communes in 700 districts with Vietnamese-like names (deterministic), a data file holding
 * the 11 previous months, and a 10,600-row CSV matched by name within district (the slower path).
 *
 *   npx tsx scripts/bench/import.ts      → prints e.g. "10600 rows imported in 850 ms"
 *
 * Target: ≤ 2 s.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomInt } from 'd3-random';
import { stringify } from 'csv-stringify/sync';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../src/lib/import/run';
import type { AreaInput } from '../../src/lib/data/schema/area';
import type { CampaignInput } from '../../src/lib/data/schema/campaign';
import { syntheticUnits } from '../fixtures/synthetic';
import { seededSource } from '../../src/lib/data/illustrative';
import { CLI_CONTROLS } from '../../src/lib/import/messages/voice';

/** One vintage with districts, in force for every month of the bench. */
const BENCH_AREA: AreaInput = {
  name: 'Toàn quốc (dữ liệu thử)',
  fullName: 'Toàn quốc (tổng hợp, dữ liệu thử)',
  province: { code: '00', name: 'Toàn quốc' },
  owner: 'Dữ liệu thử',
  target: { default: 300 },
  vintages: [
    {
      id: '2025-01',
      label: 'Danh sách tổng hợp (không có thật)',
      validFrom: '2024-01-01',
      validTo: null,
      reportingUnit: 'district',
      boundarySource: 'không có',
    },
  ],
};

/** Makes the unit list, a year of data and the CSV in a temp folder, then times one import. */
export async function benchImport(): Promise<{ rows: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const units = syntheticUnits();
    const source = seededSource(7);
    const earlierCount = randomInt.source(source)(900);
    const count = randomInt.source(source)(1500);
    const districtName = new Map(units.districts.map((d) => [d.code, d.name]));
    const history: CampaignInput['months'] = [];
    for (let m = 4; m <= 14; m += 1) {
      const month = m <= 12 ? `2024-${String(m).padStart(2, '0')}` : `2025-${String(m - 12).padStart(2, '0')}`;
      history.push({
        month,
        vintage: '2025-01',
        asOf: `${month}-28`,
        source: 'VNNIC',
        illustrative: false,
        counts: { mobile: Object.fromEntries(units.units.map((u) => [u.code, earlierCount()])) },
        provenance: {
          kind: 'import',
          file: `${month}.csv`,
          sha256: '0'.repeat(64),
          rowsRead: units.units.length,
          importedAt: `${month}-28T03:00:00Z`,
        },
        reports: [],
      });
    }
    mkdirSync(join(dir, 'vintages/2025-01'), { recursive: true });
    writeFileSync(join(dir, 'area.json'), `${JSON.stringify(BENCH_AREA, null, 2)}\n`);
    writeFileSync(join(dir, 'vintages/2025-01/units.json'), `${JSON.stringify(units, null, 2)}\n`);
    writeFileSync(join(dir, 'campaign.json'), `${JSON.stringify({ months: history }, null, 2)}\n`);
    const rows: (string | number)[][] = [
      ['SỐ MẪU ĐO i-SPEED CẤP XÃ TOÀN QUỐC, THÁNG 3/2025', '', '', ''],
      ['', '', '', ''],
      ['STT', 'Xã/Phường/Thị trấn', 'Huyện/Thành phố', 'Số mẫu đo'],
    ];
    let total = 0;
    units.units.forEach((u, i) => {
      const n = count();
      total += n;
      rows.push([i + 1, u.name, districtName.get(u.districtCode ?? '') ?? '', n]);
    });
    rows.push(['', 'Tổng cộng', '', total]);
    writeFileSync(join(dir, 'so-mau.csv'), stringify(rows, { record_delimiter: 'windows' }));

    const err: string[] = [];
    const start = performance.now();
    const result = await runImport(
      {
        file: join(dir, 'so-mau.csv'),
        data: join(dir, 'campaign.json'),
        replace: false,
        dryRun: false,
        blankIsNoData: false,
        quiet: true,
        lang: 'vi',
        controls: CLI_CONTROLS,
      },
      { now: new Date('2025-04-15T03:00:00Z'), out: () => undefined, err: (l) => err.push(l) },
    );
    const ms = performance.now() - start;
    if (result.exitCode !== 0 || !result.wrote)
      throw new Error(`the bench import failed:\n${err.slice(0, 10).join('\n')}`);
    return { rows: result.plan?.stats.rowsRead ?? 0, ms: Math.round(ms) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const { rows, ms } = await benchImport();
  process.stdout.write(`${rows} rows imported in ${ms} ms (target ≤ 2000 ms)\n`);
}
