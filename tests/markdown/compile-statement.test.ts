/**
 * The statement compiler and its loader's file checks: statements are data, and
 * every bad input fails with the file and line to fix.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileStatement, statementProcessor, StatementError } from '../../src/markdown/compile-statement.ts';
import { listStatementFiles } from '../../src/markdown/statement-loader.ts';
import { buildNameIndex } from '../../src/lib/model/glossary/names.ts';
import { entity } from '../support/mdx.ts';

const entities = [entity('sco', { name: 'Shanghai Cooperation Organization', acronyms: ['SCO'] })];
const processor = statementProcessor({ entities, index: buildNameIndex(entities).index, base: '/' });

const frontMatter = (extra = '', record = '../sources/s.txt') => `---
title: A test statement
description: A statement written for the compiler's tests, twenty characters at least.
speaker:
  label: Mr. Test (Testland)
  name: Mr. Test
country: Testland
body: United Nations Security Council
meeting:
  description: A test meeting
  status: unknown
year: 2014
language: en
record: ${record}
${extra}---
`;

/** Compiles `body` (after the front matter) against `record`, in a project folder of its own. */
function compile(body: string, record: string, { front = frontMatter() } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-compile-'));
  mkdirSync(join(root, 'content/statements'), { recursive: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  writeFileSync(join(root, 'content/sources/s.txt'), record);
  const path = join(root, 'content/statements/s.mdx');
  const text = front + body;
  writeFileSync(path, text);
  return compileStatement({ path, file: 'content/statements/s.mdx', text }, processor);
}

/** The problems a compile reports (or [] when it succeeds). */
function problems(body: string, record: string, options?: { front?: string }): string[] {
  try {
    compile(body, record, options);
    return [];
  } catch (e) {
    if (e instanceof StatementError) return e.problems;
    throw e;
  }
}

const LINE = frontMatter().split('\n').length; // the body's first line

describe('compileStatement', () => {
  it('gives each paragraph its text, HTML and mentions', () => {
    const s = compile('**Mr. Test (Testland):** The SCO works.\n\nIt <Corr sic="worksfine">works fine</Corr>.\n', 'Mr. Test (Testland): The SCO works.\n\nIt worksfine.');
    expect(s.slug).toBe('s');
    expect(s.paragraphs.map((p) => p.text)).toEqual(['Mr. Test (Testland): The SCO works.', 'It works fine.']);
    expect(s.paragraphs[0].html).toMatch(/^<p><span class="s" id="p1-s1"><strong>Mr\. Test \(Testland\):<\/strong> The <a href="\/glossary\/sco\/" class="term"[^>]*>SCO<\/a> works\.<\/span><\/p>$/);
    expect(s.paragraphs[1].html).toContain('<ins class="corr" data-sic="worksfine"');
    expect(s.mentions).toMatchObject([{ entity: 'sco', paragraph: 1, text: 'SCO' }]);
    expect(s.corrections).toEqual([{ paragraph: 2, sic: 'worksfine', corr: 'works fine' }]);
  });

  it('refuses a hand-written link, naming file and line (the text of a record has no links)', () => {
    for (const link of ['[all donors](javascript:alert(1))', '[x](https://elsewhere.example/)', '<https://elsewhere.example/>', '![x](https://e.example/x.png)']) {
      const p = problems(`One.\n\nTwo ${link} here.\n`, 'One.\n\nTwo x here.');
      expect(p, link).toHaveLength(1);
      expect(p[0], link).toMatch(new RegExp(`^content/statements/s\\.mdx:${LINE + 2}:\\d+: .*(link|image)`));
    }
    // A link reference's definition is refused at its own line.
    expect(problems('One.\n\nTwo [x][ref].\n\n[ref]: https://e.example/\n', 'One.\n\nTwo x.')[0]).toMatch(new RegExp(`s\\.mdx:${LINE + 4}:1: .*a link`));
  });

  it('refuses imports, exports and expressions: statements are data', () => {
    expect(problems("import x from 'node:fs';\n\nOne.\n", 'One.')[0]).toMatch(new RegExp(`^content/statements/s\\.mdx:${LINE}:1: .*import or export`));
    expect(problems('export const a = 1;\n\nOne.\n', 'One.')[0]).toMatch(/import or export/);
    expect(problems('One {1 + 1}.\n', 'One 2.')[0]).toMatch(new RegExp(`s\\.mdx:${LINE}:5: .*expression`));
    expect(problems('{process.exit(1)}\n\nOne.\n', 'One.')[0]).toMatch(/expression/);
    expect(problems('One <Term id={"sco"}>x</Term>.\n', 'One x.')[0]).toMatch(/no \{…\} expressions|expected a quoted value/);
    expect(problems('One <Term {...x}>x</Term>.\n', 'One x.')[0]).toMatch(/no \{…\} expressions/);
    expect(problems('One <img src="x" />.\n', 'One .')[0]).toMatch(/unknown element <img>/);
  });

  it('names the line of an MDX syntax error', () => {
    expect(problems('One.\n\nTwo <Term id="sco">SCO.\n', 'One.\n\nTwo SCO.')[0]).toMatch(new RegExp(`^content/statements/s\\.mdx:${LINE + 2}:\\d+: .*Term`));
  });

  it('reads the record only from content/sources/', () => {
    for (const record of ['/etc/passwd', '../../../../etc/passwd', '../sources/../../package.json', './s.txt']) {
      const p = problems('One.\n', 'One.', { front: frontMatter('', record) });
      expect(p[0], record).toMatch(/record: ".*" must name a file of content\/sources\//);
      expect(p[0], record).not.toMatch(/root:/);
    }
  });

  it('refuses an impossible date, quoted or not, at its line', () => {
    for (const date of ['2014-11-31', "'2014-11-31'", '2014-02-29']) {
      const front = frontMatter().replace('  status: unknown\n', `  date: ${date}\n  status: unknown\n`);
      const p = problems('One.\n', 'One.', { front });
      expect(p, date).toEqual([`content/statements/s.mdx:11: meeting.date: no such day in the calendar`]);
    }
  });

  it('names file and line for every front-matter problem', () => {
    expect(problems('One.\n', 'One.', { front: frontMatter().replace('year: 2014', 'year: soon') })).toEqual([
      'content/statements/s.mdx:12: year: Invalid input: expected number, received string',
    ]);
    expect(problems('One.\n', 'One.', { front: frontMatter().replace('title: A test statement\n', '') })[0]).toMatch(/^content\/statements\/s\.mdx:2: title: /);
    // A key given twice: the second one's line.
    expect(problems('One.\n', 'One.', { front: frontMatter().replace('year: 2014', 'year: 2014\nyear: 2015') })[0]).toMatch(
      /^content\/statements\/s\.mdx:13: YAML error: the key "year" appears twice/,
    );
    expect(problems('One.\n', 'One.', { front: '' })).toEqual(['content/statements/s.mdx:1: a statement starts with front matter between --- lines']);
  });

  it('refuses bidi and zero-width characters in the front matter (title, speaker, country…), naming file and line with the escape', () => {
    const cases: [string, string, RegExp][] = [
      ['country: Testland', 'country: (\u202eecnarF)', /^content\/statements\/s\.mdx:7: country: contains U\+202E .*"\(<U\+202E>ecnarF\)"/],
      ['title: A test statement', 'title: A test\u200b statement', /^content\/statements\/s\.mdx:2: title: contains U\+200B .*<U\+200B>/],
      ['  name: Mr. Test', '  name: Mr.\u2066 Test', /^content\/statements\/s\.mdx:6: speaker\.name: contains U\+2066 /],
      ['  label: Mr. Test (Testland)', '  label: Mr. Test (Test\u202dland)', /^content\/statements\/s\.mdx:5: speaker\.label: contains U\+202D /],
      ['body: United Nations Security Council', 'body: "United Nations\\u200fSecurity Council"', /^content\/statements\/s\.mdx:8: body: contains U\+200F /],
      ['  description: A test meeting', '  description: A test\ufeff meeting', /^content\/statements\/s\.mdx:10: meeting\.description: contains U\+FEFF /],
    ];
    for (const [from, to, expected] of cases) {
      const front = frontMatter().replace(from, to);
      expect(front, from).not.toBe(frontMatter());
      const p = problems('One.\n', 'One.', { front });
      expect(p, to).toHaveLength(1);
      expect(p[0], to).toMatch(expected);
    }
  });

  it('compares with the record in composed form (NFC), and shows invisible characters in messages', () => {
    const nfd = 'socie\u0301te\u0301';
    expect(compile(`The ${nfd} works.\n`, 'The soci\u00e9t\u00e9 works.').paragraphs[0].text).toBe('The soci\u00e9t\u00e9 works.');
    const p = problems('The zero\u200bwidth works.\n', 'The zerowidth works.');
    expect(p[0]).toContain('zero<U+200B>width');
    expect(problems('The \u202edrow works.\n', 'The drow works.')[0]).toContain('<U+202E>');
  });
});

describe('the statements folder', () => {
  const folder = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
    const dir = join(root, 'content/statements');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      if (name.endsWith('/')) mkdirSync(join(dir, name));
      else writeFileSync(join(dir, name), text);
    }
    return listStatementFiles(dir, root);
  };

  it('takes <slug>.mdx files', () => {
    expect(folder({ 'a.mdx': '', 'b-2.mdx': '' }).files.map((f) => f.replace(/^.*\//, ''))).toEqual(['a.mdx', 'b-2.mdx']);
  });

  it('refuses sub-folders, other files, names that are not slugs and two files for one address', () => {
    expect(folder({ 'old/': '' }).problems).toEqual(['content/statements/old:1: statements live directly in content/statements/, not in sub-folders']);
    expect(folder({ 'a.md': '' }).problems).toEqual(['content/statements/a.md:1: not a statement file: statements are <slug>.mdx']);
    expect(folder({ 'A b.mdx': '' }).problems[0]).toMatch(/^content\/statements\/A b\.mdx:1: "A b" is not a slug/);
    expect(folder({ 'Abc.mdx': '' }).problems[0]).toMatch(/is not a slug/);
    // Case variants: one is the address, the other is refused, never silently dropped.
    expect(folder({ 'kz.mdx': '', 'KZ.mdx': '' }).problems).toEqual([expect.stringMatching(/^content\/statements\/KZ\.mdx:1: "KZ" is not a slug/)]);
    expect(folder({ 'abc.mdx': '', 'abc-.mdx': '' }).problems[0]).toMatch(/is not a slug/);
  });
});
