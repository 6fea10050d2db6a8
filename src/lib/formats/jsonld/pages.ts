/**
 * schema.org JSON-LD for the pages that have no JSON-LD module of their own
 * (statement.ts, glossary.ts and claim-review.ts beside this file): the home
 * page (a WebSite), the notes page (part of its statement), the data page
 * (a Dataset) and any other page (a WebPage of the site).
 *
 * The home page's SearchAction is the search page, which takes its words in
 * the address (`/search/?q=…`).
 */
import type { ClaimNote } from '../../model/schemas/claims.ts';
import { siteUrls, type SiteInfo } from '../../routing/routes.ts';
import { SITE_NAME } from '../../model/edition.ts';
import { EDITORS_LICENCE } from '../../model/licence.ts';

const CONTEXT = 'https://schema.org';

/** The home page: the edition as a WebSite, its main entity the featured statement. */
export function websiteJsonLd(site: SiteInfo, featured?: { slug: string; title: string }) {
  const urls = siteUrls(site);
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': urls.home,
    url: urls.home,
    name: SITE_NAME,
    description: 'An annotated, citable, searchable reference edition of United Nations Security Council statements.',
    inLanguage: 'en',
    ...(featured ? { mainEntity: { '@type': 'CreativeWork', '@id': urls.statement(featured.slug), name: featured.title } } : {}),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${urls.searchPage}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The editors' notes page: a WebPage that is part of the statement, each note a Comment on its paragraph. */
export function notesJsonLd(s: { slug: string; title: string; notes: ClaimNote[] }, site: SiteInfo) {
  const urls = siteUrls(site);
  const page = urls.notes(s.slug);
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': page,
    url: page,
    name: `Editors’ notes · ${s.title}`,
    inLanguage: 'en',
    isPartOf: { '@type': 'CreativeWork', '@id': urls.statement(s.slug), name: s.title },
    hasPart: s.notes.map((n) => ({
      '@type': 'Comment',
      '@id': urls.note(s.slug, n.id),
      name: n.title,
      text: n.text,
      about: { '@type': 'WebPageElement', '@id': urls.paragraph(s.slug, n.paragraph) },
      citation: n.sources.map((src) => src.url),
    })),
  };
}

/** Any other page (the glossary's later pages, 404): a WebPage of the site. */
export function webPageJsonLd(site: SiteInfo, page: { url?: string; name: string; partOf?: string }) {
  const urls = siteUrls(site);
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    ...(page.url ? { url: page.url } : {}),
    name: page.name,
    isPartOf: page.partOf ? { '@type': 'WebPage', '@id': page.partOf } : { '@type': 'WebSite', '@id': urls.home, name: SITE_NAME },
  };
}

/** The data page: a Dataset whose distribution is the CSV files and the Data Package. */
export function datasetJsonLd(site: SiteInfo, tables: { name: string; title: string; description: string }[]) {
  const urls = siteUrls(site);
  const page = urls.data;
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': page,
    url: page,
    name: `${SITE_NAME}: the edition as tables`,
    description: 'Statements, paragraphs, glossary mentions with their offsets, glossary entries, facts with their sources, the editors’ notes and the claims ledger, as CSV.',
    inLanguage: 'en',
    license: EDITORS_LICENCE.url,
    isPartOf: { '@type': 'WebSite', '@id': urls.home, name: SITE_NAME },
    distribution: [
      ...tables.map((t) => ({ '@type': 'DataDownload', name: t.title, description: t.description, contentUrl: urls.table(t.name), encodingFormat: 'text/csv' })),
      { '@type': 'DataDownload', name: 'Data Package', contentUrl: urls.dataPackage, encodingFormat: 'application/json' },
    ],
  };
}
