/**
 * robots.txt: everything may be crawled; the sitemap's absolute address comes
 * from the configured site and base path (a static file could not know them).
 * Static endpoint: /robots.txt
 */
import type { APIRoute } from 'astro';
import { siteUrls } from '../lib/routing/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = siteUrls({ site: site ?? 'https://verbatim.example', base: import.meta.env.BASE_URL }).sitemap;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
