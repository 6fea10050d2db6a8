/**
 * The citation styles as citeproc-js renders them from the edition's CSL-JSON
 * (src/lib/citation/citeproc.ts, src/lib/citation/bibtex.ts, src/lib/formats/citations.ts), with the
 * real CSL styles: every style names the speaker, the body and the paragraph,
 * and says "probable", "ca." or "?" wherever the date or record is probable.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { statementSchema, type StatementMeta } from '../../src/lib/model/schemas/statement.ts';
import { citations, paragraphCitation } from '../../src/lib/citation/citations.ts';
import { bibliography, cite, loadStyle, renderStyles, STYLES } from '../../src/lib/citation/citeproc.ts';
import { bibEntries } from '../../src/lib/citation/bibtex.ts';
import { citationFile } from '../../src/lib/formats/citations.ts';

const slug = 'kazakhstan-2014-terrorism';
const source = readFileSync(fileURLToPath(new URL(`../../content/statements/${slug}.mdx`, import.meta.url)), 'utf8');
const meta: StatementMeta = statementSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]));
const site = 'https://verbatim.example';
const pageUrl = `${site}/statements/${slug}/`;
const withStatus = (status: StatementMeta['meeting']['status']): StatementMeta => ({ ...meta, meeting: { ...meta.meeting, status } });
const item = (m: StatementMeta = meta) => citations({ meta: m, slug, url: pageUrl }).csl;
const PARAS = [1, 3, 9];
/** A mark of uncertainty as the styles print it: "probable", "ca. 2014", "2014?". */
const MARK = /probable|\bca\.|\d\?/;
const paraIn = (text: string) => [...text.matchAll(/\bpara(?:graph)?\.? ?(\d+)/g)].map((m) => Number(m[1]));

const rendered = renderStyles(item());
const byKey = Object.fromEntries(rendered.map((r) => [r.key, r]));

describe('the styles', { timeout: 60_000 }, () => {
  it('are real CSL styles: Chicago (full notes), APA 7, MLA 9 and OSCOLA, as the CSL repository names them', () => {
    expect(STYLES.map((s) => s.id)).toEqual(['chicago-fullnote-bibliography', 'apa', 'modern-language-association', 'oscola']);
    const title = (id: string) => JSON.stringify(loadStyle(id)).length;
    for (const s of STYLES) expect(title(s.id), s.id).toBeGreaterThan(5000);
    expect(() => loadStyle('no-such-style')).toThrow(/no CSL style "no-such-style"/);
  });

  for (const r of rendered) {
    it(`${r.label}: the reference names the speaker, the body, the statement and the record or meeting, and marks the probable date`, () => {
      for (const text of [r.bibliography, r.whole, ...PARAS.map((n) => paragraphCitation(r, n))]) {
        // Wherever a date or the record is printed, so is a mark of doubt.
        if (/2014|S\/PV/.test(text.replace(/https?:\S+/g, ''))) expect(text, r.label).toMatch(MARK);
        expect(text).toContain('Abdrakhmanov');
      }
      expect(r.bibliography).toMatch(MARK);
      expect(r.bibliography).toContain('United Nations Security Council');
      expect(r.bibliography).toMatch(/Statement by Kazakhstan on international terrorism/i);
      expect(r.bibliography).toContain(pageUrl);
      expect(r.bibliography).toMatch(/2014/);
      expect(paraIn(r.bibliography)).toEqual([]);
      expect(paraIn(r.whole)).toEqual([]);
    });

    it(`${r.label}: the citation of each paragraph names that paragraph and no other`, () => {
      for (const n of PARAS) expect(paraIn(paragraphCitation(r, n)), paragraphCitation(r, n)).toEqual([n]);
    });

    it(`${r.label}: each paragraph's citation from the file is exactly what citeproc-js prints for that paragraph`, () => {
      const style = STYLES.find((s) => s.key === r.key)!;
      for (let n = 1; n <= 40; n++) expect(paragraphCitation(r, n)).toBe(cite(style.id, item(), n));
      for (const m of [withStatus('confirmed'), withStatus('unknown')]) {
        const [again] = renderStyles(citations({ meta: m, slug, url: pageUrl }).csl).filter((x) => x.key === r.key);
        for (const n of [1, 12]) expect(paragraphCitation(again, n)).toBe(cite(style.id, citations({ meta: m, slug, url: pageUrl }).csl, n));
      }
    });
  }

  it('print the marks each style has for a probable date: Chicago "[… 2014?]", APA "ca. 2014", and "(identification probable)" in all', () => {
    expect(byKey.chicago.bibliography).toContain('[November 19, 2014?]');
    expect(byKey.apa.bibliography).toContain('(ca. 2014, November 19)');
    expect(paragraphCitation(byKey.apa, 3)).toBe('(Abdrakhmanov, ca. 2014, para. 3)');
    for (const r of rendered) expect(r.bibliography).toContain('(identification probable)');
  });

  it('MLA prints the date of the speech; APA and MLA print the record symbol apart from the genre', () => {
    expect(byKey.mla.bibliography).toContain('19 Nov. 2014');
    expect(byKey.apa.bibliography).toContain('Kazakhstan No. S/PV.7316');
    expect(byKey.mla.bibliography).toContain('S/PV.7316,');
    for (const r of rendered) expect(r.bibliography).not.toMatch(/Kazakhstan S\/PV/);
  });

  it('a confirmed identification renders without any mark; an unknown one without record or day', () => {
    for (const s of STYLES) {
      const confirmed = bibliography(s.id, [item(withStatus('confirmed'))])[0];
      expect(confirmed, s.id).not.toMatch(MARK);
      expect(confirmed).toMatch(/19/);
      const unknown = bibliography(s.id, [item(withStatus('unknown'))])[0];
      expect(unknown, s.id).not.toContain('S/PV');
      expect(unknown).not.toMatch(/November|Nov\./);
      expect(unknown).toContain('2014');
    }
  });

  it('a paragraph and the statement in one reference list are one entry, not 2014a/2014b', () => {
    const statement = citations({ meta, slug, url: pageUrl }).csl;
    const paragraph = citations({ meta, slug, n: 3, url: `${pageUrl}#p3` }).csl;
    const entries = bibliography('apa', [statement, paragraph]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).not.toMatch(/2014[ab]/);
    // The check can fail: two works of one author and year are told apart.
    const other = { ...statement, id: 'other', title: 'Another statement' };
    expect(bibliography('apa', [statement, other]).join('\n')).toMatch(/2014a/);
  });

  it('a full note cites the paragraph (Chicago, OSCOLA)', () => {
    expect(cite('chicago-fullnote-bibliography', item(), 3)).toMatch(/^Kairat Abdrakhmanov, “Statement by Kazakhstan on International Terrorism,” para\. 3/);
    expect(paragraphCitation(byKey.oscola, 9)).toContain('para 9 <');
  });
});

