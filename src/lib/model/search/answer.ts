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

/**
 * The answer's statements and counts. Matches and phrase holders are ascending, and so are the years' numbers:
 * each is walked once beside the other, and values are counted by their place in a filter's list, not by name
 * (a whole-edition answer holds tens of thousands of statements, and is worked out again at every keystroke).
 */
export function answerOf(m: Matches, o: AnswerOptions): Answer {
  const keys = (['year', 'country', 'meeting', 'speaker'] as const).filter((k) => k === 'year' || o.columns[k]);
  const chosen = (['year', 'country', 'meeting', 'speaker'] as const).filter((k) => o.chosen[k]);
  for (const k of chosen) if (k !== 'year' && !o.columns[k]) throw new Error(`search: the ${k} filter's values are not loaded`);
  const yearIndex = yearsOfMatches(m.all, o.years);
  /** Each filter's values, and the place among them of each match's value (−1: none). */
  const filter = (key: FacetKey): { names: string[]; of: (k: number) => number } => {
    if (key === 'year') return { names: o.years.map((y) => y.year), of: (k) => yearIndex[k] };
    const column = o.columns[key]!;
    return { names: column.values, of: (k) => column.of[m.all[k]] ?? -1 };
  };
  // For each match, how many chosen filters it fails, and the last one it fails (a match failing one filter
  // still counts towards that filter's values).
  const failed = new Uint8Array(m.all.length);
  const failedAt = new Int8Array(m.all.length).fill(-1);
  chosen.forEach((key, c) => {
    const { names, of } = filter(key);
    const wanted = names.indexOf(o.chosen[key]!);
    for (let k = 0; k < m.all.length; k++) {
      if (wanted < 0 || of(k) !== wanted) {
        failed[k]++;
        failedAt[k] = c;
      }
    }
  });
  const facets: Answer['facets'] = {};
  for (const key of keys) {
    const c = chosen.indexOf(key);
    const { names, of } = filter(key);
    const tally = new Int32Array(names.length);
    for (let k = 0; k < m.all.length; k++) {
      if (failed[k] > 1 || (failed[k] === 1 && failedAt[k] !== c)) continue;
      const v = of(k);
      if (v >= 0) tally[v]++;
    }
    const counts: Record<string, number> = {};
    tally.forEach((n, v) => {
      if (n > 0 && names[v] !== '') counts[names[v]] = (counts[names[v]] ?? 0) + n;
    });
    facets[key] = counts;
  }
  const holds = holdersAmong(m.all, m.phrase);
  const all: number[] = [];
  const phraseHolders: number[] = [];
  const others: number[] = [];
  for (let k = 0; k < m.all.length; k++) {
    if (failed[k]) continue;
    all.push(m.all[k]);
    (holds[k] ? phraseHolders : others).push(m.all[k]);
  }
  const phrase = o.phraseFirst ? phraseHolders.length : undefined;
  if (o.sort === 'oldest') return { statements: all.reverse(), phrase, facets };
  if (o.sort === 'newest' || !o.phraseFirst) return { statements: all, phrase, facets };
  return { statements: [...phraseHolders, ...others], phrase, facets };
}

/** The place in `years` of each of the ascending numbers' year (−1: none), walking the years beside them. */
function yearsOfMatches(numbers: number[], years: YearRange[]): Int32Array {
  const out = new Int32Array(numbers.length);
  let y = 0;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    while (y < years.length && n >= years[y].from + years[y].statements) y++;
    if (y < years.length && n >= years[y].from) out[k] = y;
    else {
      const found = yearOf(n, years);
      out[k] = found ? years.indexOf(found) : -1;
    }
  }
  return out;
}

/** Which of the ascending `numbers` are in the ascending `holders`. */
function holdersAmong(numbers: number[], holders: number[]): Uint8Array {
  const out = new Uint8Array(numbers.length);
  let j = 0;
  for (let k = 0; k < numbers.length && j < holders.length; k++) {
    while (j < holders.length && holders[j] < numbers[k]) j++;
    if (holders[j] === numbers[k]) out[k] = 1;
  }
  return out;
}
