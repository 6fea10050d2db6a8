/**
 * Highwire and Dublin Core tags of a statement page (src/lib/formats/head-meta.ts):
 * the fields citation managers read, and no confirmed field for a probable fact.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { statementSchema, type StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import { statementHeadTags } from '../../src/lib/formats/head-meta.ts';

const slug = 'kazakhstan-2014-terrorism';
const source = readFileSync(fileURLToPath(new URL(`../../content/statements/${slug}.mdx`, import.meta.url)), 'utf8');
const meta: StatementMeta = statementSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]));
const site = { site: 'https://verbatim.example', base: '/' };
const withStatus = (status: StatementMeta['meeting']['status']): StatementMeta => ({ ...meta, meeting: { ...meta.meeting, status } });
const all = (m: StatementMeta, name: string) => statementHeadTags(m, slug, site).meta.filter(([n]) => n === name).map(([, c]) => c);
const one = (m: StatementMeta, name: string) => {
  const found = all(m, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};

describe('Highwire citation_* tags', () => {
  it('give title, author, year, publisher, language and the public URL of the probable statement', () => {
    expect(one(meta, 'citation_title')).toBe(meta.title);
    expect(one(meta, 'citation_author')).toBe('Abdrakhmanov, Kairat');
    expect(one(meta, 'citation_publication_date')).toBe('2014');
    expect(one(meta, 'citation_date')).toBe('2014');
    expect(one(meta, 'citation_publisher')).toBe('United Nations Security Council');
    expect(one(meta, 'citation_language')).toBe('en');
    expect(one(meta, 'citation_public_url')).toBe(`https://verbatim.example/statements/${slug}/`);
  });

  it('publish no record number and no day while the identification is probable or unknown', () => {
    for (const status of ['probable', 'unknown'] as const) {
      const tags = statementHeadTags(withStatus(status), slug, site).meta;
      expect(tags.find(([n]) => n === 'citation_technical_report_number'), status).toBeUndefined();
      expect(tags.filter(([, c]) => c.includes('S/PV') || /2014[/-]11/.test(c)), status).toEqual([]);
    }
  });

  it('publish the record number and the full date once confirmed', () => {
    const confirmed = withStatus('confirmed');
    expect(one(confirmed, 'citation_technical_report_number')).toBe('S/PV.7316');
    expect(one(confirmed, 'citation_publication_date')).toBe('2014/11/19');
    expect(one(confirmed, 'DC.date')).toBe('2014-11-19');
    expect(all(confirmed, 'DC.identifier')).toContain('S/PV.7316');
    expect(all(confirmed, 'DC.relation.isPartOf')).toContain('https://undocs.org/S/PV.7316');
  });
});

describe('Dublin Core DC.* tags', () => {
  it('give title, creator, date, identifier, language, publisher, isPartOf and type, with the schema.DC link', () => {
    const { links } = statementHeadTags(meta, slug, site);
    expect(one(meta, 'DC.title')).toBe(meta.title);
    expect(one(meta, 'DC.creator')).toBe('Abdrakhmanov, Kairat');
    expect(one(meta, 'DC.date')).toBe('2014');
    expect(all(meta, 'DC.identifier')).toEqual([`https://verbatim.example/statements/${slug}/`]);
    expect(one(meta, 'DC.language')).toBe('en');
    expect(one(meta, 'DC.publisher')).toBe('United Nations Security Council');
    expect(all(meta, 'DC.relation.isPartOf')).toEqual(['https://verbatim.example/']);
    expect(one(meta, 'DC.type')).toBe('Text');
    expect(links).toContainEqual({ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' });
  });

  it('link the statement to its JSON, annotations, text and Markdown with their types', () => {
    const alternates = statementHeadTags(meta, slug, site).links.filter((l) => l.rel === 'alternate');
    expect(alternates.map((l) => [l.type, l.href])).toEqual([
      ['application/json', `https://verbatim.example/statements/${slug}.json`],
      ['application/ld+json', `https://verbatim.example/statements/${slug}.annotations.jsonld`],
      ['text/plain', `https://verbatim.example/statements/${slug}.txt`],
      ['text/markdown', `https://verbatim.example/statements/${slug}.md`],
    ]);
  });
});