describe('BibTeX and BibLaTeX (Citation.js)', { timeout: 30_000 }, () => {
  const { bibtex, biblatex } = bibEntries(item());
  const require = createRequire(import.meta.url);
  const { Cite } = require('@citation-js/core');
  require('@citation-js/plugin-bibtex');

  it('BibLaTeX carries the full date, marked approximate, and the event; both keep the note on what is probable', () => {
    expect(biblatex).toMatch(/^@misc\{/);
    expect(biblatex).toMatch(/^\s*date = \{2014-11-19~\},$/m);
    expect(biblatex).toMatch(/eventtitle = \{.*identification probable/);
    expect(bibtex).toMatch(/^@misc\{/);
    expect(bibtex).toMatch(/year = \{2014\}/);
    for (const entry of [bibtex, biblatex]) expect(entry).toMatch(/note = \{The identification of the record \(S\/PV\.7316\) and date is probable\.\}/);
  });

  it('parse back with a BibTeX parser to the author, title and year', () => {
    for (const entry of [bibtex, biblatex]) {
      const [back] = new Cite(entry).data;
      expect(back.author).toEqual([{ family: 'Abdrakhmanov', given: 'Kairat' }]);
      expect(back.title).toBe(meta.title);
      expect(back.issued['date-parts'][0][0]).toBe(2014);
    }
  });

  it('BibLaTeX of a confirmed date has no "~"', () => {
    expect(bibEntries(item(withStatus('confirmed'))).biblatex).toMatch(/date = \{2014-11-19\},/);
  });
});

describe('the citation file', { timeout: 60_000 }, () => {
  it('holds every style for any paragraph, BibTeX, BibLaTeX and the CSL item', () => {
    const file = citationFile({ slug, meta }, { site, base: '/' });
    expect(file.statement).toBe(pageUrl);
    expect(file.styles.map((s) => s.label)).toEqual(['Chicago', 'APA 7', 'MLA 9', 'OSCOLA']);
    for (const s of file.styles) expect(paragraphCitation(s, 2)).toBe(cite(STYLES.find((x) => x.key === s.key)!.id, file.csl, 2));
    expect(file.csl.id).toBe(slug);
    expect(file.bibtex).toMatch(/^@misc/);
  });
});
