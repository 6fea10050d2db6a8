import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { countryOf, groupBy, meetingsOf, neighbours, slugify } from '../../src/lib/model/browse/browse.ts';
import { pagerNumbers } from '../../src/lib/model/glossary/mentions.ts';
import { readMentionPage, writeMentionIndex } from '../../src/lib/readers/mention-index.ts';
import { sitemapChunk, sitemapCount, sitemapIndex, urlset } from '../../src/lib/formats/sitemap.ts';
import { pagePaths } from '../../src/pages/_lib/paging.ts';
import type { StatementSummary } from '../../src/lib/model/statement/statement.ts';

const summary = (slug: string, over: Partial<StatementSummary> & { record?: string; speech?: number; date?: string } = {}): StatementSummary => ({
  slug,
  file: `content/statements/${slug}.mdx`,
  title: `Statement ${slug}`,
  year: over.year ?? 2014,
  country: over.country ?? 'Kazakhstan',
  speaker: 'Mr. X',
  body: 'United Nations Security Council',
  featured: false,
  meeting: { status: 'probable', ...(over.record ? { record: over.record } : {}), ...(over.speech ? { speech: over.speech } : {}), ...(over.date ? { date: over.date } : {}) },
  paragraphs: 1,
  mentions: 0,
  named: over.named ?? [],
  cache: '',
});

describe('slugify', () => {
  it('makes path segments of record symbols and names', () => {
    expect(slugify('S/PV.7316')).toBe('s-pv-7316');
    expect(slugify('S/PV.7316 (Resumption 1)')).toBe('s-pv-7316-resumption-1');
    expect(slugify('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(slugify('')).toBe('unnamed');
  });

  it('gives a name with no Latin letter or digit a stable address of its own (M6: they all were "unnamed")', () => {
    expect(slugify('日本')).toBe('u65e5-u672c');
    expect(slugify('中国')).toBe('u4e2d-u56fd');
    expect(slugify('.')).toBe('u2e');
    expect(new Set(['日本', '中国', '.', '***'].map(slugify)).size).toBe(4);
  });
});

describe('groupBy and countryOf', () => {
  it('keeps the order inside groups and sorts the groups', () => {
    const list = [summary('a', { country: 'Peru' }), summary('b', { country: '' }), summary('c', { country: 'Chad' }), summary('d', { country: 'Peru' })];
    const groups = groupBy(list, countryOf, (x, y) => x.localeCompare(y));
    expect(groups.map((g) => [g.label, g.key, g.items.map((s) => s.slug)])).toEqual([
      ['Chad', 'chad', ['c']],
      ['Not stated', 'not-stated', ['b']],
      ['Peru', 'peru', ['a', 'd']],
    ]);
  });
});

describe('meetings', () => {
  const list = [
    summary('late', { record: 'S/PV.2', speech: 3, year: 2015 }),
    summary('first', { record: 'S/PV.2', speech: 1, year: 2015 }),
    summary('old', { record: 'S/PV.1', speech: 2, year: 2014 }),
    summary('loose', { year: 2014 }),
    summary('unnumbered', { record: 'S/PV.1', year: 2014 }),
  ];
  const meetings = meetingsOf(list);

  it('lists each meeting newest first, with its speeches in the order given', () => {
    expect(meetings.map((m) => [m.key, m.statements.map((s) => s.slug)])).toEqual([
      ['s-pv-2', ['first', 'late']],
      ['s-pv-1', ['old', 'unnumbered']],
    ]);
  });

  it('links a speech to the speeches before and after it, only where the order is known', () => {
    expect(neighbours(meetings[0], 'first')).toEqual({ next: list[0] });
    expect(neighbours(meetings[0], 'late')).toEqual({ previous: list[1] });
    expect(neighbours(meetings[1], 'old')).toEqual({});
    expect(neighbours(meetings[1], 'unnumbered')).toEqual({});
    expect(neighbours(undefined, 'loose')).toEqual({});
  });
});

describe('pagers and pages', () => {
  it('shows a bounded number of page links however many pages there are', () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(50, 400)).toEqual([1, null, 48, 49, 50, 51, 52, null, 400]);
    expect(pagerNumbers(400, 400)).toEqual([1, null, 398, 399, 400]);
    expect(pagerNumbers(1, 1000).length).toBeLessThanOrEqual(9);
  });

  it('gives page 1 the bare address and the others a number', () => {
    const paths = pagePaths([1, 2, 3, 4, 5], { year: '2014' }, 2);
    expect(paths.map((p) => p.params)).toEqual([{ year: '2014', page: undefined }, { year: '2014', page: '2' }, { year: '2014', page: '3' }]);
    expect(paths[2].props).toEqual({ items: [5], page: 3, pages: 3, total: 5 });
  });
});

describe('the mentions index', () => {
  const statement = (n: number) => ({
    paragraphs: [{ n: 1, id: 'p1', text: `The SCO and the CTC, statement ${n}.` }],
    mentions: [
      { entity: 'sco', paragraph: 1, start: 4, end: 7, text: 'SCO', explicit: false, probable: false, nested: [] },
      ...(n % 2 ? [{ entity: 'ctc', paragraph: 1, start: 16, end: 19, text: 'CTC', explicit: false, probable: n === 1, nested: [] }] : []),
    ],
  });
  const list = Array.from({ length: 5 }, (_, i) => summary(`s${i + 1}`));

  it('cuts each entity’s statements into pages, with a snippet per paragraph', () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-mentions-'));
    const { dir, totals } = writeMentionIndex(list, (s) => statement(Number(s.slug.slice(1))), root, 2);
    expect(totals).toEqual({ statements: { sco: 5, ctc: 3 }, perPage: 2 });
    expect(readMentionPage(dir, 'sco', 1).map((e) => e.slug)).toEqual(['s1', 's2']);
    expect(readMentionPage(dir, 'sco', 3).map((e) => e.slug)).toEqual(['s5']);
    expect(readMentionPage(dir, 'ctc', 1)[0]).toEqual({
      slug: 's1',
      title: 'Statement s1',
      snippets: [{ paragraph: 1, before: 'The SCO and the ', text: 'CTC', after: ', statement 1.', how: 'probable identification' }],
    });
    expect(readMentionPage(dir, 'ctc', 2).map((e) => e.slug)).toEqual(['s5']);
    // Written once: the same corpus finds it in place.
    expect(writeMentionIndex(list, () => { throw new Error('read again'); }, root, 2).dir).toBe(dir);
    // The corpus edited: its new index replaces the old one, which the cache does not keep.
    const edited = writeMentionIndex(list.slice(1), (s) => statement(Number(s.slug.slice(1))), root, 2);
    expect(edited.dir).not.toBe(dir);
    expect(readdirSync(root)).toEqual([basename(edited.dir)]);
  });
});

describe('sitemaps', () => {
  it('splits the addresses into files and indexes them', () => {
    expect(sitemapCount(0)).toBe(1);
    expect(sitemapCount(25_001, 10_000)).toBe(3);
    expect(sitemapChunk(['a', 'b', 'c'], 2, 2)).toEqual(['c']);
    expect(urlset(['https://x.example/a&b/'])).toContain('<url><loc>https://x.example/a&amp;b/</loc></url>');
    expect(sitemapIndex(['https://x.example/sitemaps/1.xml'])).toMatch(/<sitemapindex [^>]*>\n {2}<sitemap><loc>https:\/\/x\.example\/sitemaps\/1\.xml<\/loc><\/sitemap>/);
  });
});
