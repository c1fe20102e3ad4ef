/**
 * Real inputs for the map script's unit tests: the e2e fixture's data (tests/fixtures/site), read
 * by the loaders the site uses, and what the map page embeds from it — the island of
 * src/lib/model/map-view.ts with the changes, previous month and former names MapPage.astro and
 * MapFigure.astro add — and the vintage's months file (src/lib/model/months-file.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { loadMapModel, loadSiteData } from '../../src/lib/data/load';
import { lineageOf } from '../../src/lib/data/vintage';
import type { Month } from '../../src/lib/data/schema/campaign';
import { mapIsland, monthView, type MonthView } from '../../src/lib/model/map-view';
import { buildMonthsFile, type MonthsFile } from '../../src/lib/model/months-file';
import type { PageIsland } from '../../src/client/map/types';

/** Assembles the fixture data in a temporary folder, removed after the test file. */
export function fixtureSite() {
  const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'client-map-')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { area, campaign, vintages } = loadSiteData(dir);
  const vintageOf = (m: Pick<Month, 'vintage'>) => vintages.get(m.vintage)!;
  const monthOf = (key: string): Month => {
    const month = campaign.months.find((m) => m.month === key);
    if (!month) throw new Error(`the fixture has no month ${key}: see tests/fixtures/site`);
    return month;
  };
  const viewOf = (key: string): MonthView => monthView(area, campaign, vintageOf, monthOf(key));

  /** What the map page of `key` embeds (MapPage.astro + MapFigure.astro). */
  function pageIsland(key: string): PageIsland {
    const view = viewOf(key);
    const changes = Object.fromEntries(
      view.rows.flatMap((r) => (r.change === undefined ? [] : [[r.unit.code, r.change]])),
    );
    const former = Object.fromEntries(
      view.units.units.flatMap((u) => {
        const names = lineageOf(area, vintages, view.vintage.id, u).formedFrom?.units.map((o) => o.name) ?? [];
        return names.length > 0 ? [[u.code, names]] : [];
      }),
    );
    const previousMonth = view.previous?.vintage === view.month.vintage ? view.previous.month : null;
    return { ...mapIsland(view), former, changes, previousMonth };
  }

  /** The months file of a vintage, as /du-lieu/<vintage>/thang.json carries it. */
  function monthsFile(vintage: string): MonthsFile {
    const keys = campaign.months.filter((m) => m.vintage === vintage).map((m) => m.month);
    return buildMonthsFile(vintage, keys.map(viewOf));
  }

  return { campaign, viewOf, pageIsland, monthsFile, mapModel: (vintage: string) => loadMapModel(vintage, dir) };
}
