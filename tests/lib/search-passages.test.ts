/**
 * The passages of a statement that answer a query (src/lib/model/search/passages.ts),
 * on what Pagefind returned for real pages of the edition: the featured statement
 * and a one-paragraph 2020 statement (tests/fixtures/search-pages.json, the
 * `content`, `anchors` and `sub_results` of each page's search data).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { excerptAround, passagesOf, type IndexedPage } from '../../src/lib/model/search/passages.ts';
import { parseQuery } from '../../src/lib/model/search/query.ts';

const pages = JSON.parse(readFileSync(new URL('../fixtures/search-pages.json', import.meta.url), 'utf8')) as { featured: IndexedPage; charter: IndexedPage[]; corrected: IndexedPage };

describe('passagesOf', () => {
  it('finds a mention by another of its names (in the index, not in the text), at its paragraph', () => {
    const found = passagesOf(pages.featured, parseQuery('UNODC'));
    expect(found.map((p) => p.href)).toEqual(['/statements/kazakhstan-2014-terrorism/#p5']);
    expect(found[0]).toMatchObject({ paragraph: 5, rank: 2 });
    expect(found[0].sentence).toBeUndefined();
  });

  it('lands in a long paragraph on the sentence that holds the phrase', () => {
    const [page] = pages.charter;
    const found = passagesOf(page, parseQuery('Charter of the United Nations'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ paragraph: 1, rank: 1 });
    expect(found[0].href).toMatch(/#p1-s\d+$/);
    expect(found[0].text).toContain('Charter of the United Nations');
  });

  it('quotes a sentence with every word as printed, an editorial correction included (“| have” reads “I have”)', () => {
    const [first] = passagesOf(pages.corrected, parseQuery('"Security Council"'));
    expect(first.href).toMatch(/#p1-s1$/);
    expect(first.text).toMatch(/^Mr\. Singer Weisinger \(Dominican Republic\) \(spoke in Spanish\): I have the honour/);
    expect(first.text).not.toMatch(/[⟦⟧⁺]/);
  });

  it('finds no passage where the words are not all there, and none for stop words', () => {
    expect(passagesOf(pages.featured, parseQuery('Charter of the United Nations'))).toEqual([]);
    expect(passagesOf(pages.featured, parseQuery('the'))).toEqual([]);
    expect(passagesOf(pages.featured, parseQuery('"Security Council" zzqxv'))).toEqual([]);
  });
});

describe('excerptAround', () => {
  it('cuts a long text around the place it answers, saying where it cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const at = words.indexOf('w60');
    const cut = excerptAround(words, at, 20);
    expect(cut).toMatch(/^… w55 .* w74 …$/);
    expect(excerptAround('a short one', 0)).toBe('a short one');
  });
});
