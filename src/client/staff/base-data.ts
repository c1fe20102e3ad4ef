/**
 * The published data the worker checks a file against: the campaign as the page fetched it for
 * this check (`/du-lieu/campaign.json` is `{ area, …campaign }`, so dropping `area` leaves exactly
 * the data file the command reads), and the unit lists from /du-lieu/<vintage>/units.json, fetched
 * fresh once per page load (fresh.ts).
 */
import { referenceOf, type Reference } from '../../lib/data/cross-check';
import { readMapModel, type MapModel } from '../../lib/data/map-model';
import { fetchFresh } from './fresh';
import type { DataUrls } from './types';

export interface BaseData {
  reference: Reference;
  /** The data file's JSON value, as published. */
  campaign: unknown;
}

async function fetchJson(url: string): Promise<unknown> {
  return (await fetchFresh(url)).json();
}

let lists: Promise<unknown[]> | undefined;
const maps = new Map<string, Promise<MapModel | undefined>>();

/** The published campaign (`published`, the text of /du-lieu/campaign.json) and the reference it is checked with. */
export async function loadBase(urls: DataUrls, published: string): Promise<BaseData> {
  lists ??= Promise.all(urls.vintages.map((v) => fetchJson(v.units)));
  // A failed fetch is not kept: the next file tries again.
  lists.catch(() => {
    lists = undefined;
  });
  const { area, ...campaign } = JSON.parse(published) as Record<string, unknown>;
  const loaded = await lists;
  const unitLists = new Map(urls.vintages.map((v, i) => [v.id, loaded[i]]));
  return { reference: referenceOf(area, unitLists), campaign };
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
