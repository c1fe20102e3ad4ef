/**
 * Internal routes the feed and the sitemap name, one function each. They return paths without the
 * base ("/ban-do/2025-03/"): callers pass them through `url()` or `absolute()` (src/config/site.ts),
 * which add SITE_BASE and the address.
 */

/** `/ban-do/YYYY-MM/`: one month's map, a stable link. */
export const mapPath = (month: string): string => `/ban-do/${month}/`;

/** `/bao-cao/YYYY-MM/`: the printable monthly summary. */
export const reportPath = (month: string): string => `/bao-cao/${month}/`;

/** `/du-lieu/`: the open-data page. */
export const dataPath = (): string => '/du-lieu/';

/** `/du-lieu/thang.atom`: the Atom feed of the published months (for newsrooms' feed readers). */
export const feedPath = (): string => `${dataPath()}thang.atom`;
