/** Countries and bodies on the browse pages: one page and one name for the spellings of one name; distinct names never share a page. */
import { describe, expect, it } from 'vitest';
import { canonicalName, countryGroups, sameName } from '../../src/lib/model/browse/countries.ts';
import type { StatementSummary } from '../../src/lib/model/statement/statement.ts';

const s = (slug: string, country: string) => ({ slug, country, file: `content/statements/${slug}.mdx`, title: slug }) as StatementSummary;

describe('countryGroups', () => {
  it('puts the corpus’s and the labels’ spellings on one page under the labels’ name', () => {
    const groups = countryGroups([s('a', 'Republic Of Korea'), s('b', 'Republic of Korea'), s('c', 'United Kingdom Of Great Britain And Northern Ireland'), s('d', 'United Kingdom of Great Britain and Northern Ireland')]);
    expect(groups.map((g) => [g.key, g.label, g.items.length])).toEqual([
      ['republic-of-korea', 'Republic of Korea', 2],
      ['united-kingdom-of-great-britain-and-northern-ireland', 'United Kingdom of Great Britain and Northern Ireland', 2],
    ]);
  });

  it('gives 日本, 中国 and "." a page each (M6)', () => {
    const groups = countryGroups([s('a', '日本'), s('b', '中国'), s('c', '.')]);
    expect(groups.map((g) => g.key).sort()).toEqual(['u2e', 'u4e2d-u56fd', 'u65e5-u672c']);
    expect(groups.every((g) => g.items.length === 1)).toBe(true);
  });

  it('fails, naming both files, when two different names would share an address', () => {
    expect(() => countryGroups([s('a', 'Korea (Republic of)'), s('b', 'Korea, Republic of')])).toThrow(
      /content\/statements\/a\.mdx and content\/statements\/b\.mdx: the countries "Korea \(Republic of\)" and "Korea, Republic of" are different names but would share one country page \(korea-republic-of\)/,
    );
    expect(() => countryGroups([s('a', '日本 Japan'), s('b', 'Japan')])).toThrow(/a\.mdx and .*b\.mdx/);
  });
});

describe('names', () => {
  it('are the same name whatever their case, accents and apostrophes', () => {
    expect(sameName('Côte d’Ivoire')).toBe(sameName("Cote D'Ivoire"));
    expect(sameName('Korea (Republic of)')).not.toBe(sameName('Korea, Republic of'));
  });
  it('are shown as the labels spell them, over the corpus’s title case', () => {
    expect(canonicalName(['Republic Of Korea', 'Republic Of Korea', 'Republic of Korea'])).toBe('Republic of Korea');
    expect(canonicalName(["Cote D'Ivoire"])).toBe("Cote D'Ivoire");
  });
});
