/**
 * A deterministic generator of ILLUSTRATIVE campaign data. Numbers look plausible (urban wards
 * measure more, counts grow as the campaign goes on, a few communes are missing in some months)
 * but are invented; every month is flagged `illustrative: true`.
 */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { monthRange, nextMonth } from './months';
import type { CampaignInput, DistrictReport, UnitList } from './schema';

export interface IllustrativeOptions {
  seed: number;
  from: string;
  to: string;
}

export const ILLUSTRATIVE_SOURCE = 'Số liệu minh họa do máy tạo ra – không phải số liệu chính thức của VNNIC';

/** Builds a whole campaign of illustrative months for the given unit list. */
export function makeIllustrativeCampaign(units: UnitList, opts: IllustrativeOptions): CampaignInput {
  // randomLcg takes a seed in [0, 1): spread integer seeds over it with the golden ratio.
  const rng = randomLcg((Math.abs(opts.seed) * 0.618_033_988_749_895) % 1);
  const normal = randomNormal.source(rng);
  const uniform = randomUniform.source(rng);
  const months = monthRange(opts.from, opts.to);

  // A base level per commune: wards and towns measure more than rural communes.
  const base = new Map(
    units.units.map((u) => {
      const typeFactor = u.type === 'Phường' ? 1.5 : u.type === 'Thị trấn' ? 1.2 : 0.8;
      return [u.code, Math.max(10, normal(160, 70)() * typeFactor)];
    }),
  );

  return {
    province: units.province,
    vintage: {
      id: '2025-01',
      label:
        'Đơn vị hành chính cấp xã của tỉnh Kiên Giang theo danh mục Tổng cục Thống kê áp dụng từ 01/01/2025 đến 30/06/2025 (143 xã, phường, thị trấn thuộc 15 huyện, thành phố)',
      unitCount: units.units.length,
    },
    target: { default: 300, overrides: {} },
    months: months.map((month, i) => {
      // The campaign gains momentum: about +8 % a month, with noise per commune.
      const growth = 1 + 0.08 * i;
      const mobile: Record<string, number> = {};
      for (const u of units.units) {
        if (uniform(0, 1)() < 0.03) continue; // no data this month
        const value = (base.get(u.code) ?? 100) * growth * normal(1, 0.25)();
        mobile[u.code] = Math.max(0, Math.round(value));
      }
      const reportMonth = nextMonth(month);
      const reports: DistrictReport[] = units.districts
        .filter(() => uniform(0, 1)() < 0.8)
        .map((d) => ({
          districtCode: d.code,
          reportedOn: `${reportMonth}-${String(Math.floor(uniform(6, 14)())).padStart(2, '0')}`,
          solutions: `(Minh họa) ${d.name} tuyên truyền trên hệ thống loa truyền thanh cơ sở và hướng dẫn cán bộ, đoàn viên cài đặt i-Speed.`,
          difficulties: '(Minh họa) Một số người dân chưa quen dùng ứng dụng; nhiều người đo khi đang dùng Wi-Fi.',
        }));
      return {
        month,
        asOf: `${reportMonth}-05`,
        source: ILLUSTRATIVE_SOURCE,
        illustrative: true,
        counts: { mobile },
        provenance: { kind: 'generated' as const, script: 'scripts/make-illustrative.ts', seed: opts.seed },
        reports,
      };
    }),
  };
}
