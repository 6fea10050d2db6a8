/**
 * Citation data (src/lib/citation/citations.ts), from the real statement's front
 * matter: the plain "cite as" line and the CSL-JSON item that the styles are
 * rendered from (their rendering: tests/lib/citeproc.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { statementSchema, type StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import {
  citations,
  quoteWithCitation,
  splitName,
  textFragment,
  wordBounds,
} from '../../src/lib/citation/citations.ts';

const slug = 'kazakhstan-2014-terrorism';
const source = readFileSync(fileURLToPath(new URL(`../../content/statements/${slug}.mdx`, import.meta.url)), 'utf8');
const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
const meta: StatementMeta = statementSchema.parse(parseYaml(frontMatter));
/** Paragraphs of the statement body (blank-line separated), as numbered on the page. */
const paragraphCount = body.split(/\n\s*\n/).filter((b) => b.trim()).length;
const site = 'https://verbatim.example';
const pageUrl = `${site}/statements/${slug}/`;
const paraUrl = (n: number) => `${pageUrl}#p${n}`;

const withStatus = (status: StatementMeta['meeting']['status']): StatementMeta => ({ ...meta, meeting: { ...meta.meeting, status } });

describe('the fixture', () => {
  it('is the real statement: probable S/PV.7316 of 19 November 2014, nine paragraphs', () => {
    expect(meta.speaker.name).toBe('Kairat Abdrakhmanov');
    expect(meta.meeting).toMatchObject({ record: 'S/PV.7316', date: '2014-11-19', status: 'probable' });
    expect(paragraphCount).toBe(9);
  });
});

