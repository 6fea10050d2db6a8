/**
 * The sitemap: every page of the edition by absolute address, from the
 * configured site and base path. It asks each page file under src/pages for its
 * paths (the same getStaticPaths the build uses, over getStatements() and
 * getGlossary()), so a new kind of page is listed without touching this file;
 * the 404 page is left out. Static endpoint: /sitemap.xml (named in /robots.txt).
 */
import type { APIRoute } from 'astro';

interface PageModule {
  getStaticPaths?: (options: unknown) => Promise<{ params: Record<string, string | number | undefined> }[]> | { params: Record<string, string | number | undefined> }[];
}

const pages = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro', '!./**/_*.astro', '!./**/_*/**']);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The address path of a page file for some params: `./statements/[slug]/index.astro` → `statements/x/`. */
function pathOf(file: string, params: Record<string, string | number | undefined> = {}): string {
  const segments = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s !== 'index')
    .map((s) => s.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? '')))
    .filter(Boolean);
  return segments.length ? `${segments.join('/')}/` : '';
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml: set `site` in astro.config.mjs (env SITE) to list absolute addresses');
  const base = import.meta.env.BASE_URL;
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages).sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.includes('[')) {
      paths.push(pathOf(file));
      continue;
    }
    const mod = await load();
    if (!mod.getStaticPaths) throw new Error(`sitemap.xml: ${file} is a dynamic page without getStaticPaths`);
    for (const { params } of await mod.getStaticPaths({ paginate: () => [] })) paths.push(pathOf(file, params));
  }
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeXml(new URL(`${base}${p}`, site).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
