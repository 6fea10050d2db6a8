/**
 * A search's answer over the whole edition, from the word index's matches
 * (word-index.ts): the statements the reader's filters leave, in the order
 * asked for, and for each filter how many statements each of its values
 * would leave (the other filters applied, so that a value can be switched
 * for another). Statements are numbers, newest first (search-words.ts).
 */
import type { Matches } from './word-index.ts';

export type FacetKey = 'year' | 'country' | 'meeting' | 'speaker';
/** The filters whose values are columns of the index (the year is the statements' numbers). */
export const COLUMN_KEYS = ['country', 'meeting', 'speaker'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface YearRange {
  year: string;
  from: number;
  statements: number;
}

/** A filter's values, and each statement's value (an index into them), by number. */
export interface Column {
  values: string[];
  of: number[];
}

export interface AnswerOptions {
  years: YearRange[];
  /** The filters' columns fetched so far (year needs none). */
  columns: Partial<Record<ColumnKey, Column>>;
  chosen: Partial<Record<FacetKey, string>>;
  sort: SortOrder;
  /** Whether the phrase holders come first (a query of several words, unquoted). */
  phraseFirst: boolean;
}

export interface Answer {
  /** The statements, in the order shown. */
  statements: number[];
  /** Of those, how many hold the phrase (when phraseFirst). */
  phrase?: number;
  /** For each filter, how many statements each value would leave. */
  facets: Partial<Record<FacetKey, Record<string, number>>>;
}

/** The year a statement number is in (the years newest first, their numbers in order). */
export function yearOf(n: number, years: YearRange[]): YearRange | undefined {
  let lo = 0;
  let hi = years.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = years[mid];
    if (n < y.from) hi = mid - 1;
    else if (n >= y.from + y.statements) lo = mid + 1;
    else return y;
  }
  return undefined;
}

/** Every statement of the edition: what a filter's counts are of before anything is searched. */
export function everyStatement(years: YearRange[]): Matches {
  const total = years.reduce((n, y) => n + y.statements, 0);
  return { all: Array.from({ length: total }, (_, i) => i), phrase: [] };
}

export function answerOf(m: Matches, o: AnswerOptions): Answer {
  const keys = (['year', 'country', 'meeting', 'speaker'] as const).filter((k) => k === 'year' || o.columns[k]);
  const valueOf = (key: FacetKey, n: number): string | undefined => {
    if (key === 'year') return yearOf(n, o.years)?.year;
    const column = o.columns[key]!;
    return column.values[column.of[n]];
  };
  const chosen = (['year', 'country', 'meeting', 'speaker'] as const).filter((k) => o.chosen[k]);
  for (const k of chosen) if (k !== 'year' && !o.columns[k]) throw new Error(`search: the ${k} filter's values are not loaded`);
  const passes = (n: number, except?: FacetKey) => chosen.every((k) => k === except || valueOf(k, n) === o.chosen[k]);
  const all = m.all.filter((n) => passes(n));
  const facets: Answer['facets'] = {};
  for (const key of keys) {
    const counts: Record<string, number> = {};
    for (const n of m.all) {
      if (!passes(n, key)) continue;
      const v = valueOf(key, n);
      if (v !== undefined && v !== '') counts[v] = (counts[v] ?? 0) + 1;
    }
    facets[key] = counts;
  }
  const holders = new Set(m.phrase);
  const phrase = o.phraseFirst ? all.filter((n) => holders.has(n)).length : undefined;
  if (o.sort === 'oldest') return { statements: all.reverse(), phrase, facets };
  if (o.sort === 'newest' || !o.phraseFirst) return { statements: all, phrase, facets };
  return { statements: [...all.filter((n) => holders.has(n)), ...all.filter((n) => !holders.has(n))], phrase, facets };
}
