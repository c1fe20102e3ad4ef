/**
 * The published data the worker checks a file against, fetched once from the site itself:
 * /du-lieu/campaign.json is `{ area, …campaign }`, so dropping `area` leaves exactly the data file
 * (data/campaign.json) the command reads; the unit lists come from /du-lieu/<vintage>/units.json.
 */
import { referenceOf, type Reference } from '../../lib/data/cross-check';
import { readMapModel, type MapModel } from '../../lib/data/map-model';
import type { DataUrls } from './types';

export interface BaseData {
  reference: Reference;
  /** The data file's JSON value, as published. */
  campaign: unknown;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

let base: Promise<BaseData> | undefined;
const maps = new Map<string, Promise<MapModel | undefined>>();

/** The published campaign and reference (fetched on the first call, kept for the next files). */
export function loadBase(urls: DataUrls): Promise<BaseData> {
  base ??= (async () => {
    const [published, ...lists] = await Promise.all([
      fetchJson(urls.campaign),
      ...urls.vintages.map((v) => fetchJson(v.units)),
    ]);
    const { area, ...campaign } = published as Record<string, unknown>;
    const unitLists = new Map(urls.vintages.map((v, i) => [v.id, lists[i]]));
    return { reference: referenceOf(area, unitLists), campaign };
  })();
  // A failed fetch is not kept: the next file tries again.
  base.catch(() => {
    base = undefined;
  });
  return base;
}

/** A vintage's map layout, for the preview; undefined when it cannot be had (the preview then has no map). */
export function loadMap(urls: DataUrls, vintage: string): Promise<MapModel | undefined> {
  const url = urls.vintages.find((v) => v.id === vintage)?.map;
  if (!url) return Promise.resolve(undefined);
  let model = maps.get(vintage);
  if (!model) {
    model = fetchJson(url)
      .then((topology) => readMapModel(topology))
      .catch(() => undefined);
    maps.set(vintage, model);
  }
  return model;
}
