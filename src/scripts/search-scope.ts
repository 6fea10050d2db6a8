/**
 * Which statements a search looks in. The index is built in bundles: the
 * glossary's (loaded first) and one per year of statements
 * (src/integrations/search-index.ts). A search merges the bundle of the year
 * it is scoped to — the year of the statement being read, else the latest —
 * or, when the reader asks for all years, every bundle. So the first search
 * fetches one year's index, however many years the edition holds.
 */
import { INSTANCE_OPTIONS, type Pagefind } from './pagefind.ts';
import { hrefs } from '../lib/routing/routes.ts';

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

/** The year a search starts in: the page's statement's, if it has a bundle, else the latest. */
export function defaultYear(list: YearCount[]): string {
  const here = document.querySelector<HTMLElement>('[data-year]')?.dataset.year;
  return list.some((y) => y.year === here) ? here! : (list[0]?.year ?? '');
}

// Per Pagefind instance, each year's merge as it happens: a keystroke that comes while a year is
// being merged waits for that merge instead of merging the year again.
const merged = new WeakMap<Pagefind, Map<string, Promise<void>>>();

/** Merges the bundles a scope needs into this Pagefind (once each); "all" needs every year's. */
export async function mergeScope(pf: Pagefind, scope: string, list: YearCount[]): Promise<void> {
  let done = merged.get(pf);
  if (!done) merged.set(pf, (done = new Map()));
  const wanted = scope === 'all' ? list.map((y) => y.year) : [scope];
  await Promise.all(
    wanted.filter(Boolean).map((year) => {
      let merging = done.get(year);
      // The bundle's pages all get these filters without a filter file to fetch.
      if (!merging) done.set(year, (merging = pf.mergeIndex(link.searchYear(year), { ...INSTANCE_OPTIONS, mergeFilter: { kind: 'Statement', year } })));
      return merging;
    }),
  );
}

/** The filters that search the statements of a scope (optionally of one country or body). */
export function statementFilters(scope: string, country: string): Record<string, string> {
  return { kind: 'Statement', ...(scope && scope !== 'all' ? { year: scope } : {}), ...(country ? { country } : {}) };
}
