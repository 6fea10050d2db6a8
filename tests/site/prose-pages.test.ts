/**
 * The edition's own prose pages are real MDX pages: each built page is made
 * from its file in content/pages/ (its title, its headings, every GFM table of
 * the source rendered as a <table> with the source's header cells, no table
 * syntax left as text), at the routes module's address, linked from the footer
 * of every page. The verdict scale on the method page says what the ledger's
 * scale (src/lib/claims/ledger.ts) says, so the two cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { repoRoot, buildOptions } from '../bench/dist-check.ts';
import { hrefs, paths } from '../../src/lib/routing/routes.ts';
import { verdicts, verdictIds } from '../../src/lib/claims/ledger.ts';

interface Node { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] }

const all = (n: Node, name: string): Node[] => [...(n.nodeName === name ? [n] : []), ...(n.childNodes ?? []).flatMap((c) => all(c, name))];
const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join('')).replace(/\s+/g, ' ').trim();
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

const built = (path: string) => parse(readFileSync(join(repoRoot, 'dist', path, 'index.html'), 'utf8')) as unknown as Node;
const source = (name: string) => readFileSync(join(repoRoot, 'content/pages', `${name}.mdx`), 'utf8');

/** The GFM tables of a Markdown source: each table's header cells (the row above a delimiter row). */
function gfmTableHeaders(md: string): string[][] {
  const lines = md.split('\n');
  return lines.flatMap((line, i) =>
    /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line) ? [lines[i - 1].split('|').slice(1, -1).map((c) => c.trim().replace(/[*`]/g, ''))] : [],
  );
}

const rows = (table: Node) => all(table, 'tr').map((tr) => [...all(tr, 'th'), ...all(tr, 'td')].map(text));

describe('the prose pages, built from their MDX', () => {
  for (const [name, path] of [['about', paths.about], ['method', paths.method]] as const) {
    it(`${path} is content/pages/${name}.mdx, its GFM tables rendered as tables`, () => {
      const md = source(name);
      const title = /^title: (.+)$/m.exec(md)![1];
      const doc = built(path);
      const main = all(doc, 'main')[0];
      expect(all(main, 'h1').map(text)).toEqual([title]);
      expect(text(all(doc, 'title')[0])).toContain(title);
      // Every second-level heading of the source is a heading of the page, in order.
      const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings.length).toBeGreaterThan(2);
      expect(all(main, 'h2').map(text)).toEqual(headings);

      const expected = gfmTableHeaders(md);
      const tables = all(main, 'table');
      expect(expected.length).toBeGreaterThan(0);
      expect(tables.map((t) => rows(t)[0])).toEqual(expected);
      for (const t of tables) expect(rows(t).length).toBeGreaterThan(1);
      // No table (or other Markdown) left as text.
      expect(text(main)).not.toMatch(/\|\s*-{3,}|\]\(http/);
    });
  }

  it('the method page gives the ledger’s own verdict scale, strongest first', () => {
    const scale = all(all(built(paths.method), 'main')[0], 'table').find((t) => rows(t)[0][0] === 'Verdict');
    expect(scale).toBeDefined();
    expect(rows(scale!).slice(1)).toEqual(verdictIds.map((id) => [verdicts[id].label, String(verdicts[id].rating), verdicts[id].criteria]));
  });

  it('the footer of every page links both, at the routes module’s addresses', () => {
    const link = hrefs(buildOptions().base);
    for (const path of [paths.home, paths.glossary, paths.about, paths.method]) {
      const footer = all(built(path), 'footer')[0];
      const hrefsInFooter = all(footer, 'a').map((a) => attr(a, 'href'));
      expect(hrefsInFooter).toEqual(expect.arrayContaining([link.about, link.method]));
    }
  });
});
