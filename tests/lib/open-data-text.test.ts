/**
 * The edition's downloads for reading (src/lib/formats/text.ts, markdown.ts):
 * the plain text and Markdown files have the statement's header and hold
 * every paragraph, numbered, in order; Markdown links the mentions and
 * escapes what the record prints. The fixture is tests/support/open-data.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementData } from '../../src/lib/model/statement/statement.ts';
import { escapeMarkdown, statementMarkdown } from '../../src/lib/formats/markdown.ts';
import { statementText } from '../../src/lib/formats/text.ts';
import { buildStatement, fixtureEntities, meta, site, slug, urls } from '../support/open-data.ts';

let statement: StatementData;
beforeAll(async () => {
  statement = await buildStatement(fixtureEntities);
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
