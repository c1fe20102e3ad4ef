/**
 * Frontmatter of the Markdown content. Kept in src/lib (plain zod, no Astro import) so the unit
 * tests can check that bad frontmatter is rejected with a clear message.
 */
import { z } from 'zod';

/** A guide under `/huong-dan/<slug>/` (slug = file name). */
export const GuideFrontmatterSchema = z.object({
  /** Page title (h1 and <title>), plain Vietnamese, at most 70 characters. */
  title: z.string().min(5).max(70),
  /** Meta description and card text, 50–160 characters. */
  description: z.string().min(50).max(160),
  /** Position in the guide list (1 = first). */
  order: z.number().int().positive(),
  /** Who the guide is for: a platform or everyone. */
  platform: z.enum(['android', 'ios', 'web', 'chung']),
  /** Last reviewed, YYYY-MM-DD. */
  updated: z.coerce.date(),
  /** About how many minutes the steps take. */
  minutes: z.number().int().positive().max(60),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatterSchema>;

/** A longer text page (organising a drive, loudspeaker text, press article). */
export const PageFrontmatterSchema = z.object({
  title: z.string().min(5).max(90),
  description: z.string().min(50).max(160),
  updated: z.coerce.date(),
});
export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;
