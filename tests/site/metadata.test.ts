/**
 * The built site's metadata as tools read it: a statement page's head as
 * Zotero's Embedded Metadata translator reads it (Highwire citation_* and
 * Dublin Core DC.*, in Chromium), its <link rel="alternate">s, og:type, and
 * schema.org JSON-LD on every page, each block checked against the types and
 * properties of schema.org (tests/site/schema-org.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildOptions, htmlPages, pagePath, repoRoot } from '../bench/dist-check.ts';
import { closeBrowser, openPage } from '../support/browser.ts';
import { validateJsonLd } from './schema-org.ts';

afterAll(closeBrowser);
type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
const dist = join(repoRoot, 'dist');
const { site, base } = buildOptions();
const abs = (path: string) => new URL(`${base}${path}`, site).href;
const slug = 'kazakhstan-2014-terrorism';
const statementPath = `statements/${slug}/`;

function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(walk);
    if ('content' in n && n.content) walk(n.content as unknown as Node);
  };
  walk(parse(html) as unknown as Node);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const pages = htmlPages(dist).map((file) => {
  const els = elements(readFileSync(join(dist, file), 'utf8'));
  return {
    file,
    path: pagePath(file),
    ogType: els.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:type')?.attrs.find((a) => a.name === 'content')?.value,
    jsonLd: els
      .filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')
      .map((e) => JSON.parse(e.childNodes.map((c) => ('value' in c ? c.value : '')).join('')) as Record<string, unknown>),
    alternates: els.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate').map((e) => [attr(e, 'type'), attr(e, 'href')]),
  };
});
const page = (path: string) => pages.find((p) => p.path === path)!;

describe('a statement page read as Zotero reads it', () => {
  it('has the Highwire and Dublin Core fields, right, and no record number or day for the probable identification', async () => {
    const { page: tab, close } = await openPage(statementPath, { javaScriptEnabled: false });
    const tags = await tab.evaluate(() =>
      [...document.head.querySelectorAll('meta[name^="citation_"], meta[name^="DC."]')].map((m) => [m.getAttribute('name')!, m.getAttribute('content')!]),
    );
    const schemaDC = await tab.locator('link[rel="schema.DC"]').getAttribute('href');
    await close();
    const get = (name: string) => tags.filter(([n]) => n === name).map(([, c]) => c);
    expect(get('citation_title')).toEqual(['Statement by Kazakhstan on international terrorism']);
    expect(get('citation_author')).toEqual(['Abdrakhmanov, Kairat']);
    expect(get('citation_publication_date')).toEqual(['2014']);
    expect(get('citation_date')).toEqual(['2014']);
    expect(get('citation_publisher')).toEqual(['United Nations Security Council']);
    expect(get('citation_language')).toEqual(['en']);
    expect(get('citation_public_url')).toEqual([abs(statementPath)]);
    expect(get('citation_technical_report_number')).toEqual([]);
    expect(get('DC.title')).toEqual(get('citation_title'));
    expect(get('DC.creator')).toEqual(['Abdrakhmanov, Kairat']);
    expect(get('DC.date')).toEqual(['2014']);
    expect(get('DC.identifier')).toEqual([abs(statementPath)]);
    expect(get('DC.language')).toEqual(['en']);
    expect(get('DC.publisher')).toEqual(['United Nations Security Council']);
    expect(get('DC.relation.isPartOf')).toEqual([abs('')]);
    expect(get('DC.type')).toEqual(['Text']);
    expect(schemaDC).toBe('http://purl.org/dc/elements/1.1/');
    // The identification is probable: nothing says S/PV.7316 or 19 November as fact.
    expect(tags.filter(([, c]) => /S\/PV|2014[/-]11/.test(c))).toEqual([]);
  });

  it('links its JSON, annotations, text and Markdown as alternates with their types; the glossary links glossary.json', () => {
    expect(page(statementPath).alternates).toEqual([
      ['application/json', abs(`statements/${slug}.json`)],
      ['application/ld+json', abs(`statements/${slug}.annotations.jsonld`)],
      ['text/plain', abs(`statements/${slug}.txt`)],
      ['text/markdown', abs(`statements/${slug}.md`)],
    ]);
    expect(page('glossary/').alternates).toEqual([['application/json', `${base}glossary.json`]]);
  });
});

describe('og:type', () => {
  it('is article on the statement and its notes, website everywhere else (home, glossary, entries)', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) {
      const article = /^statements\/[^/]+\/(notes\/)?$/.test(p.path);
      expect(p.ogType, p.path).toBe(article ? 'article' : 'website');
    }
    expect(page('').ogType).toBe('website');
  });
});

describe('JSON-LD', () => {
  it('is on every page, and every block uses only schema.org types and the properties those types have', () => {
    for (const p of pages) {
      expect(p.jsonLd.length, p.path).toBeGreaterThan(0);
      for (const graph of p.jsonLd) expect(validateJsonLd(graph), p.path).toEqual([]);
    }
  });

  it('the validator can fail: an invented type, a property of another type, a bare node with data', () => {
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'Speech' })).toEqual(['$: unknown type Speech']);
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'DefinedTerm', jobTitle: 'x' })).toEqual(['$: DefinedTerm has no property jobTitle']);
    expect(validateJsonLd({ '@context': 'https://schema.org', '@type': 'WebPage', isPartOf: { name: 'x' } })).toEqual(['$.isPartOf: a node without @type has name']);
  });

  it('home: a WebSite whose SearchAction is the search page, about the featured statement', () => {
    const [ld] = page('').jsonLd;
    expect(ld['@type']).toBe('WebSite');
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${abs('search/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
    expect((ld.mainEntity as Record<string, string>)['@id']).toBe(abs(statementPath));
  });

  it('each glossary entry: a DefinedTerm in the glossary’s DefinedTermSet, sameAs only addresses among its sources', () => {
    const glossary = JSON.parse(readFileSync(join(dist, 'glossary.json'), 'utf8')) as { entities: { id: string; sources: { url: string; publisher: string }[] }[] };
    let withSameAs = 0;
    for (const e of glossary.entities) {
      const [ld] = page(`glossary/${e.id}/`).jsonLd;
      expect(ld['@type'], e.id).toBe('DefinedTerm');
      expect(ld['@id']).toBe(abs(`glossary/${e.id}/`));
      expect((ld.inDefinedTermSet as Record<string, string>)['@id']).toBe(abs('glossary/'));
      const sameAs = (ld.sameAs as string[] | undefined) ?? [];
      for (const url of sameAs) expect(e.sources.map((s) => s.url), e.id).toContain(url);
      if (sameAs.length) withSameAs++;
    }
    expect(withSameAs).toBeGreaterThan(5);
    expect(page('glossary/unodc/').jsonLd[0].sameAs).toContain('https://www.unodc.org/unodc/en/about-unodc/index.html');
  });

  it('the notes page: a WebPage, part of the statement, each note a Comment on its paragraph', () => {
    const [ld] = page(`${statementPath}notes/`).jsonLd;
    expect(ld['@type']).toBe('WebPage');
    expect((ld.isPartOf as Record<string, string>)['@id']).toBe(abs(statementPath));
    const parts = ld.hasPart as { '@type': string; about: { '@id': string } }[];
    expect(parts.length).toBeGreaterThan(0);
    for (const c of parts) {
      expect(c['@type']).toBe('Comment');
      expect(c.about['@id']).toMatch(new RegExp(`^${abs(statementPath)}#p\\d+$`));
    }
  });
});
