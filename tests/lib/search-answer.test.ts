/** A search's answer over the edition (src/lib/model/search/answer.ts): filters, their counts, and the order. */
import { describe, expect, it } from 'vitest';
import { answerOf, everyStatement, yearOf, type AnswerOptions, type Column } from '../../src/lib/model/search/answer.ts';

// Seven statements, newest first: 2020 (0–2), 2014 (3–4), 1995 (5–6).
const years = [
  { year: '2020', from: 0, statements: 3 },
  { year: '2014', from: 3, statements: 2 },
  { year: '1995', from: 5, statements: 2 },
];
const country: Column = { values: ['France', 'Kazakhstan', 'China'], of: [0, 1, 2, 1, 0, 0, 1] };
const options = (o: Partial<AnswerOptions> = {}): AnswerOptions => ({ years, columns: { country }, chosen: {}, sort: 'relevance', phraseFirst: false, ...o });
const matches = { all: [0, 1, 3, 4, 6], phrase: [3, 6] };

describe('yearOf', () => {
  it('finds the year of every number, and none past the last', () => {
    expect([0, 2, 3, 4, 5, 6].map((n) => yearOf(n, years)?.year)).toEqual(['2020', '2020', '2014', '2014', '1995', '1995']);
    expect(yearOf(7, years)).toBeUndefined();
    expect(everyStatement(years).all).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('answerOf', () => {
  it('lists the statements newest first, or oldest first', () => {
    expect(answerOf(matches, options()).statements).toEqual([0, 1, 3, 4, 6]);
    expect(answerOf(matches, options({ sort: 'newest' })).statements).toEqual([0, 1, 3, 4, 6]);
    expect(answerOf(matches, options({ sort: 'oldest' })).statements).toEqual([6, 4, 3, 1, 0]);
  });

  it('puts the phrase holders first by relevance, and counts them in any order', () => {
    expect(answerOf(matches, options({ phraseFirst: true }))).toMatchObject({ statements: [3, 6, 0, 1, 4], phrase: 2 });
    expect(answerOf(matches, options({ phraseFirst: true, sort: 'newest' }))).toMatchObject({ statements: [0, 1, 3, 4, 6], phrase: 2 });
  });

  it('narrows by the filters and counts each value with the other filters applied', () => {
    const a = answerOf(matches, options({ chosen: { year: '2014' } }));
    expect(a.statements).toEqual([3, 4]);
    // Every year stays listed with its own count: the reader can switch to another.
    expect(a.facets.year).toEqual({ '2020': 2, '2014': 2, '1995': 1 });
    expect(a.facets.country).toEqual({ Kazakhstan: 1, France: 1 });
    const b = answerOf(matches, options({ chosen: { year: '2014', country: 'France' } }));
    expect(b.statements).toEqual([4]);
    expect(b.facets.year).toEqual({ '2020': 1, '2014': 1 });
    expect(b.facets.country).toEqual({ Kazakhstan: 1, France: 1 });
  });

  it('refuses a filter whose values are not loaded', () => {
    expect(() => answerOf(matches, options({ columns: {}, chosen: { speaker: 'Mr. Abdrakhmanov' } }))).toThrow(/speaker/);
  });
});

/** The answer as its definition says it, one statement at a time: what the walks side by side must equal. */
function answerByDefinition(m: { all: number[]; phrase: number[] }, o: AnswerOptions) {
  const valueOf = (key: string, n: number) => (key === 'year' ? yearOf(n, o.years)?.year : o.columns[key as 'country']!.values[o.columns[key as 'country']!.of[n]]);
  const chosen = Object.keys(o.chosen).filter((k) => o.chosen[k as 'year']);
  const passes = (n: number, except?: string) => chosen.every((k) => k === except || valueOf(k, n) === o.chosen[k as 'year']);
  const facets: Record<string, Record<string, number>> = {};
  for (const key of ['year', ...Object.keys(o.columns)]) {
    facets[key] = {};
    for (const n of m.all) if (passes(n, key)) facets[key][valueOf(key, n)!] = (facets[key][valueOf(key, n)!] ?? 0) + 1;
  }
  const all = m.all.filter((n) => passes(n));
  const holders = all.filter((n) => m.phrase.includes(n));
  return { statements: [...holders, ...all.filter((n) => !m.phrase.includes(n))], phrase: holders.length, facets };
}

describe('answerOf, against its definition', () => {
  it('gives the same statements, phrase count and filter counts for random answers and filters', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const many = [
      { year: '2020', from: 0, statements: 40 },
      { year: '2019', from: 40, statements: 1 },
      { year: '2014', from: 41, statements: 59 },
    ];
    const countries: Column = { values: ['France', 'Kazakhstan', 'China'], of: Array.from({ length: 100 }, () => Math.floor(random() * 3)) };
    for (let round = 0; round < 50; round++) {
      const all = Array.from({ length: 100 }, (_, n) => n).filter(() => random() < 0.4);
      const phrase = all.filter(() => random() < 0.5);
      const chosen = { ...(random() < 0.5 ? { year: ['2020', '2019', '2014'][Math.floor(random() * 3)] } : {}), ...(random() < 0.5 ? { country: countries.values[Math.floor(random() * 3)] } : {}) };
      const o: AnswerOptions = { years: many, columns: { country: countries }, chosen, sort: 'relevance', phraseFirst: true };
      expect(answerOf({ all, phrase }, o), JSON.stringify({ all, phrase, chosen })).toEqual(answerByDefinition({ all, phrase }, o));
    }
  });
});
