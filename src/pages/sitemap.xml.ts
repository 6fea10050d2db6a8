/**
 * /sitemap.xml: the index of the edition's sitemaps (/sitemaps/1.xml, …),
 * each listing up to 10,000 pages by absolute address from the configured site
 * and base path. Named in /robots.txt.
 */
import type { APIRoute } from 'astro';
import { pagePaths } from './_lib/sitemap-paths.ts';
import { sitemapCount, sitemapIndex } from '../lib/formats/sitemap.ts';
import { paths, siteUrls } from '../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error(`${paths.sitemap}: set \`site\` in astro.config.mjs (env SITE) to list absolute addresses`);
  const count = sitemapCount((await pagePaths()).length);
  const at = siteUrls({ site, base: import.meta.env.BASE_URL });
  const urls = Array.from({ length: count }, (_, i) => at.sitemapFile(i + 1));
  return new Response(sitemapIndex(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
