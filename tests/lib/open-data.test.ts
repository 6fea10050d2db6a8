/**
 * The edition as data (src/lib/formats/statement-json.ts): the statement and glossary JSON
 * validate against the published JSON Schemas (and broken documents do not),
 * Web Annotation selectors point at the mentioned words, JSON-LD is schema.org
 * and survives JSON, and the text and Markdown downloads hold every paragraph,
 * numbered, in order.
 *
 * The fixture is the real statement (front matter, text and record) run
 * through the build's remark plugins with a small fixture glossary, so the
 * paragraphs, mentions (found by name, hand-marked, probable, nested) and the
 * correction are those the site builds. A last group repeats the checks with
 * the real glossary when content/glossary/ loads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { claimNoteSchema } from '../../src/lib/model/schemas/claims.ts';
import { statementSchema, type StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import { type Entity } from '../../src/lib/model/schemas/entity.ts';
import type { Correction, Mention, ParagraphData } from '../../src/lib/model/statement/statement.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';
import { paragraphsByEntity } from '../../src/lib/model/glossary/mentions.ts';
import { annotations } from '../../src/lib/formats/annotations.ts';
import { escapeMarkdown, statementMarkdown } from '../../src/lib/formats/markdown.ts';
import { glossaryJson } from '../../src/lib/formats/glossary-json.ts';
import { glossaryJsonLd } from '../../src/lib/formats/jsonld/glossary.ts';
import { siteUrls } from '../../src/lib/routing/routes.ts';
import { statementJson } from '../../src/lib/formats/statement-json.ts';
import { statementJsonLd } from '../../src/lib/formats/jsonld/statement.ts';
import { statementText } from '../../src/lib/formats/text.ts';
import { type StatementData } from '../../src/lib/model/statement/statement.ts';
import { entity, processStatement } from '../support/mdx.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const slug = 'kazakhstan-2014-terrorism';
const source = readFileSync(join(root, `content/statements/${slug}.mdx`), 'utf8');
const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
const meta: StatementMeta = statementSchema.parse(parseYaml(frontMatter));
const record = readFileSync(join(root, 'content/statements', meta.record), 'utf8');

const site = { site: 'https://verbatim.example', base: '/' };
const urls = siteUrls(site);

/** Every id the statement marks by hand, plus some found by name (with acronyms and a nested name). */
const fixtureEntities: Entity[] = [
  entity('ctc', { name: 'Counter-Terrorism Committee', acronyms: ['CTC'] }),
  entity('sco', { name: 'Shanghai Cooperation Organization', acronyms: ['SCO'] }),
  entity('osce', { name: 'Organization for Security and Cooperation in Europe', acronyms: ['OSCE'] }),
  entity('cis', { name: 'Commonwealth of Independent States' }),
  entity('cis-atc', { name: 'Anti-Terrorist Centre of the Commonwealth of Independent States', partOf: 'cis' }),
  entity('caricc', { name: 'Central Asian Regional Information and Coordination Centre', acronyms: ['CARICC'] }),
  entity('global-strategy', { name: 'United Nations Global Counter-Terrorism Strategy', type: 'treaty' }),
  entity('joint-plan-of-action', {
    name: 'Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia',
    type: 'programme',
  }),
  entity('almaty', { name: 'Almaty', type: 'place' }),
  ...['terrorism-conventions', 'laborde-visit-2014', 'ctitf', 'almaty-meeting-2012', 'osce-chairmanship-2010', 'osce-conference-2010'].map((id) =>
    entity(id, { name: id.replace(/-/g, ' ') }),
  ),
];

async function buildStatement(entities: Entity[]): Promise<StatementData> {
  const { frontmatter } = await processStatement(body, { record, entities, restoredBreaks: meta.restoredBreaks, slug });
  return {
    slug,
    meta,
    paragraphs: frontmatter.paragraphs as ParagraphData[],
    mentions: frontmatter.mentions as Mention[],
    corrections: frontmatter.corrections as Correction[],
    notes: [
      claimNoteSchema.parse({
        id: 'laborde-visit',
        paragraph: 3,
        quote: 'a visit',
        title: 'The visit to Astana',
        text: 'A note on the visit, for the tests of the data files.',
        entities: ['laborde-visit-2014'],
        sources: [{ id: 'un', title: 'A source', publisher: 'United Nations', url: 'https://www.un.org/', status: 'canonical' }],
      }),
    ],
  };
}

