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
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';

const fixtures = join(root, 'tests/fixtures/importer');
const corpus = 'unsc-2014-spv-7316-spch018';
let site: TempSite;
let report: string;
beforeAll(() => {
  site = tempSite();
  const add = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'src/importer/cli.ts'), ...args], { cwd: site.dir, env: { ...process.env, INIT_CWD: site.dir }, encoding: 'utf8' });
  report = add(join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt'));
  report += add(join(fixtures, 'ruritania-plain.txt'), '--date', '2015', '--slug', 'ruritania-plain');
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
    // Every Pagefind bundle of the build (one, or one per year), whatever its layout.
    const dir = dist('pagefind');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pf_fragment'));
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
});
