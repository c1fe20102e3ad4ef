/**
 * Every internal route of the site, one function each. They return paths without the base
 * ("/ban-do/2025-03/"): pages pass them through `url()` or `absolute()` (src/config/site.ts), which
 * add SITE_BASE and the address. Renaming a route is then one edit here plus its file in src/pages/;
 * tests/unit/paths.test.ts checks that each path is served by a route file and that pages, components
 * and layouts write no route by hand.
 */
import { VIEW_SLUGS, type MapViewId } from '../model/map-views';

/** Folder of the embeddable pages; the security headers let any site frame it. */
export const EMBED_DIR = 'nhung';

/** The route parameter of the area-wide poster (`/in-an/chung/`). */
export const AREA_SHEET = 'chung';

/** `/`: the landing page. */
export const homePath = (): string => '/';

/** `/en/`: the one page in English. */
export const englishPath = (): string => '/en/';

/** `/ban-do/`: the latest month's map (the press links here; it always shows the newest data). */
export const latestMapPath = (): string => '/ban-do/';

/** `/ban-do/YYYY-MM/`: one month's map, a stable link. */
export const mapPath = (month: string): string => `${latestMapPath()}${month}/`;

/** A view of a month's map: `/ban-do/YYYY-MM/` for the count view, `/ban-do/YYYY-MM/nhip-hien-tai/` for the others. */
export const mapViewPath = (month: string, view: MapViewId): string =>
  view === 'count' ? mapPath(month) : `${mapPath(month)}${VIEW_SLUGS[view]}/`;

/** `/bao-cao/YYYY-MM/`: the printable monthly summary. */
export const reportPath = (month: string): string => `/bao-cao/${month}/`;

/** `/bao-cao/in/YYYY-MM.css`: the print stylesheet of a month's summary (its running footer). */
export const reportPrintCssPath = (month: string): string => `/bao-cao/in/${month}.css`;

/** `/xa/<vintage>/`: the folder of a vintage's unit pages (the map script appends a code). */
export const unitsPath = (vintage: string): string => `/xa/${vintage}/`;

/** `/xa/<vintage>/<code>/`: a unit's page. The vintage is part of it, so one URL never means two places. */
export const unitPath = (vintage: string, code: string): string => `${unitsPath(vintage)}${code}/`;

/** `/huyen/<code>/`: a former district's page (districts existed until 06/2025). */
export const districtPath = (code: string): string => `/huyen/${code}/`;

/** `/nhung/`: the folder of the embeddable pages (kept out of search engines). */
export const embedRootPath = (): string => `/${EMBED_DIR}/`;

/** `/nhung/ban-do/`: the embeddable map of the latest month (what the embed code points to). */
export const latestEmbedPath = (): string => `${embedRootPath()}ban-do/`;

/** `/nhung/ban-do/YYYY-MM/`: the embeddable map of one month. */
export const embedPath = (month: string): string => `${latestEmbedPath()}${month}/`;

/** `/du-lieu/`: the open-data page. */
export const dataPath = (): string => '/du-lieu/';

/** `/du-lieu/thang.atom`: the Atom feed of the published months (for newsrooms' feed readers). */
export const feedPath = (): string => `${dataPath()}thang.atom`;

/** `/du-lieu/datapackage.json`: the Frictionless Data Package describing every download. */
export const dataPackagePath = (): string => `${dataPath()}datapackage.json`;

/** `/du-lieu/so-mau-YYYY-MM.csv`: a month's samples per unit. */
export const monthCsvPath = (month: string): string => `${dataPath()}so-mau-${month}.csv`;

/** `/du-lieu/so-mau-cac-thang.xlsx`: every month's counts in one workbook, for Excel and LibreOffice. */
export const monthsWorkbookPath = (): string => `${dataPath()}so-mau-cac-thang.xlsx`;

/** `/du-lieu/campaign.json`: the whole data file. */
export const campaignJsonPath = (): string => `${dataPath()}campaign.json`;

