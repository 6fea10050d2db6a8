/**
 * Checks of a built site (a dist/ folder) without a browser: every internal
 * link and fragment resolves, external links avoid mirror domains; the
 * sitemap; and the `_headers` file read as Netlify and Cloudflare Pages read
 * it. Each job is its own module (site-files, page-links, link-check,
 * sitemap, headers), which the bench imports; this one gathers them for the
 * tests in tests/site/, so they import one path.
 */
export { repoRoot, listFiles, htmlPages, pagePath } from './site-files.ts';
export { readPage, type PageLinks } from './page-links.ts';
export { buildOptions, checkLinks, type LinkCheckOptions, type LinkReport } from './link-check.ts';
export { sitemapPages, sitemapLocations } from './sitemap.ts';
export { parseHeaders, headersFor, siteHeaders, type HeaderRule } from './headers.ts';