describe('the plain "cite as" line', () => {
  it('names the speaker, the country, the statement, the body, the record, the date and the paragraph, at its URL', () => {
    const c = citations({ meta, slug, n: 3, url: paraUrl(3) });
    expect(c.plain).toBe(
      'Kairat Abdrakhmanov (Kazakhstan), “Statement by Kazakhstan on international terrorism”, United Nations Security Council, ' +
        `S/PV.7316 (probable), 19 November 2014 (probable), ¶ 3. ${paraUrl(3)}`,
    );
  });

  it('cites the whole statement without a paragraph, at the page URL', () => {
    const c = citations({ meta, slug, url: pageUrl });
    expect(c.plain).not.toMatch(/¶|#p\d/);
    expect(c.plain.endsWith(` ${pageUrl}`)).toBe(true);
  });

  it('says "probable" iff the status is probable; unknown gives no record and the year only', () => {
    for (const status of ['confirmed', 'probable', 'unknown'] as const) {
      const c = citations({ meta: withStatus(status), slug, n: 4, url: paraUrl(4) });
      expect(/probable/.test(c.plain), c.plain).toBe(status === 'probable');
      expect(/probable/.test(JSON.stringify(c.csl)), status).toBe(status === 'probable');
    }
    expect(citations({ meta: withStatus('confirmed'), slug, n: 4, url: paraUrl(4) }).plain).toContain('United Nations Security Council, S/PV.7316, 19 November 2014, ¶ 4.');
    const unknown = citations({ meta: withStatus('unknown'), slug, n: 4, url: paraUrl(4) });
    expect(unknown.plain).toContain('United Nations Security Council, open debate on threats to international peace and security caused by terrorist acts, 2014, ¶ 4.');
    expect(unknown.plain).not.toContain('S/PV');
  });

  it('does without a country: the speaker alone, a plain genre', () => {
    const { country: _, ...rest } = meta;
    const c = citations({ meta: rest, slug, url: pageUrl });
    expect(c.plain.startsWith('Kairat Abdrakhmanov, “')).toBe(true);
    expect(c.csl.genre).toBe('Statement');
  });
});

describe('the CSL-JSON item', () => {
  it('is a speech with author, circa dates (issued and event-date), the record as number, the meeting as event, and survives JSON', () => {
    const { csl } = citations({ meta, slug, n: 2, url: paraUrl(2) });
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
    expect(csl).toMatchObject({
      id: slug,
      type: 'speech',
      title: meta.title,
      author: [{ family: 'Abdrakhmanov', given: 'Kairat' }],
      issued: { 'date-parts': [[2014, 11, 19]], circa: true },
      'event-date': { 'date-parts': [[2014, 11, 19]], circa: true },
      number: 'S/PV.7316',
      genre: 'Statement by the representative of Kazakhstan',
      language: 'en',
      URL: pageUrl,
    });
    expect(csl['event-title']).toBe(`United Nations Security Council, open debate on threats to international peace and security caused by terrorist acts (identification probable)`);
    expect(csl.event).toBe(csl['event-title']);
    expect(csl.genre).not.toContain('S/PV');
  });

  it('is the same item, with the same id, for the statement and each of its paragraphs (a paragraph is a locator)', () => {
    const whole = citations({ meta, slug, url: pageUrl }).csl;
    for (let n = 1; n <= paragraphCount; n++) expect(citations({ meta, slug, n, url: paraUrl(n) }).csl).toEqual(whole);
  });

  it('confirmed: no circa, no marker; unknown: no number, the year only, a note that says so', () => {
    const confirmed = citations({ meta: withStatus('confirmed'), slug, url: pageUrl }).csl;
    expect(confirmed.issued).toEqual({ 'date-parts': [[2014, 11, 19]] });
    expect(confirmed.event).not.toMatch(/probable/);
    const unknown = citations({ meta: withStatus('unknown'), slug, url: pageUrl }).csl;
    expect(unknown.number).toBeUndefined();
    expect(unknown.issued['date-parts']).toEqual([[2014]]);
    expect(unknown.note).toMatch(/not identified/);
  });
});

describe('helpers', () => {
  it('splits names', () => {
    expect(splitName('Kairat Abdrakhmanov')).toEqual({ family: 'Abdrakhmanov', given: 'Kairat' });
    expect(splitName('Madonna')).toEqual({ family: 'Madonna' });
  });

  it('formats a quote with its citation', () => {
    expect(quoteWithCitation(' The fight  against\nterrorism ', 'X (Y), “Z”. https://a/#p1')).toBe('“The fight against terrorism” — X (Y), “Z”. https://a/#p1');
  });

  it('widens a selection to whole words and trims it', () => {
    const text = 'Kazakhstan is a party to all the major conventions.';
    const [a, b] = wordBounds(text, text.indexOf('khstan'), text.indexOf('rty') + 2);
    expect(text.slice(a, b)).toBe('Kazakhstan is a party');
    const [c, d] = wordBounds(text, text.indexOf(' all'), text.indexOf('major') + 'major '.length);
    expect(text.slice(c, d)).toBe('all the major');
  });
});

describe('text fragments', () => {
  const decode = (directive: string) => directive.replace(/^text=/, '').split(',').map(decodeURIComponent);

  it('are the whole quote when it is short, with "-", "," and "&" encoded', () => {
    const f = textFragment('long-term, comprehensive & fair');
    expect(f).toBe('text=long%2Dterm%2C%20comprehensive%20%26%20fair');
    expect(f.slice(5)).not.toMatch(/[-,&]/);
    expect(decode(f)).toEqual(['long-term, comprehensive & fair']);
  });

  it('are the first and last words of a long quote, which the paragraph contains in order', () => {
    const p = 'The fight against international terrorism demands a long-term comprehensive approach and cooperation at the national, regional and global levels';
    const quote = p.slice(p.indexOf('against'), p.indexOf(' at the national'));
    const [start, end] = decode(textFragment(quote));
    expect(start).toBe('against international terrorism demands');
    expect(end).toBe('comprehensive approach and cooperation');
    expect(p.indexOf(end, p.indexOf(start) + start.length)).toBeGreaterThan(0);
  });

  it('lengthen the start until it is unique on the page', () => {
    const quote = 'My country also fully supports the work of the Counter-Terrorism Committee';
    const page = 'my country also fully backs x. my country also fully supports the work of the counter-terrorism committee';
    const unique = (s: string) => page.indexOf(s.toLowerCase()) === page.lastIndexOf(s.toLowerCase());
    const [start, end] = decode(textFragment(quote, unique));
    expect(start).toBe('My country also fully supports');
    expect(end).toBe('of the Counter-Terrorism Committee');
  });
});

describe('textFragment prefixes', () => {
  it('adds the words before a short quote that also occurs earlier on the page, until the match is unique', () => {
    const page = 'of the shanghai cooperation organization (sco), x. structure of the shanghai cooperation organization (sco)';
    const unique = (s: string) => page.indexOf(s.toLowerCase()) === page.lastIndexOf(s.toLowerCase());
    expect(textFragment('Shanghai Cooperation Organization', unique, 'the Regional Anti-Terrorist Structure of the')).toBe(
      'text=Structure%20of%20the-,Shanghai%20Cooperation%20Organization',
    );
    expect(textFragment('Shanghai Cooperation Organization', () => true, 'anything before')).toBe('text=Shanghai%20Cooperation%20Organization');
  });
});
