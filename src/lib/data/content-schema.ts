/**
 * Frontmatter of the Markdown content. Kept in src/lib (plain zod, no Astro import) so the unit
 * tests can check that bad frontmatter is rejected with a clear message.
 */
import { z } from 'zod';

/** A page title (h1 and <title>) of 5 to `max` characters. */
const TitleSchema = (max: number) =>
  z
    .string()
    .min(5, { error: `must be 5–${max} characters` })
    .max(max, { error: `must be 5–${max} characters (it is also the browser tab title)` });

/** Meta description: search engines show about 160 characters. */
const DescriptionSchema = z
  .string()
  .min(50, { error: 'must be 50–160 characters (it is the page description in search results)' })
  .max(160, { error: 'must be 50–160 characters (it is the page description in search results)' });

/** YAML reads 2025-11-25 as a date; a string that is not a date gets a clear message. */
const UpdatedSchema = z.coerce.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2025-11-25' });

/** A guide under `/huong-dan/<slug>/` (slug = file name). */
export const GuideFrontmatterSchema = z.object({
  /** Page title (h1 and <title>), plain Vietnamese, at most 70 characters. */
  title: TitleSchema(70),
  /** Meta description and card text, 50–160 characters. */
  description: DescriptionSchema,
  /**
   * The guide its "Tiếp theo" link opens, when not the next in order: an install guide leads to
   * measuring, never to the other platform's install guide.
   */
  next: z.string().min(1).optional(),
  /** Position in the guide list (1 = first). */
  order: z.number().int().positive({ error: 'must be a whole number from 1 (the position in the guide list)' }),
  /** Who the guide is for: a platform or everyone. */
  platform: z.enum(['android', 'ios', 'web', 'chung'], { error: 'must be one of android, ios, web, chung' }),
  /** Last reviewed, YYYY-MM-DD. */
  updated: UpdatedSchema,
  /** About how many minutes the steps take. */
  minutes: z.number().int().positive().max(60, { error: 'must be a whole number of minutes, at most 60' }),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatterSchema>;

/** A longer text page (organising a drive, loudspeaker text, press article). */
export const PageFrontmatterSchema = z.object({
  title: TitleSchema(90),
  description: DescriptionSchema,
  updated: UpdatedSchema,
});
export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;
