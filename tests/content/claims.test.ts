/**
 * The claims ledger as data (content/claims/*.yaml): every claim stands in its
 * paragraph, has a verdict on the scale and sources; the notes C1-C17 and the
 * facts the text asserts are covered; and bad input fails with file and line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { claimNotesSchema } from '../../src/lib/model/schemas/claims.ts';
import { foldTypography } from '../../src/lib/model/text/text.ts';
import { readClaimsFile, verdictIds, type ClaimsFile } from '../../src/lib/claims/ledger.ts';
import { processedStatements, root, type ProcessedStatement } from '../support/statements.ts';

const slug = 'kazakhstan-2014-terrorism';
const file = `content/claims/${slug}.yaml`;
const text = readFileSync(join(root, file), 'utf8');
const notes = claimNotesSchema.parse(parseYaml(readFileSync(join(root, `content/notes/${slug}.yaml`), 'utf8'))).notes;
let statement: ProcessedStatement;
const read = (t: string) =>
  readClaimsFile(t, file, (s) => (s === slug ? { paragraphs: statement.paragraphs, noteIds: new Set(notes.map((n) => n.id)) } : undefined));
let ledger: ClaimsFile;

beforeAll(async () => {
  statement = (await processedStatements()).find((s) => s.slug === slug)!;
  const { data, problems } = read(text);
  expect(problems).toEqual([]);
  ledger = data!;
});

describe('the claims ledger', () => {
  it('rates every claim on the scale, with a source, in words its paragraph has', () => {
    expect(ledger.claims.length).toBeGreaterThanOrEqual(20);
    for (const c of ledger.claims) {
      expect(verdictIds).toContain(c.verdict);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      const p = statement.paragraphs.find((x) => x.n === c.paragraph)!;
      expect(foldTypography(p.text), c.id).toContain(foldTypography(c.quote).replace(/\s+/g, ' '));
    }
  });

  it('covers every editors’ note that concerns a claim of the speaker', () => {
    const cited = new Set(ledger.claims.flatMap((c) => c.notes));
    // The notes on names as printed (C5, C7, C8) are covered by the claims they sit in; all are cited.
    // One note concerns no claim: where the statement was made (moved out of the Council's glossary
    // definition, which every statement shows, issue 19).
    const aboutNoClaim = ['forum-security-council'];
    expect(notes.map((n) => n.id).filter((id) => !cited.has(id))).toEqual(aboutNoClaim);
  });

  it('covers the facts the text asserts', () => {
    const quoted = ledger.claims.map((c) => c.quote).join('\n');
    for (const words of ['As the 2010 Chair', 'last year we adopted the State Programme', 'has signed the SCO Convention', '$600 million', 'in September 2014', 'based in Ashgabat', 'Individual Partnership Action Plan with NATO'])
      expect(quoted).toContain(words);
  });

  it('never rates a claim Confirmed on press or non-official sources alone', () => {
    const press = ['en.tengrinews.kz', 'belief.cabar.asia', 'astanatimes.com'];
    const byId = new Map(ledger.sources.map((s) => [s.id, s]));
    for (const c of ledger.claims.filter((x) => x.verdict === 'confirmed')) {
      const official = c.sources.filter((id) => !press.includes(new URL(byId.get(id)!.url).hostname));
      expect(official.length, c.id).toBeGreaterThan(0);
    }
  });

  it('gives the doubtful points the verdicts the notes support', () => {
    const verdict = (id: string) => ledger.claims.find((c) => c.id === id)!.verdict;
    expect(verdict('laborde-visit')).toBe('not-confirmed');
    expect(verdict('astana-declaration-adopted')).toBe('not-confirmed');
    expect(verdict('programme-600-million')).toBe('not-confirmed');
    expect(verdict('almaty-meeting-organised')).toBe('confirmed-in-part');
    expect(verdict('jpoa-elaborated-by')).toBe('confirmed-in-part');
    expect(verdict('osce-chair-2010')).toBe('confirmed');
  });
});

describe('a bad claims file fails with file and line', () => {
  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('an unknown verdict', () => {
    const bad = text.replace('    verdict: confirmed\n    why: The committee', '    verdict: probably-true\n    why: The committee');
    expect(read(bad).problems).toEqual([
      `${file}:${lineOf('    verdict: confirmed\n    why: The committee')}: claims.1.verdict: unknown verdict "probably-true": use one of confirmed, confirmed-in-part, not-confirmed, contradicted`,
    ]);
  });

  it('bidi and zero-width characters in a quote, a claim or a source id, with the escape', () => {
    const quote = '    quote: last year we adopted the State Programme';
    const bad = text.replace(quote, '    quote: last year we adopted the State\u202e Programme').replace('    sources: [legal-terrorism, a-68-37]', '    sources: [legal-terrorism, a-68\u200b-37]');
    const problems = read(bad).problems;
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}:${lineOf(quote)}: claims\\.\\d+\\.quote: contains U\\+202E .*State<U\\+202E> Programme`)));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}:${lineOf('    sources: [legal-terrorism, a-68-37]')}: claims\\.1\\.sources\\.1: contains U\\+200B .*a-68<U\\+200B>-37`)),
    );
  });

  it('a claim without a source', () => {
    const bad = text.replace('    sources: [legal-terrorism, a-68-37]', '    sources: []');
    expect(read(bad).problems).toEqual([`${file}:${lineOf('    sources: [legal-terrorism, a-68-37]')}: claims.1.sources: a claim needs at least one source`]);
  });

  it('quoted words its paragraph does not have, an unknown source or note', () => {
    const bad = text
      .replace('    quote: last year we adopted the State Programme', '    quote: two years ago we adopted the State Programme')
      .replace('sources: [dpa-central-asia]', 'sources: [dpa-central-asia, nowhere]')
      .replace('notes: [southern-capital]', 'notes: [no-such-note]');
    expect(read(bad).problems).toEqual([
      `${file}:${lineOf('notes: [southern-capital]')}: claim "almaty-southern-capital" names unknown note "no-such-note"`,
      `${file}:${lineOf('sources: [dpa-central-asia]')}: claim "unrcca-in-ashgabat" cites unknown source "nowhere"`,
      `${file}:${lineOf('    quote: last year we adopted the State Programme')}: claim "programme-adopted-last-year" quotes "two years ago we adopted the State Programme", which paragraph 8 does not contain`,
    ]);
  });

  it('a claim on a paragraph that does not exist, and a why of more than three sentences', () => {
    const bad = text
      .replace('    why: UNODC\'s page on its work in Central Asia places CARICC in Almaty.', '    why: One. Two. Three. Four.');
    expect(read(bad).problems).toEqual([`${file}:${lineOf("    why: UNODC's page")}: claims.8.why: say why in one to three sentences`]);
    const bad2 = text.replace('  - id: caricc-in-almaty\n    paragraph: 5', '  - id: caricc-in-almaty\n    paragraph: 12');
    expect(read(bad2).problems).toEqual([`${file}:${lineOf('  - id: caricc-in-almaty') + 1}: claim "caricc-in-almaty" is on paragraph 12, which does not exist`]);
  });
});
