/**
 * A deterministic generator of ILLUSTRATIVE campaign data. Numbers look plausible (urban wards
 * measure more, counts grow as the campaign goes on, a few communes are missing in some months)
 * but are invented; every month is flagged `illustrative: true`.
 */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { monthRange, nextMonth } from './months';
import type { Area } from './schema/area';
import type { CampaignInput, UnitReport } from './schema/campaign';
import type { UnitList } from './schema/units';
import { vintageForMonth } from './vintage';

export interface IllustrativeOptions {
  seed: number;
  from: string;
  to: string;
}

export const ILLUSTRATIVE_SOURCE = 'Số liệu minh họa do máy tạo ra – không phải số liệu chính thức của VNNIC';

/**
 * A deterministic uniform source in [0, 1) for an integer seed, for d3-random's `.source()`. The
 * same seed always gives the same sequence (randomLcg takes a seed in [0, 1): integer seeds are
 * spread over it with the golden ratio).
 */
export function seededSource(seed: number): () => number {
  return randomLcg((Math.abs(seed) * 0.618_033_988_749_895) % 1);
}

/**
 * Builds a whole campaign of illustrative months for an area: each month on its own vintage's unit
 * list (`unitsOf(vintage id)`), its reports from that vintage's reporting units.
 */
export function makeIllustrativeCampaign(
  area: Area,
  unitsOf: (vintage: string) => UnitList,
  opts: IllustrativeOptions,
): CampaignInput {
  const rng = seededSource(opts.seed);
  const normal = randomNormal.source(rng);
  const uniform = randomUniform.source(rng);
  const months = monthRange(opts.from, opts.to);

  // A base level per commune and vintage: wards and towns measure more than rural communes, and
  // a merged unit (several old communes) more than one old commune.
  const bases = new Map<string, Map<string, number>>();
  const baseOf = (units: UnitList): Map<string, number> => {
    const known = bases.get(units.vintage);
    if (known) return known;
    const base = new Map(
      units.units.map((u) => {
        const typeFactor = u.type === 'Phường' ? 1.5 : u.type === 'Thị trấn' || u.type === 'Đặc khu' ? 1.2 : 0.8;
        const size = Math.sqrt(u.formedFrom?.length ?? 1);
        return [u.code, Math.max(10, normal(160, 70)() * typeFactor * size)];
      }),
    );
    bases.set(units.vintage, base);
    return base;
  };

  return {
    months: months.map((month, i) => {
      const vintage = vintageForMonth(area, month);
      if (!vintage) throw new Error(`month ${month} is after the last vintage of the area`);
      const units = unitsOf(vintage.id);
      const base = baseOf(units);
      // The campaign gains momentum: about +8 % a month, with noise per commune.
      const growth = 1 + 0.08 * i;
      const mobile: Record<string, number> = {};
      for (const u of units.units) {
        if (uniform(0, 1)() < 0.03) continue; // no data this month
        const value = (base.get(u.code) ?? 100) * growth * normal(1, 0.25)();
        mobile[u.code] = Math.max(0, Math.round(value));
      }
      const reportMonth = nextMonth(month);
      const reporters = vintage.reportingUnit === 'district' ? units.districts : units.units;
      const reports: UnitReport[] = reporters
        .filter(() => uniform(0, 1)() < 0.8)
        .map((d) => ({
          unit: d.code,
          reportedOn: `${reportMonth}-${String(Math.floor(uniform(6, 14)())).padStart(2, '0')}`,
          solutions: `(Minh họa) ${d.name} tuyên truyền trên hệ thống loa truyền thanh cơ sở và hướng dẫn cán bộ, đoàn viên cài đặt i-Speed.`,
          difficulties: '(Minh họa) Một số người dân chưa quen dùng ứng dụng; nhiều người đo khi đang dùng Wi-Fi.',
        }));
      return {
        month,
        vintage: vintage.id,
        asOf: `${reportMonth}-05`,
        source: ILLUSTRATIVE_SOURCE,
        illustrative: true,
        counts: { mobile },
        provenance: { kind: 'generated' as const, script: 'scripts/fixtures/make-illustrative.ts', seed: opts.seed },
        reports,
      };
    }),
  };
}
