/**
 * Citations (src/lib/citation.ts), from the real statement's front matter:
 * every format names the speaker, country, record and date, carries the right
 * paragraph number and permanent URL, and says "probable" exactly when the
 * identification of the meeting is probable.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { statementSchema, type StatementMeta } from '../../src/lib/schemas.ts';
import {
  citations,
  headlineCase,
  quoteWithCitation,
  splitName,
  textFragment,
  wordBounds,
  type Citations,
} from '../../src/lib/citation.ts';

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
const textFormats = (c: Citations) => ({ plain: c.plain, chicago: c.chicago, apa: c.apa, oscola: c.oscola, bibtex: c.bibtex });
const allFormats = (c: Citations) => ({ ...textFormats(c), csl: JSON.stringify(c.csl) });

/** Checks that braces balance (ignoring escaped ones) and returns the entry's key and fields. */
function parseBibtex(entry: string): { type: string; key: string; fields: Record<string, string> } {
  let depth = 0;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === '\\') i++;
    else if (entry[i] === '{') depth++;
    else if (entry[i] === '}' && --depth < 0) throw new Error(`unbalanced "}" at ${i}`);
  }
  if (depth !== 0) throw new Error(`${depth} unclosed "{"`);
  const head = /^@(\w+)\{([A-Za-z0-9_:.-]+),\n/.exec(entry);
  if (!head) throw new Error('no entry type and key');
  const fields: Record<string, string> = {};
  for (const m of entry.matchAll(/^ {2}([a-z]+) = (\{.*\}|[a-z]+),?$/gm)) fields[m[1]] = m[2];
  return { type: head[1], key: head[2], fields };
}

describe('the fixture', () => {
  it('is the real statement: probable S/PV.7316 of 19 November 2014, nine paragraphs', () => {
    expect(meta.speaker.name).toBe('Kairat Abdrakhmanov');
    expect(meta.meeting).toMatchObject({ record: 'S/PV.7316', date: '2014-11-19', status: 'probable' });
    expect(paragraphCount).toBe(9);
  });
});

