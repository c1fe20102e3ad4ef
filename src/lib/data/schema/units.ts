/**
 * The official unit list of one boundary vintage (`data/vintages/<id>/units.json`): its units and
 * districts. Written by `npm run data:geo`, read by the build, the import and the staff page.
 */
import { z } from 'zod';
import { DistrictCodeSchema, IsoDateSchema, ProvinceSchema, UnitCodeSchema, UnitTypeSchema, VintageIdSchema } from './keys';

/**
 * One commune-level unit of one boundary vintage. A code is only meaningful together with its
 * vintage: codes of 2025-07 re-use codes of 2025-01 for other communes.
 */
export const UnitSchema = z.object({
  /** GSO commune code, unique within the vintage (never across vintages). */
  code: UnitCodeSchema,
  /** Official name with its type prefix, NFC, e.g. "Phường Vĩnh Thanh Vân". */
  name: z.string().min(1),
  /** The type prefix of `name`. */
  type: UnitTypeSchema,
  /** GSO code of the district the unit belongs to; absent in vintages without districts (2025-07). */
  districtCode: DistrictCodeSchema.optional(),
  /**
   * Codes, in the previous vintage of the area, of the units merged into this one (the crosswalk).
   * Absent when the area has no previous vintage or the unit list does not say.
   */
  formedFrom: z.array(UnitCodeSchema).optional(),
  /**
   * Residents, as the vintage's population source states them (sources.json `population`), only
   * when the figure passed the plausibility checks of src/lib/geo/population.ts.
   */
  population: z.number().int().positive().optional(),
  /** Why a stated population is withheld (Vietnamese, shown next to "—"); never with `population`. */
  populationNote: z.string().min(1).optional(),
  /**
   * Names the unit had in this vintage before a rename that kept its code and boundary (e.g. a Xã
   * made a Phường), oldest first, each with the last day it was in force. A month shows the name
   * in force on its first day; no new vintage is needed, since no boundary moved.
   */
  formerNames: z
    .array(z.object({ name: z.string().min(1), type: UnitTypeSchema, until: IsoDateSchema }))
    .min(1)
    .optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** One district-level unit (huyện, thành phố). */
export const DistrictSchema = z.object({
  code: DistrictCodeSchema,
  /** Official name with its type prefix, e.g. "Thành phố Rạch Giá". */
  name: z.string().min(1),
  type: z.enum(['Thành phố', 'Huyện', 'Thị xã']),
});
export type District = z.infer<typeof DistrictSchema>;

/**
 * The official unit list of one vintage (`data/vintages/<id>/units.json`), written by
 * `npm run data:geo`. With districts (2025-01) every unit names one; without (2025-07) none does.
 */
export const UnitListSchema = z
  .object({
    /** The boundary vintage this list belongs to. */
    vintage: VintageIdSchema,
    /** Province code and name, e.g. `91`, "Kiên Giang". */
    province: ProvinceSchema,
    /** Date of the GSO list the units come from. */
    listDate: IsoDateSchema,
    /** Human-readable credit for the list, shown wherever units are published. */
    source: z.string().min(1),
    /** District-level units; empty in a vintage without districts. */
    districts: z.array(DistrictSchema),
    units: z.array(UnitSchema).min(1),
    /**
     * The codes of the national list of this vintage that are not the area's, as runs
     * `[first, last]` by province (a few dozen runs for the whole country): the import names a
     * file of another province, or the national file, in one message instead of one per row.
     * Written by `npm run area` from the national reference; absent, files are checked row by row.
     */
    elsewhere: z
      .array(
        z.object({
          /** 2-digit province code. */
          code: z.string().regex(/^\d{2}$/),
          /** Full name, e.g. "Tỉnh Lâm Đồng". */
          name: z.string().min(1),
          ranges: z.array(z.tuple([UnitCodeSchema, UnitCodeSchema])).min(1),
        }),
      )
      .optional(),
  })
  .superRefine((list, ctx) => {
    const districtCodes = new Set(list.districts.map((d) => d.code));
    const seen = new Set<string>();
    list.units.forEach((unit, i) => {
      if (seen.has(unit.code)) {
        ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: `duplicate unit code ${unit.code}` });
      }
      seen.add(unit.code);
      if (list.districts.length > 0 && (unit.districtCode === undefined || !districtCodes.has(unit.districtCode))) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', i, 'districtCode'],
          message: `unknown district ${unit.districtCode ?? '(none)'} — every unit of a list with districts names one of them`,
        });
      }
      if (list.districts.length === 0 && unit.districtCode !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', i, 'districtCode'],
          message: 'this list has no districts — remove districtCode',
        });
      }
    });
  });
export type UnitList = z.infer<typeof UnitListSchema>;
