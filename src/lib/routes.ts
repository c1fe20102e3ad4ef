/**
 * Static paths shared by several routes, so each route file stays a thin shell.
 */
import { loadSiteData } from './load';
import { targetFor } from './progress';

/** One entry per month of the data: `{ params: { month } }`. */
export function monthPaths(): { params: { month: string } }[] {
  return loadSiteData().campaign.months.map((m) => ({ params: { month: m.month } }));
}

// A type alias, not an interface: Astro's props must be assignable to a plain record.
export type PrintProps = {
  /** Commune name with its type prefix; undefined for the province-wide version. */
  place: string | undefined;
  district: string | undefined;
  /** Commune code; undefined for the province-wide version. */
  code: string | undefined;
  /** Samples a month the sheet asks for (the commune's target, or the default). */
  target: number;
};

/** One print page per commune, plus `chung` (province-wide). */
export function printPaths(): { params: { code: string }; props: PrintProps }[] {
  const { campaign, units } = loadSiteData();
  const districts = new Map(units.districts.map((d) => [d.code, d.name]));
  return [
    {
      params: { code: 'chung' },
      props: { place: undefined, district: undefined, code: undefined, target: campaign.target.default },
    },
    ...units.units.map((u) => ({
      params: { code: u.code },
      props: {
        place: u.name,
        district: districts.get(u.districtCode),
        code: u.code,
        target: targetFor(campaign, u.code),
      },
    })),
  ];
}
