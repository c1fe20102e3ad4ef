/**
 * The data package of this build's data (datapackage.ts), as the data page, datapackage.json and
 * the months' workbook all describe it: built once from the site's data, the vintages' sources and
 * the boundary files shipped.
 */
import { loadSiteData, loadVintageSources } from '../data/load';
import { boundaryPaths } from '../site/routes';
import { buildDataPackage, type DataPackage } from './datapackage';

/** `absolute`: the public URL of a site path (absolute() of src/config/site.ts with the build's address). */
export function sitePackage(absolute: (path: string) => string): DataPackage {
  return buildDataPackage({
    ...loadSiteData(),
    sources: (vintage) => loadVintageSources(vintage),
    boundaries: boundaryPaths(),
    absolute,
  });
}