/** `/du-lieu/<vintage>/thang.json`: every month of a vintage, fetched by the map's month switch. */
export const monthsFilePath = (vintage: string): string => `${dataPath()}${vintage}/thang.json`;

/** `/du-lieu/<vintage>/units.json`: a vintage's unit list. */
export const unitListPath = (vintage: string): string => `${dataPath()}${vintage}/units.json`;

/** `/du-lieu/<vintage>/<boundary>.topojson`: lon/lat boundaries (`ranh-gioi-huyen`, `ranh-gioi-xa`). */
export const boundaryPath = (vintage: string, boundary: string): string =>
  `${dataPath()}${vintage}/${boundary}.topojson`;

/** `/du-lieu/<vintage>/ban-do.topojson`: a vintage's map layout geometry. */
export const mapTopojsonPath = (vintage: string): string => `${dataPath()}${vintage}/ban-do.topojson`;

/** `/du-lieu/anh-chia-se.png` (latest month) or `/du-lieu/anh-chia-se-YYYY-MM.png`: the share card. */
export const shareImagePath = (month?: string): string =>
  month === undefined ? `${dataPath()}anh-chia-se.png` : `${dataPath()}anh-chia-se-${month}.png`;

/** `/du-lieu/ban-do-YYYY-MM.svg`: a month's map picture for the press. */
export const mapSvgPath = (month: string): string => `${dataPath()}ban-do-${month}.svg`;

/** `/du-lieu/ban-do-YYYY-MM.png`: the same picture as PNG. */
export const mapPngPath = (month: string): string => `${dataPath()}ban-do-${month}.png`;

/** `/huong-dan/`: the list of guides. */
export const guidesPath = (): string => '/huong-dan/';

/** `/huong-dan/<slug>/`: one guide (slug = file name in src/content/guides). */
export const guidePath = (slug: string): string => `${guidesPath()}${slug}/`;

/** `/in-an/`: the posters to print, one per current unit. */
export const postersPath = (): string => '/in-an/';

/** The route parameter of a sheet to print: `chung` (area-wide) or `<vintage>/<code>`. */
export const printSheet = (vintage?: string, code?: string): string =>
  vintage === undefined || code === undefined ? AREA_SHEET : `${vintage}/${code}`;

/** `/in-an/<sheet>/`: the A4 poster of a sheet (see printSheet). */
export const posterPath = (sheet: string): string => `${postersPath()}${sheet}/`;

/** `/in-an/<sheet>/to-roi/`: the A5 flyer of a sheet. */
export const flyerPath = (sheet: string): string => `${posterPath(sheet)}to-roi/`;

/** `/bao-chi/`: the press kit. */
export const pressPath = (): string => '/bao-chi/';

/** `/can-bo/`: the page for officials. */
export const officialsPath = (): string => '/can-bo/';

/** `/can-bo/cap-nhat/`: the staff page that checks a month's file and downloads the updated data. */
export const staffUpdatePath = (): string => `${officialsPath()}cap-nhat/`;
/** A picture of the staff guide (public/can-bo/cap-nhat/, made by scripts/cli/staff-shots.ts). */
export const staffGuidePicturePath = (file: string): string => `${staffUpdatePath()}${file}`;

/** `/<slug>/`: a text for officials or the press (slug = file name in src/content/pages). */
export const textPath = (slug: string): string => `/${slug}/`;

/** `/gioi-thieu/`: sources and licences. */
export const aboutPath = (): string => '/gioi-thieu/';

/** `/gioi-thieu/#don-vi-hanh-chinh`: the about page's section explaining the two unit lists. */
export const vintagesExplainedPath = (): string => `${aboutPath()}#don-vi-hanh-chinh`;

/** `/404.html`: the page a static host shows for an unknown address. */
export const notFoundPath = (): string => '/404.html';

/** `/sitemap-index.xml`: written by @astrojs/sitemap. */
export const sitemapPath = (): string => '/sitemap-index.xml';

/** `/favicon.svg`: the site icon (a file in public/). */
export const faviconPath = (): string => '/favicon.svg';