// ajv and ajv-formats are CommonJS; take the callable whichever way it is exported.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const loadSchema = (name: string) => JSON.parse(readFileSync(join(root, 'public/schemas', name), 'utf8'));
const validateStatement = ajv.compile(loadSchema('statement.schema.json'));
const validateGlossary = ajv.compile(loadSchema('glossary.schema.json'));
const errorsOf = (v: typeof validateStatement) => ajv.errorsText(v.errors);
/** A deep copy to break. */
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

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

/** What the glossary needs of a statement (its summary's `named`). */
const naming = (s: { slug: string; mentions: Mention[] }) => ({ slug: s.slug, named: [...paragraphsByEntity(s.mentions)] });

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

describe('plain text download', () => {
  it('has a header: title, speaker, body, meeting with its status, permanent URL', () => {
    const txt = statementText(statement, site);
    const head = txt.slice(0, txt.indexOf('[1] '));
    expect(head.startsWith(`${meta.title}\n`)).toBe(true);
    expect(head).toContain('Speaker: Kairat Abdrakhmanov (Kazakhstan)');
    expect(head).toContain('Body: United Nations Security Council');
    expect(head).toContain('record S/PV.7316 (probable), 19 November 2014 (probable) (identification probable)');
    expect(head).toContain(`Permanent URL: ${urls.statement(slug)}\n`);
  });

  it('holds every paragraph, numbered [n], in order', () => {
    const txt = statementText(statement, site);
    const numbered = [...txt.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(numbered).toEqual(statement.paragraphs.map((p) => [p.n, p.text]));
    expect(txt).toContain('the record reads “ofpeople”');
  });
});

describe('Markdown download', () => {
  /** Markdown inline text back to plain text: links to their words, escapes undone. */
  const plain = (md: string) => md.replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1');

  it('has a header: title, speaker, body, meeting with its status, permanent URL', () => {
    const md = statementMarkdown(statement, site);
    expect(md.startsWith(`# ${meta.title}\n`)).toBe(true);
    expect(md).toContain('- **Speaker:** Kairat Abdrakhmanov (Kazakhstan)');
    expect(md).toContain('- **Body:** United Nations Security Council');
    expect(md).toMatch(/- \*\*Meeting:\*\* .*S\/PV\.7316 \(probable\)/);
    expect(md).toContain(`- **Permanent URL:** <${urls.statement(slug)}>`);
  });

  it('holds every paragraph, numbered ¶ n with its anchor and permanent link, in order', () => {
    const md = statementMarkdown(statement, site);
    const paras = [...md.matchAll(/^<a id="(p\d+)"><\/a>\[¶ (\d+)\]\(([^)]+)\) (.*)$/gm)];
    expect(paras.map((m) => [m[1], Number(m[2]), m[3], plain(m[4])])).toEqual(
      statement.paragraphs.map((p) => [p.id, p.n, urls.paragraph(slug, p.n), p.text]),
    );
  });

  it('links the mentions to their glossary entries', () => {
    const md = statementMarkdown(statement, site);
    expect(md).toContain(`[Counter-Terrorism Committee](${urls.entity('ctc')})`);
    expect(md).toContain(`[the regional centre](${urls.entity('caricc')})`);
  });

  it('writes the record\'s & and < as characters (escaped as Markdown needs), never as HTML entities', () => {
    const odd: StatementData = {
      ...statement,
      meta: { ...statement.meta, title: 'Research & development <b>', speaker: { ...statement.meta.speaker, label: 'Mr. A & B <C>' } },
      paragraphs: [{ n: 1, id: 'p1', text: 'Q&A: 5 < 6 & 7 > 3; &amp; as the record prints it.' }],
      mentions: [],
      corrections: [],
    };
    const md = statementMarkdown(odd, site);
    expect(md).not.toMatch(/&(amp|lt|gt|#\d+|#x[0-9a-f]+);(?!\s*as the record)/i);
    const para = /^<a id="p1"><\/a>\[¶ 1\]\([^)]+\) (.*)$/m.exec(md)![1];
    expect(plain(para)).toBe(odd.paragraphs[0].text);
    // A literal "&amp;" of the record stays those five characters once read as Markdown: its & is escaped.
    expect(para).toContain('\\&amp;');
    expect(md).toContain('# Research & development \\<b\\>');
    expect(md).toMatch(/Cite as:\*\* .*Research & development \\<b\\>/);
  });

  it('escapes Markdown syntax in the text', () => {
    expect(escapeMarkdown('a *b* _c_ [d] <e> `f` $6 \\')).toBe('a \\*b\\* \\_c\\_ \\[d\\] \\<e\\> \\`f\\` \\$6 \\\\');
    expect(plain(escapeMarkdown('x [y](z) *w*'))).toBe('x [y](z) *w*');
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
