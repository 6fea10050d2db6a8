/**
 * The edition as data, its JSON files (src/lib/formats/statement-json.ts,
 * glossary-json.ts): the statement and glossary JSON validate against the
 * published JSON Schemas (and broken documents do not) and hold what the site
 * shows. A last group repeats the checks with the real glossary when
 * content/glossary/ loads. The fixture is tests/support/open-data.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { StatementData } from '../../src/lib/model/statement/statement.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import { annotations } from '../../src/lib/formats/annotations.ts';
import { glossaryJson } from '../../src/lib/formats/glossary-json.ts';
import { statementJson } from '../../src/lib/formats/statement-json.ts';
import { buildStatement, clone, errorsOf, fixtureEntities, naming, root, site, urls, validateGlossary, validateStatement } from '../support/open-data.ts';

let statement: StatementData;
beforeAll(async () => {
  statement = await buildStatement(fixtureEntities);
});

describe('the fixture', () => {
  it('has the nine paragraphs, hand-marked, probable and nested mentions, and the correction', () => {
    expect(statement.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(statement.mentions.some((m) => m.explicit && m.probable)).toBe(true);
    expect(statement.mentions.some((m) => !m.explicit)).toBe(true);
    expect(statement.mentions.some((m) => m.nested.length > 0)).toBe(true);
    expect(statement.corrections).toEqual([{ paragraph: 8, sic: 'ofpeople', corr: 'of people' }]);
  });
});

describe('statement JSON', () => {
  it('validates against public/schemas/statement.schema.json', () => {
    const doc = clone(statementJson(statement, site));
    expect(validateStatement(doc), errorsOf(validateStatement)).toBe(true);
  });

  it('rejects broken documents (the schema can fail)', () => {
    const good = clone(statementJson(statement, site));
    const broken: [string, (d: typeof good) => void][] = [
      ['a paragraph without a URL', (d) => delete (d.paragraphs[0] as Partial<(typeof d.paragraphs)[0]>).url],
      ['a negative offset', (d) => (d.mentions[0].start = -1)],
      ['an unknown status', (d) => ((d.meeting as { status: string }).status = 'maybe')],
      ['an unexpected field', (d) => Object.assign(d, { extra: true })],
      ['a bad paragraph id', (d) => (d.paragraphs[1].id = 'para-2')],
      ['a relative URL', (d) => (d.url = '/statements/x/')],
      ['a day that is no date', (d) => (d.meeting.date = '2014-13-40')],
    ];
    for (const [what, breakIt] of broken) {
      const doc = clone(good);
      breakIt(doc);
      expect(validateStatement(doc), what).toBe(false);
    }
  });

  it('gives each paragraph its id, number, text, permanent URL and sentences, in order', () => {
    const doc = statementJson(statement, site);
    expect(doc.url).toBe('https://verbatim.example/statements/kazakhstan-2014-terrorism/');
    doc.paragraphs.forEach((p, i) => {
      expect(p).toEqual({
        id: `p${i + 1}`,
        n: i + 1,
        text: statement.paragraphs[i].text,
        url: `https://verbatim.example/statements/kazakhstan-2014-terrorism/#p${i + 1}`,
        sentences: expect.any(Array),
      });
      // The sentences, ids below the paragraph, make up its text (the record kept its breaks: no reading blocks).
      expect(p.sentences.map((s) => s.id)).toEqual(p.sentences.map((_, k) => `p${i + 1}-s${k + 1}`));
      expect(p.sentences.map((s) => s.text).join(' ')).toBe(p.text);
      expect(p).not.toHaveProperty('readingBlocks');
    });
  });

  it('gives every mention with offsets into its paragraph text', () => {
    const doc = statementJson(statement, site);
    expect(doc.mentions).toHaveLength(statement.mentions.length);
    for (const m of doc.mentions) {
      const text = doc.paragraphs.find((p) => p.n === m.paragraph)!.text;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.entityUrl).toBe(urls.entity(m.entity));
    }
    const regional = doc.mentions.find((m) => m.text === 'the regional centre')!;
    expect(regional).toMatchObject({ entity: 'caricc', explicit: true, probable: true, paragraph: 5 });
    const atc = doc.mentions.find((m) => m.entity === 'cis-atc')!;
    expect(atc.nested).toContain('cis');
  });

  it('keeps the meeting status, corrections and the citation', () => {
    const doc = statementJson(statement, site);
    expect(doc.meeting).toMatchObject({ record: 'S/PV.7316', date: '2014-11-19', status: 'probable' });
    expect(doc.corrections).toEqual([{ paragraph: 8, sic: 'ofpeople', corr: 'of people' }]);
    expect(doc.citation.text).toContain('S/PV.7316 (probable)');
    expect(doc.citation.csl.URL).toBe(doc.url);
  });

  it('builds every URL under a sub-path base', () => {
    const doc = statementJson(statement, { site: 'https://example.org', base: '/verbatim/' });
    expect(validateStatement(clone(doc)), errorsOf(validateStatement)).toBe(true);
    expect(doc.paragraphs[2].url).toBe('https://example.org/verbatim/statements/kazakhstan-2014-terrorism/#p3');
    expect(doc.links.annotations).toBe('https://example.org/verbatim/statements/kazakhstan-2014-terrorism.annotations.jsonld');
    expect(doc.mentions[0].entityUrl.startsWith('https://example.org/verbatim/glossary/')).toBe(true);
    expect(doc.$schema).toBe('https://example.org/verbatim/schemas/statement.schema.json');
  });
});

describe('glossary JSON', () => {
  it('validates against public/schemas/glossary.schema.json', () => {
    const doc = clone(glossaryJson(fixtureEntities, [naming(statement)], site));
    expect(validateGlossary(doc), errorsOf(validateGlossary)).toBe(true);
    expect(doc.entities).toHaveLength(fixtureEntities.length);
  });

  it('rejects broken documents (the schema can fail)', () => {
    const good = clone(glossaryJson(fixtureEntities, [naming(statement)], site));
    const broken: [string, (d: typeof good) => void][] = [
      ['an entry without a URL', (d) => delete (d.entities[0] as Partial<(typeof d.entities)[0]>).url],
      ['an unknown type', (d) => ((d.entities[0] as { type: string }).type = 'company')],
      ['an entry without sources', (d) => (d.entities[0].sources = [])],
      ['an unexpected field', (d) => Object.assign(d.entities[0], { extra: 1 })],
    ];
    for (const [what, breakIt] of broken) {
      const doc = clone(good);
      breakIt(doc);
      expect(validateGlossary(doc), what).toBe(false);
    }
  });

  it('gives each entry its full data, its page and how much of the edition names it', () => {
    const doc = glossaryJson(new Map(fixtureEntities.map((e) => [e.id, e])), [naming(statement)], site);
    const ctc = doc.entities.find((e) => e.id === 'ctc')!;
    expect(ctc).toMatchObject({ name: 'Counter-Terrorism Committee', acronyms: ['CTC'], type: 'organisation', url: urls.entity('ctc') });
    expect(ctc.sources[0].url).toBe('https://www.un.org/');
    expect(ctc.named).toEqual({ statements: 1, paragraphs: 2 });
    // Named only inside a longer name: still counted.
    expect(doc.entities.find((e) => e.id === 'cis')!.named).toEqual({ statements: 1, paragraphs: 1 });
    // Counted over statements: the file does not list them, so it stays the same size as the corpus grows.
    const twice = glossaryJson(fixtureEntities, [naming(statement), naming({ ...statement, slug: 'other' })], site);
    expect(twice.entities.find((e) => e.id === 'ctc')!.named).toEqual({ statements: 2, paragraphs: 4 });
    expect(JSON.stringify(twice).length).toBe(JSON.stringify(glossaryJson(fixtureEntities, [naming(statement)], site)).length);
  });
});

describe('with the real glossary', () => {
  const real = loadGlossary(join(root, 'content/glossary'), root).entries.map((e) => e.entity);

  it('the statement and glossary JSON validate, and the annotations select their words', async () => {
    const s = await buildStatement(real);
    expect(s.mentions.length).toBeGreaterThan(10);
    const doc = clone(statementJson(s, site));
    expect(validateStatement(doc), errorsOf(validateStatement)).toBe(true);
    const glossary = clone(glossaryJson(real, [naming(s)], site));
    expect(validateGlossary(glossary), errorsOf(validateGlossary)).toBe(true);
    for (const a of annotations(s, site).first.items) {
      const n = Number(a.target.selector.value.slice(1));
      const text = s.paragraphs[n - 1].text;
      const q = a.target.selector.refinedBy;
      expect(text.includes((q.prefix ?? '') + q.exact + (q.suffix ?? ''))).toBe(true);
    }
  });
});
