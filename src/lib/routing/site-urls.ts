/**
 * Where the site is published and the absolute addresses of its pages and
 * files: every format and page that writes a full URL (citations, data,
 * JSON-LD) takes it from here, so an address is spelled once.
 */

/** Where the site is published: `Astro.site` and `import.meta.env.BASE_URL`. */
export interface SiteInfo {
  /** The site's origin (`Astro.site`); required: citations and data need absolute URLs. */
  site: URL | string | undefined;
  /** The base path ("/" or "/verbatim/"). */
  base: string;
}

/** Absolute addresses of the edition's pages and files. */
export function siteUrls({ site, base }: SiteInfo) {
  if (!site) throw new Error('`site` is not set in astro.config.mjs: citations and data files need absolute URLs');
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const abs = (path: string) => new URL(`${root}${path}`, site).href;
  return {
    home: abs(''),
    statement: (slug: string) => abs(`statements/${slug}/`),
    paragraph: (slug: string, n: number) => abs(`statements/${slug}/#p${n}`),
    entity: (id: string) => abs(`glossary/${id}/`),
    glossary: abs('glossary/'),
    text: (slug: string) => abs(`statements/${slug}.txt`),
    markdown: (slug: string) => abs(`statements/${slug}.md`),
    json: (slug: string) => abs(`statements/${slug}.json`),
    citations: (slug: string) => abs(`statements/${slug}.cite.json`),
    annotations: (slug: string) => abs(`statements/${slug}.annotations.jsonld`),
    glossaryJson: abs('glossary.json'),
    schema: (name: 'statement' | 'glossary') => abs(`schemas/${name}.schema.json`),
  };
}
export type SiteUrls = ReturnType<typeof siteUrls>;
