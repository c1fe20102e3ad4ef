/**
 * Paths of the open-data downloads, without the base ("/du-lieu/campaign.json"): pages pass them
 * through `url()` or `absolute()` (src/config/site.ts). The data page and datapackage.json name the
 * same files through these, so the package cannot describe a file the page does not offer.
 */

/** `/du-lieu/`: the open-data page. */
export const dataPath = (): string => '/du-lieu/';

/** `/du-lieu/so-mau-YYYY-MM.csv`: a month's samples per unit. */
export const monthCsvPath = (month: string): string => `${dataPath()}so-mau-${month}.csv`;

/** `/du-lieu/campaign.json`: the whole data file. */
export const campaignJsonPath = (): string => `${dataPath()}campaign.json`;

/** `/du-lieu/<vintage>/units.json`: a vintage's unit list. */
export const unitListPath = (vintage: string): string => `${dataPath()}${vintage}/units.json`;

/** `/du-lieu/<vintage>/<boundary>.topojson`: lon/lat boundaries (`ranh-gioi-huyen`, `ranh-gioi-xa`). */
export const boundaryPath = (vintage: string, boundary: string): string =>
  `${dataPath()}${vintage}/${boundary}.topojson`;

/** `/du-lieu/datapackage.json`: the Frictionless Data Package describing every download. */
export const dataPackagePath = (): string => `${dataPath()}datapackage.json`;
