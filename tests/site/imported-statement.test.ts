/**
 * A statement imported with `npm run add` builds at once: in a copy of the
 * project, the corpus fixture and a plain record are imported by the command
 * and the site is built; each gets its page, its JSON, its search entry, and
 * its place on the glossary pages of the entities it names. Only the built
 * output is read, not how the build makes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';

const fixtures = join(root, 'tests/fixtures/importer');
const corpus = 'unsc-2014-spv-7316-spch018';
let site: TempSite;
let report: string;
beforeAll(() => {
  site = tempSite();
  // The edition holds these real records already: the test imports them anew.
  for (const s of ['unsc-2020-spv-8717-spch007', 'unsc-2020-spv-8704-spch002']) site.removeStatements(s);
  const add = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'src/importer/cli.ts'), ...args], { cwd: site.dir, env: { ...process.env, INIT_CWD: site.dir }, encoding: 'utf8' });
  report = add(join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt'));
  report += add(join(fixtures, 'ruritania-plain.txt'), '--date', '2015', '--slug', 'ruritania-plain');
  // Real one-line records of the corpus: the longest of the sample, and one with a running head.
  report += add(join(root, 'tests/fixtures/records/UNSC_2020_SPV.8717_spch007.txt'), join(root, 'tests/fixtures/records/UNSC_2020_SPV.8704_spch002.txt'));
  site.build();
});
afterAll(() => site?.remove());

const dist = (path: string) => join(site.dir, 'dist', path);
const read = (path: string) => readFileSync(dist(path), 'utf8');

describe('a statement imported by npm run add', () => {
  it('was imported by the command', () => {
    expect(report).toContain(`✓ content/statements/${corpus}.mdx (wrote`);
    expect(report).toContain('✓ content/statements/ruritania-plain.mdx (wrote');
  });

  it('gets its page, with numbered paragraphs and the glossary’s links', () => {
    const html = read(`statements/${corpus}/index.html`);
    expect(html).toContain('<h1>Statement by Mr. Example (Ruritania) to the Security Council, S/PV.7316</h1>');
    expect(html.match(/class="para" id="p\d+"/g)).toEqual(['class="para" id="p1"', 'class="para" id="p2"', 'class="para" id="p3"']);
    expect(html).toMatch(/<a href="\/glossary\/ctc\/"[^>]*class="term"[^>]*>Counter-Terrorism Committee<\/a>/);
    expect(html).toMatch(/<a href="\/glossary\/unodc\/"[^>]*>United Nations\s+Office on Drugs and Crime<\/a>/);
    expect(html).toContain('https://undocs.org/S/PV.7316');
    const plain = read('statements/ruritania-plain/index.html');
    expect(plain).toContain('<h1>Statement by the President to the Security Council</h1>');
  });

  it('gets its data file', () => {
    const json = JSON.parse(read(`statements/${corpus}.json`));
    expect(JSON.stringify(json)).toContain('inter-national expertise');
    expect(JSON.stringify(json)).toContain('"ctc"');
    expect(existsSync(dist('statements/ruritania-plain.json'))).toBe(true);
  });

  it('is in the search index', () => {
    // Every statement's text as the search reads it (/pagefind/statements/<year>/<n>.bin), whatever its year.
    const dir = dist('pagefind/statements');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.bin'));
    const fragments = files.map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    const page = fragments.find((f) => f.includes(`"url":"/statements/${corpus}/"`));
    expect(page).toBeDefined();
    expect(page).toContain('Ruritanian Counter-Extremism Agency');
    expect(fragments.some((f) => f.includes('"url":"/statements/ruritania-plain/"'))).toBe(true);
  });

  it('is named on the glossary pages of the entities it mentions', () => {
    expect(read('glossary/ctc/index.html')).toContain(`/statements/${corpus}/#p2`);
    expect(read('glossary/osce/index.html')).toContain(`/statements/${corpus}/#p2`);
    expect(read('glossary/security-council/index.html')).toContain('/statements/ruritania-plain/#p2');
  });

  it('from a real one-line record: sentence ids, the edition’s reading blocks said so, furniture out of the text and in the data', () => {
    const slug = 'unsc-2020-spv-8704-spch002';
    const html = read(`statements/${slug}/index.html`);
    expect(html.match(/class="para" id="p\d+"/g)).toEqual(['class="para" id="p1"']);
    expect(html).toContain('<span class="s" id="p1-s1">');
    expect(html).toContain('<span class="s" id="p1-s63">');
    expect(html.match(/<p class="rb">/g)!.length).toBeGreaterThan(5);
    expect(html).toContain('The breaks between its reading blocks are the edition’s, not the record’s');
    expect(html).toMatch(/1,6\d\d words, about 9 minutes/);
    expect(html).toContain('class="outline"');
    // The running head is not in the text, and the About says where it stood.
    const text = html.slice(html.indexOf('<div class="text">'), html.indexOf('class="about-edition"'));
    expect(text).not.toContain('16/01/2020');
    expect(html).toContain('the record prints its page furniture here (<q>16/01/2020 The situation in the Middle East S/PV.8704</q>');
    const json = JSON.parse(read(`statements/${slug}.json`));
    const p1 = json.paragraphs[0];
    expect(p1.text).not.toContain('16/01/2020');
    expect(p1.furniture).toEqual([{ kind: 'running-head', text: '16/01/2020 The situation in the Middle East S/PV.8704', at: expect.any(Number) }]);
    expect(p1.text.slice(p1.furniture[0].at - 14, p1.furniture[0].at)).toBe('positive sign.');
    expect(p1.readingBlocks.by).toBe('edition');
    expect(p1.readingBlocks.firstSentences[0]).toBe('p1-s1');
    expect(p1.sentences).toHaveLength(63);
    expect(json.corrections).toEqual([{ paragraph: 1, sic: '|', corr: 'I' }]);
    expect(read(`statements/${slug}.txt`)).toContain('positive sign. [record’s page furniture: “16/01/2020 The situation in the Middle East S/PV.8704”] I know first-hand');
    expect(read(`statements/${slug}.md`)).toContain('the record prints its page furniture “16/01/2020 The situation in the Middle East S/PV.8704” after “…agreement is a very positive sign.”');
  });

  it('keeps the page of the longest real record within 40 KiB transferred', () => {
    const html = readFileSync(dist('statements/unsc-2020-spv-8717-spch007/index.html'));
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });
});