describe('citations of a paragraph', () => {
  const all = Array.from({ length: paragraphCount }, (_, i) => i + 1).map((n) => ({
    n,
    c: citations({ meta, slug, n, url: paraUrl(n) }),
  }));

  it('carry the right paragraph number, and no other, in every format', () => {
    for (const { n, c } of all) {
      const only = (text: string, re: RegExp) => {
        const found = [...text.matchAll(re)].map((m) => Number(m[1]));
        expect(found, text).toEqual([n]);
      };
      only(c.plain, /¶ (\d+)/g);
      only(c.chicago, /par\. (\d+)/g);
      only(c.apa, /para\. (\d+)/g);
      only(c.oscola, /para (\d+)/g);
      only(c.bibtex, /para\. (\d+)/g);
      expect(parseBibtex(c.bibtex).key.endsWith(`-p${n}`)).toBe(true);
      expect(c.csl.id).toBe(`${slug}-p${n}`);
      expect(c.csl.note).toContain(`Paragraph ${n}.`);
    }
  });

  it('carry the permanent URL of that paragraph in every format', () => {
    for (const { n, c } of all) {
      const url = paraUrl(n);
      expect(c.plain.endsWith(` ${url}`)).toBe(true);
      expect(c.chicago.endsWith(`, ${url}.`)).toBe(true);
      expect(c.apa.endsWith(` ${url}`)).toBe(true);
      expect(c.oscola.endsWith(` <${url}>`)).toBe(true);
      expect(parseBibtex(c.bibtex).fields.url).toBe(`{${url}}`);
      expect(c.csl.URL).toBe(url);
      // No other paragraph's URL anywhere.
      for (const text of Object.values(allFormats(c))) expect(text.match(/#p\d+/g)).toEqual([`#p${n}`]);
    }
  });

  it('name the speaker, the country, the statement, the body, the record and the date', () => {
    const { c } = all[2];
    for (const [format, text] of Object.entries(textFormats(c))) {
      expect(text, format).toContain('Abdrakhmanov');
      expect(text, format).toContain('Kazakhstan');
      expect(text, format).toContain('S/PV.7316');
      expect(text, format).toMatch(/Statement by Kazakhstan on international terrorism/i);
      expect(text, format).toMatch(/2014/);
    }
    expect(c.plain).toBe(
      'Kairat Abdrakhmanov (Kazakhstan), “Statement by Kazakhstan on international terrorism”, United Nations Security Council, ' +
        `S/PV.7316 (probable), 19 November 2014 (probable), ¶ 3. ${paraUrl(3)}`,
    );
    expect(c.chicago).toContain('“Statement by Kazakhstan on International Terrorism” (statement, United Nations Security Council, November 19, 2014 [probable]), S/PV.7316 [probable], par. 3');
    expect(c.apa.startsWith('Abdrakhmanov, K. (2014, November 19 [probable]). Statement by Kazakhstan on international terrorism [')).toBe(true);
    expect(c.oscola).toContain('UNSC Verbatim Record (19 November 2014, probable) UN Doc S/PV.7316 (probable), para 3');
    expect(c.plain.startsWith(`${meta.speaker.name} (${meta.country})`)).toBe(true);
  });
});

describe('"probable"', () => {
  for (const status of ['confirmed', 'probable', 'unknown'] as const) {
    it(`appears in every format iff the status is probable (${status})`, () => {
      for (const n of [undefined, 1, paragraphCount]) {
        const c = citations({ meta: withStatus(status), slug, n, url: n ? paraUrl(n) : pageUrl });
        for (const [format, text] of Object.entries(allFormats(c))) {
          expect(/probable/i.test(text), `${status} ${format}: ${text}`).toBe(status === 'probable');
        }
      }
    });
  }

  it('marks both the record symbol and the date', () => {
    const c = citations({ meta, slug, n: 1, url: paraUrl(1) });
    expect(c.plain).toContain('S/PV.7316 (probable)');
    expect(c.plain).toContain('19 November 2014 (probable)');
  });

  it('is not attached to a date that is only the year', () => {
    const noDate = { ...meta, meeting: { ...meta.meeting, date: undefined } };
    const c = citations({ meta: noDate, slug, n: 1, url: paraUrl(1) });
    expect(c.plain).toContain('S/PV.7316 (probable), 2014, ¶ 1');
    expect(c.csl.issued['date-parts']).toEqual([[2014]]);
  });
});

describe('meeting status', () => {
  it('confirmed: the record symbol and the full date, unmarked', () => {
    const c = citations({ meta: withStatus('confirmed'), slug, n: 4, url: paraUrl(4) });
    expect(c.plain).toContain('United Nations Security Council, S/PV.7316, 19 November 2014, ¶ 4.');
    expect(c.csl.number).toBe('S/PV.7316');
    expect(c.csl.issued['date-parts']).toEqual([[2014, 11, 19]]);
    expect(parseBibtex(c.bibtex).fields.month).toBe('nov');
  });

  it('unknown: no record symbol, the year only, the meeting described instead', () => {
    const c = citations({ meta: withStatus('unknown'), slug, n: 4, url: paraUrl(4) });
    for (const [format, text] of Object.entries(allFormats(c))) {
      expect(text, format).not.toContain('S/PV');
      expect(text, format).not.toContain('November');
      expect(text, format).toContain('2014');
    }
    expect(c.plain).toContain('United Nations Security Council, open debate on threats to international peace and security caused by terrorist acts, 2014, ¶ 4.');
    expect(c.csl.number).toBeUndefined();
    expect(c.csl.issued['date-parts']).toEqual([[2014]]);
    expect(parseBibtex(c.bibtex).fields.month).toBeUndefined();
    expect(c.csl.note).toMatch(/not identified/);
  });
});

describe('BibTeX', () => {
  it('is one @misc entry with balanced braces, a key and the usual fields', () => {
    const { type, key, fields } = parseBibtex(citations({ meta, slug, n: 5, url: paraUrl(5) }).bibtex);
    expect(type).toBe('misc');
    expect(key).toBe(`abdrakhmanov2014-${slug}-p5`);
    expect(fields.author).toBe('{Abdrakhmanov, Kairat}');
    expect(fields.title).toBe('{{Statement by Kazakhstan on international terrorism}}');
    expect(fields.year).toBe('{2014}');
    expect(fields.howpublished).toBe('{United Nations Security Council, S/PV.7316 (probable)}');
  });

  it('escapes TeX specials so that the braces stay balanced', () => {
    const odd = { ...meta, title: 'Peace & security: 100% {really} #1 costs $5_000 ~ ^' };
    const bib = citations({ meta: odd, slug, url: pageUrl }).bibtex;
    expect(() => parseBibtex(bib)).not.toThrow();
    expect(parseBibtex(bib).fields.title).toBe('{{Peace \\& security: 100\\% \\{really\\} \\#1 costs \\$5\\_000 \\textasciitilde{} \\textasciicircum{}}}');
  });

  it('the balance check can fail', () => {
    expect(() => parseBibtex('@misc{k,\n  title = {{a}\n}')).toThrow(/unclosed/);
    expect(() => parseBibtex('@misc{k,\n  title = {a}}}\n}')).toThrow(/unbalanced/);
  });
});

describe('CSL-JSON', () => {
  it('has type, title, author, issued and URL, and survives JSON', () => {
    const { csl } = citations({ meta, slug, n: 2, url: paraUrl(2) });
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
    expect(csl).toMatchObject({
      type: 'speech',
      title: meta.title,
      author: [{ family: 'Abdrakhmanov', given: 'Kairat' }],
      issued: { 'date-parts': [[2014, 11, 19]] },
      URL: paraUrl(2),
      number: 'S/PV.7316',
      publisher: 'United Nations Security Council',
      'event-title': meta.meeting.description,
      language: 'en',
    });
    expect(csl.genre).toContain('Kazakhstan');
  });
});

describe('the whole statement', () => {
  it('is cited without a paragraph, at the page URL', () => {
    const c = citations({ meta, slug, url: pageUrl });
    for (const [format, text] of Object.entries(allFormats(c))) {
      expect(text, format).not.toMatch(/¶|par\.|para\.|para \d|Paragraph|#p\d/);
      expect(text, format).toContain(pageUrl);
    }
    expect(c.csl.id).toBe(slug);
    expect(parseBibtex(c.bibtex).key).toBe(`abdrakhmanov2014-${slug}`);
  });
});

describe('helpers', () => {
  it('splits names and sets titles in headline case', () => {
    expect(splitName('Kairat Abdrakhmanov')).toEqual({ family: 'Abdrakhmanov', given: 'Kairat' });
    expect(splitName('Madonna')).toEqual({ family: 'Madonna' });
    expect(headlineCase('statement by Kazakhstan on the fight against terrorism')).toBe('Statement by Kazakhstan on the Fight Against Terrorism');
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
