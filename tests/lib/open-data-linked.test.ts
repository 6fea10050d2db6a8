/**
 * The edition as linked data: Web Annotation selectors
 * (src/lib/formats/annotations.ts) point at the mentioned words, and the
 * statement's and glossary's schema.org JSON-LD (src/lib/formats/jsonld/) say
 * what they should and survive JSON. The fixture is tests/support/open-data.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementData } from '../../src/lib/model/statement/statement.ts';
import { annotations } from '../../src/lib/formats/annotations.ts';
import { glossaryJsonLd } from '../../src/lib/formats/jsonld/glossary.ts';
import { statementJsonLd } from '../../src/lib/formats/jsonld/statement.ts';
import { buildStatement, fixtureEntities, meta, site, slug, urls } from '../support/open-data.ts';

let statement: StatementData;
beforeAll(async () => {
  statement = await buildStatement(fixtureEntities);
});

describe('Web Annotations', () => {
  it('are an AnnotationCollection with the W3C context and one annotation per mention', () => {
    const doc = annotations(statement, site);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(statement.mentions.length);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(statement.mentions.length);
    expect(new Set(doc.first.items.map((a) => a.id)).size).toBe(doc.total);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('select exactly the mentioned words, with prefix and suffix from the paragraph', () => {
    const doc = annotations(statement, site);
    doc.first.items.forEach((a, i) => {
      const m = statement.mentions[i];
      const text = statement.paragraphs.find((p) => p.n === m.paragraph)!.text;
      expect(a.type).toBe('Annotation');
      expect(a.motivation).toBe('identifying');
      expect(a.target.source).toBe(urls.statement(slug));
      const { selector } = a.target;
      expect(selector).toMatchObject({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3987', value: `p${m.paragraph}` });
      const quote = selector.refinedBy;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(quote.exact).toBe(text.slice(m.start, m.end));
      const prefix = quote.prefix ?? '';
      const suffix = quote.suffix ?? '';
      expect(prefix.length).toBe(Math.min(32, m.start));
      expect(suffix.length).toBe(Math.min(32, text.length - m.end));
      expect(text.slice(m.start - prefix.length, m.start)).toBe(prefix);
      expect(text.slice(m.end, m.end + suffix.length)).toBe(suffix);
      expect(text.includes(prefix + quote.exact + suffix)).toBe(true);
      const bodies = Array.isArray(a.body) ? a.body : [a.body];
      expect(bodies[0]).toBe(urls.entity(m.entity));
      expect(bodies.length).toBe(m.probable ? 2 : 1);
    });
  });
});

describe('schema.org JSON-LD', () => {
  it('describes the statement: author, language, parts, the entities named', () => {
    const ld = statementJsonLd(statement, site);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.author).toMatchObject({ '@type': 'Person', name: 'Kairat Abdrakhmanov' });
    expect(ld.inLanguage).toBe('en');
    expect(ld.hasPart.map((p) => [p['@id'], p.position, p.name])).toEqual(
      statement.paragraphs.map((p) => [urls.paragraph(slug, p.n), p.n, `¶ ${p.n}`]),
    );
    const named = new Set(statement.mentions.flatMap((m) => [m.entity, ...m.nested]));
    expect(new Set(ld.about.map((a) => a['@id']))).toEqual(new Set([...named].map((id) => urls.entity(id))));
    expect(ld.about.every((a) => a['@type'] === 'DefinedTerm')).toBe(true);
  });

  it('states the meeting date only when it is confirmed', () => {
    const probable = statementJsonLd(statement, site);
    expect(probable.dateCreated).toBe('2014');
    expect(JSON.stringify(probable)).not.toContain('2014-11-19');
    expect(JSON.stringify(probable)).not.toContain('S/PV.7316');
    const confirmed = statementJsonLd({ ...statement, meta: { ...meta, meeting: { ...meta.meeting, status: 'confirmed' } } }, site);
    expect(confirmed.dateCreated).toBe('2014-11-19');
    expect(confirmed.recordedAt).toMatchObject({ '@type': 'Event', startDate: '2014-11-19' });
    expect(confirmed.isBasedOn).toMatchObject({ identifier: 'S/PV.7316', url: 'https://undocs.org/S/PV.7316' });
  });

  it('describes the glossary as a DefinedTermSet', () => {
    const ld = glossaryJsonLd(fixtureEntities, site);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('DefinedTermSet');
    expect(ld.hasDefinedTerm).toHaveLength(fixtureEntities.length);
    const ctc = ld.hasDefinedTerm.find((t) => t.name === 'Counter-Terrorism Committee')!;
    expect(ctc).toMatchObject({ '@type': 'DefinedTerm', '@id': urls.entity('ctc'), url: urls.entity('ctc'), alternateName: ['CTC'] });
    expect(ctc.description.length).toBeGreaterThan(5);
  });
});
