/**
 * The sitemap of a build read as a search engine reads it: dist/sitemap.xml a
 * sitemaps.org sitemap index, each file it names a urlset under the site's
 * base, none over the 50,000 addresses a sitemap may hold. Throws at the first
 * thing a crawler would reject, saying which file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The addresses the sitemap at dist/sitemap.xml lists: a sitemaps.org
 * sitemap index whose files (in dist, under the same base) are urlsets.
 */
export function sitemapPages(dist: string, site: string, base: string): string[] {
  const index = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/.test(index)) {
    throw new Error('sitemap.xml: not a sitemaps.org <sitemapindex>');
  }
  const prefix = new URL(base, site).href;
  return [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].flatMap((m) => {
    const url = m[1].replace(/&amp;/g, '&');
    if (!url.startsWith(prefix)) throw new Error(`sitemap.xml: ${url} is not under ${prefix}`);
    const file = url.slice(prefix.length);
    const locations = sitemapLocations(readFileSync(join(dist, file), 'utf8'));
    if (locations.length > 50_000) throw new Error(`${file}: ${locations.length} addresses, over the 50,000 a sitemap may hold`);
    return locations;
  });
}

/** The addresses a sitemap file lists (it must be a sitemaps.org urlset). */
export function sitemapLocations(xml: string): string[] {
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/.test(xml)) {
    throw new Error('sitemap.xml: not a sitemaps.org <urlset>');
  }
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
