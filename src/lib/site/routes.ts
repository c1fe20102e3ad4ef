/**
 * What several routes need from the validated data, memoised once per build: static paths, a month
 * read on its own vintage, a district's and a unit's months. The computing is model/'s; routes stay
 * thin shells over these.
 */
import { hasDataFile, loadMapModel, loadSiteData, vintageDir } from '../data/load';
import { monthView, type MonthView } from '../model/map-view';
import type { MapModel } from '../data/map-model';
import type { Month } from '../data/schema/campaign';
import { districtHistories, reportsByUnit, type DistrictMonth, type ReportOfMonth } from '../model/history';
import type { Unit } from '../data/schema/units';
import { currentVintage, targetFor, type VintageData } from '../data/vintage';
import { latestMonth } from '../model/progress';
import { posterPath, printSheet } from './paths';
import { offeredViews, VIEW_SLUGS } from '../model/map-views';
import type { OtherViewId } from '../model/bands';

/** The unit list of a month's vintage (validated to exist by load.ts). */
export function vintageOf(month: Pick<Month, 'vintage'>): VintageData {
  const found = loadSiteData().vintages.get(month.vintage);
  if (!found) throw new Error(`vintage ${month.vintage} is not in area.json`);
  return found;
}

/** One month read on its own unit list and geometry. */
export interface MonthPage {
  view: MonthView;
  model: MapModel;
}

const pageCache = new Map<string, MonthPage>();

/** The view and map of a month; memoised, since many routes show the same month. */
export function monthPage(monthKey: string): MonthPage | undefined {
  const cached = pageCache.get(monthKey);
  if (cached) return cached;
  const { area, campaign } = loadSiteData();
  const month = campaign.months.find((m) => m.month === monthKey);
  if (!month) return undefined;
  const page = { view: monthView(area, campaign, vintageOf, month), model: loadMapModel(month.vintage) };
  pageCache.set(monthKey, page);
  return page;
}

/** The months of one vintage, oldest first. */
function monthsOfVintage(vintageId: string): Month[] {
  return loadSiteData().campaign.months.filter((m) => m.vintage === vintageId);
}

const districtHistoryCache = new Map<string, Map<string, DistrictMonth[]>>();

/** A district's results month by month over its vintage (built once per vintage from the memoised views). */
export function districtHistory(vintageId: string, districtCode: string): DistrictMonth[] {
  let byDistrict = districtHistoryCache.get(vintageId);
  if (!byDistrict) {
    byDistrict = districtHistories(monthsOfVintage(vintageId), (m) => monthPage(m.month)?.view);
    districtHistoryCache.set(vintageId, byDistrict);
  }
  return byDistrict.get(districtCode) ?? [];
}

const unitReportCache = new Map<string, Map<string, ReportOfMonth[]>>();

/** The reports a unit sent over the months of its vintage, oldest first (indexed once per vintage). */
export function unitReports(vintageId: string, code: string): ReportOfMonth[] {
  let byUnit = unitReportCache.get(vintageId);
  if (!byUnit) {
    byUnit = reportsByUnit(monthsOfVintage(vintageId));
    unitReportCache.set(vintageId, byUnit);
  }
  return byUnit.get(code) ?? [];
}

/** The latest month's page, or undefined while no month is published. */
export function latestMonthPage(): MonthPage | undefined {
  const latest = latestMonth(loadSiteData().campaign);
  return latest ? monthPage(latest.month) : undefined;
}

/** One entry per month of the data: `{ params: { month } }`. */
export function monthPaths(): { params: { month: string } }[] {
  return loadSiteData().campaign.months.map((m) => ({ params: { month: m.month } }));
}

/** One page per other view of a month's map where it is offered: `/ban-do/<month>/<view slug>/`. */
export function viewPaths(): { params: { month: string; view: string }; props: { viewId: OtherViewId } }[] {
  return loadSiteData().campaign.months.flatMap((m) => {
    const page = monthPage(m.month);
    if (!page) return [];
    return offeredViews(page.view)
      .filter((v): v is OtherViewId => v !== 'count')
      .map((viewId) => ({ params: { month: m.month, view: VIEW_SLUGS[viewId] }, props: { viewId } }));
  });
}

/** One page per unit of every vintage: `/xa/<vintage>/<code>/`. */
export function unitPaths(): {
  params: { vintage: string; code: string };
  props: { vintage: VintageData; unit: Unit };
}[] {
  return [...loadSiteData().vintages.values()].flatMap((vd) =>
    vd.units.units.map((unit) => ({
      params: { vintage: vd.vintage.id, code: unit.code },
      props: { vintage: vd, unit },
    })),
  );
}

// A type alias, not an interface: Astro's props must be assignable to a plain record.
export type PrintProps = {
  /** Commune name with its type prefix; undefined for the area-wide version. */
  place: string | undefined;
  district: string | undefined;
  /** Commune code; undefined for the area-wide version. */
  code: string | undefined;
  /** The commune's vintage (the current one); undefined for the area-wide version. */
  vintage: string | undefined;
  /** Samples a month the sheet asks for (the commune's target, or the default). */
  target: number;
};

/** The path of a commune's printed poster (current units only), or of the area-wide one. */
export function printPath(code: string | undefined): string {
  return posterPath(printSheet(code === undefined ? undefined : currentVintage(loadSiteData().area).id, code));
}

/**
 * One print page per unit of the current vintage (posters recruit measurers for the units that
 * exist today), plus `chung` (area-wide). The vintage is in the path, as for unit pages.
 */
export function printPaths(): { params: { path: string }; props: PrintProps }[] {
  const { area, vintages } = loadSiteData();
  const current = currentVintage(area);
  const units = vintages.get(current.id)?.units;
  const districts = new Map(units?.districts.map((d) => [d.code, d.name]) ?? []);
  return [
    {
      params: { path: printSheet() },
      props: {
        place: undefined,
        district: undefined,
        code: undefined,
        vintage: undefined,
        target: targetFor(area),
      },
    },
    ...(units?.units ?? []).map((u) => ({
      params: { path: printSheet(current.id, u.code) },
      props: {
        place: u.name,
        district: u.districtCode === undefined ? undefined : districts.get(u.districtCode),
        code: u.code,
        vintage: current.id,
        target: targetFor(area, { vintage: current.id, code: u.code }),
      },
    })),
  ];
}

/** One entry per vintage of the area: `{ params: { vintage } }`. */
export function vintagePaths(): { params: { vintage: string } }[] {
  return loadSiteData().area.vintages.map((v) => ({ params: { vintage: v.id } }));
}

/** The lon/lat boundary files a vintage ships, under the names the data page links to. */
export function boundaryPaths(): {
  params: { vintage: string; boundary: string };
  props: { vintage: string; file: string };
}[] {
  const files = [
    { boundary: 'ranh-gioi-huyen', file: 'districts.topojson' },
    { boundary: 'ranh-gioi-xa', file: 'communes.topojson' },
  ];
  return loadSiteData().area.vintages.flatMap((v) =>
    files
      .filter((f) => hasDataFile(`${vintageDir(v.id)}/geo/${f.file}`))
      .map((f) => ({ params: { vintage: v.id, boundary: f.boundary }, props: { vintage: v.id, file: f.file } })),
  );
}
