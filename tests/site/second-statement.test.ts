/** Adding a statement is adding an MDX file (and its record): no code changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';

let site: TempSite;
beforeAll(() => {
  site = tempSite();
  const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/second-statement', name), 'utf8');
  site.write('content/statements/fixture-statement.mdx', fixture('fixture-statement.mdx'));
  site.write('content/sources/fixture-statement.txt', fixture('fixture-statement.txt'));
  // 25 more copies, so that more statements name the CTC than one entity page lists.
  for (let i = 2; i <= 26; i++) {
    site.write(`content/statements/fixture-statement-${i}.mdx`, fixture('fixture-statement.mdx').replace('record: ../sources/fixture-statement.txt', `record: ../sources/fixture-statement-${i}.txt`).replace('year: 2015', `year: ${2040 - i}`));
    site.write(`content/sources/fixture-statement-${i}.txt`, fixture('fixture-statement.txt'));
  }
  // One of them with a probable meeting date, which every list must print as probable.
  const probable = readFileSync(join(site.dir, 'content/statements/fixture-statement-2.mdx'), 'utf8').replace('  status: unknown', '  status: probable\n  date: 2030-05-04');
  site.write('content/statements/fixture-statement-2.mdx', probable);
  site.build();
});
afterAll(() => site?.remove());

describe('a second statement file', () => {
  it('becomes a second page with its own numbered, linked paragraphs', () => {
    const page = join(site.dir, 'dist/statements/fixture-statement/index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1>Test fixture statement on the Counter-Terrorism Committee</h1>');
    expect(html.match(/class="para" id="p\d"/g)).toEqual(['class="para" id="p1"', 'class="para" id="p2"']);
    expect(html).toMatch(/<a href="\/glossary\/ctc\/"[^>]*data-entity="ctc"[^>]*>Counter-Terrorism Committee<\/a>/);
    expect(existsSync(join(site.dir, 'dist/statements/kazakhstan-2014-terrorism/index.html'))).toBe(true);
  });

  it('is listed on the home page and named on the entity pages it mentions', () => {
    const home = readFileSync(join(site.dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/statements/fixture-statement/"');
    const item = home.slice(home.indexOf('href="/statements/fixture-statement-2/"'));
    expect(item.slice(0, item.indexOf('</li>'))).toMatch(/4 May 2030 <span class="badge"[^>]*>probable<\/span>/);
    const ctc = readFileSync(join(site.dir, 'dist/glossary/ctc/index.html'), 'utf8');
    expect(ctc).toContain('/statements/fixture-statement/#p1');
    expect(ctc).toContain('/statements/kazakhstan-2014-terrorism/#p2');
  });

  it('pages an entity’s list of statements once there are more than a page holds', () => {
    const first = readFileSync(join(site.dir, 'dist/glossary/ctc/index.html'), 'utf8');
    const second = readFileSync(join(site.dir, 'dist/glossary/ctc/2/index.html'), 'utf8');
    const listed = (html: string) => (html.match(/<section class="mentions">/g) ?? []).length;
    // 27 statements name the CTC: 25 on the first page, 2 on the second.
    expect([listed(first), listed(second)]).toEqual([25, 2]);
    expect(first).toContain('href="/glossary/ctc/2/"');
    expect(second).toContain('href="/glossary/ctc/" rel="prev"');
    expect(existsSync(join(site.dir, 'dist/glossary/ctc/3/index.html'))).toBe(false);
  });

  it('is indexed for search as its own statement', () => {
    expect(existsSync(join(site.dir, 'dist/pagefind/pagefind.js'))).toBe(true);
  });
});
