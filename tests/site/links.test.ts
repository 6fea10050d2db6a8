/**
 * Every internal link, asset and #fragment of the built site resolves: each
 * href/src (and og:/twitter: image and URL, and site addresses in JSON-LD and
 * the JSON files) names a file of dist/, and its #id exists in that page.
 * External links are not to mirror domains. The checker is first shown to fail
 * on a small broken site.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildOptions, checkLinks, htmlPages, repoRoot } from '../bench/dist-check.ts';

const dist = join(repoRoot, 'dist');

/** Problems grouped by what is wrong, each with up to three of the pages where it is. */
function summary(problems: string[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const p of problems) {
    const [file, ...rest] = p.split(': ');
    const reason = rest.join(': ');
    byReason.set(reason, [...(byReason.get(reason) ?? []), file]);
  }
  return [...byReason].map(([reason, files]) => `${reason} (in ${files.length} file(s): ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`);
}

describe('the link checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

  it('finds missing files, missing fragments, folders without a slash, links outside the base and mirror domains', () => {
    write('index.html', page('<p id="p1">x</p><a href="#p1">ok</a><a href="glossary/a/#intro">ok</a><a href="/glossary/a/#p9">bad id</a>'));
    write('glossary/a/index.html', page('<h2 id="intro">A</h2><a href="../b/">gone</a><a href="/glossary/a">no slash</a><img src="/x.png" alt="">'));
    write('data.json', JSON.stringify({ url: 'https://example.org/glossary/missing/', other: 'https://www.un.org/' }));
    write(
      'mirror.html',
      page(
        '<a href="https://docslib.org/doc/1">mirror</a><a href="https://docslib.org./doc/2">mirror, trailing dot</a>' +
          '<a href="https://notdocslib.org/">another site</a><a href="https://www.un.org/">fine</a><a href="https://example.org/elsewhere">site, no file</a>',
      ),
    );
    const { problems, external } = checkLinks(dir, { site: 'https://example.org', base: '/' });
    expect(problems).toEqual([
      'data.json: JSON "https://example.org/glossary/missing/": no such file dist/glossary/missing/index.html',
      'glossary/a/index.html: <a href> "../b/": no such file dist/glossary/b/index.html',
      `glossary/a/index.html: <a href> "/glossary/a": a folder without its trailing slash (the site uses trailingSlash 'always')`,
      'glossary/a/index.html: <img src> "/x.png": no such file dist/x.png',
      'index.html: <a href> "/glossary/a/#p9": no element with id "p9" in dist/glossary/a/index.html',
      'mirror.html: <a href> "https://docslib.org/doc/1": a mirror domain (docslib.org); cite the official address',
      'mirror.html: <a href> "https://docslib.org./doc/2": a mirror domain (docslib.org.); cite the official address',
      'mirror.html: <a href> "https://example.org/elsewhere": no such file dist/elsewhere',
    ]);
    expect(external).toBe(4);
  });

  it('resolves addresses under a base path and refuses those outside it', () => {
    write('sub/index.html', page('<a href="/verbatim/glossary/a/#intro">ok</a><a href="/glossary/a/">outside</a>'));
    const { problems } = checkLinks(dir, { site: 'https://example.org', base: '/verbatim/' });
    expect(problems).toContain('sub/index.html: <a href> "/glossary/a/": outside the base path /verbatim/');
    expect(problems).not.toContain(expect.stringContaining('"/verbatim/glossary/a/#intro"'));
  });
});

describe('the built site', () => {
  it('has the pages and data files a reader and a machine reach', () => {
    const pages = htmlPages(dist);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages).toContain('glossary/index.html');
    const statements = pages.filter((p) => /^statements\/[^/]+\/index\.html$/.test(p)).map((p) => p.split('/')[1]);
    expect(statements.length).toBeGreaterThan(0);
    // The JSON endpoints: the glossary, and each statement's data, text, Markdown and annotations.
    const glossary = JSON.parse(readFileSync(join(dist, 'glossary.json'), 'utf8'));
    expect(glossary).toBeTruthy();
    for (const slug of statements) {
      for (const ext of ['json', 'txt', 'md', 'annotations.jsonld']) {
        expect(existsSync(join(dist, `statements/${slug}.${ext}`)), `statements/${slug}.${ext}`).toBe(true);
      }
      JSON.parse(readFileSync(join(dist, `statements/${slug}.json`), 'utf8'));
      JSON.parse(readFileSync(join(dist, `statements/${slug}.annotations.jsonld`), 'utf8'));
    }
    for (const schema of ['schemas/glossary.schema.json', 'schemas/statement.schema.json']) expect(existsSync(join(dist, schema)), schema).toBe(true);
  });

  it('has no broken internal link, asset or fragment, and no link to a mirror domain', () => {
    const report = checkLinks(dist, buildOptions());
    // It really looked: the statement's paragraphs, the glossary pages and the sources.
    expect(report.internal).toBeGreaterThan(500);
    expect(report.fragments).toBeGreaterThan(100);
    expect(report.external).toBeGreaterThan(50);
    expect(summary(report.problems)).toEqual([]);
  });
});
