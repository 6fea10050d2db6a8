/**
 * Which statements a search looks in. The index is built in bundles: the
 * glossary's (loaded first) and one per year of statements
 * (src/integrations/search-index.ts). A search of the whole edition — the
 * default — merges every year's bundle; the reader narrows it with filters
 * (year, country or body, meeting, speaker), which Pagefind applies inside
 * the merged index.
 */
import { INSTANCE_OPTIONS, type Pagefind } from './pagefind.ts';
import { hrefs } from '../../lib/routing/routes.ts';
import type { SearchState } from './state.ts';

export interface YearCount {
  year: string;
  statements: number;
}

const link = hrefs(import.meta.env.BASE_URL);
let years: Promise<YearCount[]> | undefined;

/** The years that have a bundle, newest first (a small file written with the index). */
export function loadYears(): Promise<YearCount[]> {
  years ??= fetch(link.searchYears).then((r) => {
    if (!r.ok) throw new Error(`${link.searchYears}: HTTP ${r.status}`);
    return r.json() as Promise<YearCount[]>;
  });
  // A failed fetch is not kept: the next search asks again.
  years.catch(() => (years = undefined));
  return years;
}

// Per Pagefind instance, each year's merge as it happens: a keystroke that comes while a year is
// being merged waits for that merge instead of merging the year again.
const merged = new WeakMap<Pagefind, Map<string, Promise<void>>>();

/** Merges the year bundles a search needs into this Pagefind (once each): one year's, or all of them. */
export async function mergeYears(pf: Pagefind, list: YearCount[], year = ''): Promise<void> {
  let done = merged.get(pf);
  if (!done) merged.set(pf, (done = new Map()));
  const wanted = year ? list.filter((y) => y.year === year) : list;
  await Promise.all(
    wanted.map(({ year }) => {
      let merging = done.get(year);
      // The bundle's pages all get these filters without a filter file to fetch.
      if (!merging) done.set(year, (merging = pf.mergeIndex(link.searchYear(year), { ...INSTANCE_OPTIONS, mergeFilter: { kind: 'Statement', year } })));
      return merging;
    }),
  );
}

/** Pagefind's filters for the statements the reader's filters leave. */
export function statementFilters(state: Pick<SearchState, 'year' | 'country' | 'meeting' | 'speaker'>): Record<string, string> {
  const chosen = Object.entries({ year: state.year, country: state.country, meeting: state.meeting, speaker: state.speaker }).filter(([, v]) => v);
  return { kind: 'Statement', ...Object.fromEntries(chosen) };
}
