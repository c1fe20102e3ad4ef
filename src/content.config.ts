/**
 * Content collections: the i-Speed guides (`/huong-dan/<slug>/`) and the longer texts for officials
 * and the press. Frontmatter is validated at build time; a bad field fails the build with its path.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideFrontmatterSchema, PageFrontmatterSchema } from './lib/data/content-schema';

const guides = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/guides' }),
  schema: GuideFrontmatterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/pages' }),
  schema: PageFrontmatterSchema,
});

export const collections = { guides, pages };
