/** /du-lieu/so-mau-cac-thang.xlsx: every month in one workbook, for Excel and LibreOffice (months-workbook.ts). */
import type { APIRoute } from 'astro';
import { absolute } from '../../config/site';
import { loadSiteData } from '../../lib/data/load';
import { monthsWorkbook } from '../../lib/render/months-workbook';
import { resourceIn, resourceName, XLSX_MEDIATYPE } from '../../lib/render/datapackage';
import { sitePackage } from '../../lib/render/site-package';
import { monthPage } from '../../lib/site/routes';
import { dataPath } from '../../lib/site/paths';

export const GET: APIRoute = async ({ site }) => {
  const { area, campaign } = loadSiteData();
  const months = [...campaign.months].reverse();
  const views = months.flatMap((m) => monthPage(m.month)?.view ?? []);
  const resource = resourceIn(
    sitePackage((path) => absolute(path, site)),
    resourceName.monthsWorkbook(),
  );
  // Stamped with the newest month's date, so that a build of the same data writes the same dates.
  const modified = new Date(`${months[0]?.asOf ?? '2025-01-01'}T00:00:00Z`);
  const bytes = await monthsWorkbook(
    { title: `Số mẫu đo i-Speed theo xã – ${area.fullName}`, views, resource, homepage: absolute(dataPath(), site) },
    modified,
  );
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIATYPE } });
};
