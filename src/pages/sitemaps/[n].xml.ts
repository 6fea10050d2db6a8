/** /sitemaps/<n>.xml: one file of the edition's sitemap (see /sitemap.xml). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePaths } from '../_lib/sitemap-paths.ts';
import { sitemapChunk, sitemapCount, urlset } from '../../lib/formats/sitemap.ts';
import { siteUrls } from '../../lib/routing/routes.ts';
import { corpusRoute } from '../_lib/scope.ts';

export const getStaticPaths = ((options) =>
  corpusRoute(options, async () => Array.from({ length: sitemapCount((await pagePaths()).length) }, (_, i) => ({ params: { n: String(i + 1) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('sitemap: set `site` in astro.config.mjs (env SITE) to list absolute addresses');
  const paths = sitemapChunk(await pagePaths(), Number(params.n));
  return new Response(urlset(paths.map((p) => siteUrls({ site, base: import.meta.env.BASE_URL }).listed(p))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
