/**
 * What every map renderer draws, computed once: the SVG path data of each shape of a month's
 * geometry with its band and tooltip. MapSvg, DistrictMapSvg, the press picture and the share card
 * all draw these layers with MAP_STYLE, so they cannot drift apart.
 */
import { svgPath } from './svg-path';
import type { MapModel } from '../data/map-model';
import type { MonthView } from '../model/map-view';
import type { BandId } from '../model/bands';
import { communeLabel } from '../text/labels';

export interface MapLayers {
  width: number;
  height: number;
  /** District outlines (none in a vintage without districts); `band` is the district view's. */
  districts: { code: string; name: string; d: string; band?: BandId }[];
  /** One shape per commune (polygon or mosaic tile), with its band and tooltip text (raw, unescaped). */
  communes: { code: string; d: string; band: BandId; title: string }[];
  /** Inset frames (dashed), with their caption. */
  insets: { d: string; label: string }[];
}

/**
 * The layers of a map model coloured by a month view; without a view every commune is "no data"
 * and its title is its code.
 */
export function mapLayers(model: MapModel, view: MonthView | undefined): MapLayers {
  const rows = new Map(view?.rows.map((r) => [r.unit.code, r]));
  const districtBands = new Map(view?.districts.map((d) => [d.district.code, d.band]));
  return {
    width: model.width,
    height: model.height,
    districts: model.districts.map((f) => {
      const band = districtBands.get(f.properties.code);
      return {
        code: f.properties.code,
        name: f.properties.name,
        d: svgPath(f.geometry),
        ...(band === undefined ? {} : { band }),
      };
    }),
    communes: model.communes.map((f) => {
      const code = f.properties.code;
      const row = rows.get(code);
      return {
        code,
        d: svgPath(f.geometry),
        band: row?.band ?? 'none',
        title: row ? communeLabel(row.unit.name, row.district?.name ?? '', row.count, row.target) : code,
      };
    }),
    insets: model.insets.map((f) => ({ d: svgPath(f.geometry), label: f.properties.label })),
  };
}
