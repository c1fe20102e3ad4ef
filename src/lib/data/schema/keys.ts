/**
 * The keys every data concept is written with: months, dates, unit and district codes, vintage ids,
 * provinces. Zod schemas with messages that say how to write a valid value.
 */
import { z } from 'zod';

/** A month key, `YYYY-MM` (e.g. `2025-03`). Months are the unit of the campaign's target. */
export const MonthKeySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2025-03');

/** A calendar date, `YYYY-MM-DD`, as written in ISO 8601. */
export const IsoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2025-03-10' });

/** A 5-digit commune code from the GSO list (Danh mục đơn vị hành chính), e.g. `30742`. */
export const UnitCodeSchema = z.string().regex(/^\d{5}$/, 'must be a 5-digit GSO commune code, e.g. 30742');

/** A 3-digit GSO district code, e.g. `899` for Thành phố Rạch Giá. */
export const DistrictCodeSchema = z.string().regex(/^\d{3}$/, 'must be a 3-digit GSO district code, e.g. 899');

/** Commune-level unit types in the GSO lists (Đặc khu exists from 1 July 2025). */
export const UnitTypeSchema = z.enum(['Xã', 'Phường', 'Thị trấn', 'Đặc khu']);

/** Id of a boundary vintage: the month its unit list came into force, e.g. `2025-07`. */
export const VintageIdSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a vintage id written YYYY-MM, e.g. 2025-07');

/** A province: 2-digit GSO code and name, e.g. `91`, "An Giang". */
export const ProvinceSchema = z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) });
