/**
 * Sitemaps (sitemaps.org): the edition's pages in files of at most
 * `SITEMAP_SIZE` addresses, and an index of those files at /sitemap.xml, so
 * that no file outgrows what crawlers read (50,000 addresses) as the corpus grows.
 */
export const SITEMAP_SIZE = 10_000;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const head = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The addresses of sitemap file `n` (1-based) of a sorted list. */
export function sitemapChunk<T>(items: T[], n: number, size = SITEMAP_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

export function sitemapCount(items: number, size = SITEMAP_SIZE): number {
  return Math.max(1, Math.ceil(items / size));
}

export function urlset(urls: string[]): string {
  return `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(urls: string[]): string {
  return `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}
