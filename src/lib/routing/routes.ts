/**
 * Every address of the site, made from one table: each route's path below the
 * base path. From it come the site-relative links of the pages and components
 * (`hrefs(base)`: "/verbatim/glossary/un/"), the absolute addresses that
 * citations, data and JSON-LD need (`siteUrls({ site, base })`), and the
 * canonical paths the layout takes (`paths`: "glossary/un/"). Nothing else in
 * src/ spells an address (tests/lib/routes.test.ts greps for it), and every
 * address made here is a file of the built site (tests/site/routes.test.ts),
 * so a page moved or renamed is moved here once.
 *
 * Pure: the base and the site come in as arguments (import.meta.env is not
 * read here: the compile workers and the importer run outside Vite).
 */

/** A route: a fixed path, or a function of the route's parameters. */
type Route = string | ((...args: never[]) => string);

/** The table. Paths never start with "/": they are joined to the base. */
export const paths = {
  home: '',
  // A statement and what hangs from it.
  statement: (slug: string) => `statements/${slug}/`,
  paragraph: (slug: string, n: number) => `statements/${slug}/#p${n}`,
  context: (slug: string) => `statements/${slug}/context/`,
  notes: (slug: string) => `statements/${slug}/notes/`,
  note: (slug: string, id: string) => `statements/${slug}/notes/#note-${id}`,
  claims: (slug: string) => `statements/${slug}/claims/`,
  claim: (slug: string, id: string) => `statements/${slug}/claims/#claim-${id}`,
  claimsJson: (slug: string) => `statements/${slug}/claims.json`,
  text: (slug: string) => `statements/${slug}.txt`,
  markdown: (slug: string) => `statements/${slug}.md`,
  json: (slug: string) => `statements/${slug}.json`,
  citations: (slug: string) => `statements/${slug}.cite.json`,
  annotations: (slug: string) => `statements/${slug}.annotations.jsonld`,
  // The base maps, one per frame, shared by every statement's map (src/lib/context/map.ts Extent).
  baseMap: (extent: string) => `maps/${extent}.svg`,
  // The glossary.
  glossary: 'glossary/',
  entity: (id: string) => `glossary/${id}/`,
  /** Page n of the statements that name an entry; page 1 is the entry's own page. */
  entityPage: (id: string, page: number) => (page === 1 ? `glossary/${id}/` : `glossary/${id}/${page}/`),
  glossaryJson: 'glossary.json',
  // Browsing.
  browse: 'browse/',
  browsePage: (page: number) => (page === 1 ? 'browse/' : `browse/${page}/`),
  years: 'browse/years/',
  year: (year: number | string) => `browse/years/${year}/`,
  yearPage: (year: number | string, page: number) => (page === 1 ? `browse/years/${year}/` : `browse/years/${year}/${page}/`),
  countries: 'browse/countries/',
  country: (key: string) => `browse/countries/${key}/`,
  countryPage: (key: string, page: number) => (page === 1 ? `browse/countries/${key}/` : `browse/countries/${key}/${page}/`),
  meeting: (key: string) => `meetings/${key}/`,
  // The edition's own prose pages (content/pages/*.mdx).
  about: 'about/',
  method: 'method/',
  // Data for reuse.
  data: 'data/',
  table: (name: string) => `data/${name}.csv`,
  /** The same table for spreadsheet programs (src/lib/formats/xlsx.ts). */
  spreadsheet: (name: string) => `data/${name}.xlsx`,
  dataPackage: 'data/datapackage.json',
  schema: (name: 'statement' | 'glossary' | 'claims') => `schemas/${name}.schema.json`,
  // For crawlers and browsers.
  sitemap: 'sitemap.xml',
  sitemapFile: (n: number) => `sitemaps/${n}.xml`,
  robots: 'robots.txt',
  favicon: 'favicon.svg',
  ogImage: 'og-image.png',
  // The search page (the dialog's search as a page of its own, its state in the query string).
  searchPage: 'search/',
  // The search bundle (written by src/integrations/search-index.ts).
  search: 'pagefind/',
  searchScript: 'pagefind/pagefind.js',
  /** The n-th statement of a year (the word index's order), its text as Pagefind indexed it. */
  searchStatement: (year: number | string, n: number) => `pagefind/statements/${year}/${n}.bin`,
  // The edition's word index (src/lib/formats/search-words.ts): its list of years and files, and each file.
  searchWords: 'pagefind/words/index.json',
  searchWordsFile: (name: string) => `pagefind/words/${name}.bin`,
  /** A page the page files list themselves (the sitemap asks each page file for its paths). */
  listed: (path: string) => path,
} satisfies Record<string, Route>;

type Paths = typeof paths;
/** The table with each path passed through one function: fixed paths stay strings, routes stay functions. */
export type Addresses = { [K in keyof Paths]: Paths[K] extends (...args: infer A) => string ? (...args: A) => string : string };

function make(wrap: (path: string) => string): Addresses {
  return Object.fromEntries(
    Object.entries(paths).map(([k, r]) => [k, typeof r === 'string' ? wrap(r) : (...args: never[]) => wrap((r as (...a: never[]) => string)(...args))]),
  ) as Addresses;
}

/** The base path as "/" or "/verbatim/", however it was written. */
export const normalBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Site-relative addresses under the base path (`import.meta.env.BASE_URL`), for the links of the pages. */
export function hrefs(base: string): Addresses {
  const root = normalBase(base);
  return memo(root, () => make((path) => `${root}${path}`));
}

// Made once per base and site: pages and row builders ask for them once per statement.
const made = new Map<string, Addresses>();
const memo = (key: string, build: () => Addresses) => made.get(key) ?? made.set(key, build()).get(key)!;

/** Where the site is published: `Astro.site` and `import.meta.env.BASE_URL`. */
export interface SiteInfo {
  /** The site's origin (`Astro.site`); required: citations and data need absolute URLs. */
  site: URL | string | undefined;
  /** The base path ("/" or "/verbatim/"). */
  base: string;
}

/** Absolute addresses of the edition's pages and files. */
export function siteUrls({ site, base }: SiteInfo): Addresses {
  if (!site) throw new Error('`site` is not set in astro.config.mjs: citations and data files need absolute URLs');
  const root = normalBase(base);
  return memo(`${String(site)} ${root}`, () => make((path) => new URL(`${root}${path}`, site).href));
}
export type SiteUrls = Addresses;
