/**
 * What a search is — the words, the kind of result, the filters and the
 * order — as one value that the address carries (`/search/?q=UNODC&year=2014`),
 * so that a search can be linked, bookmarked and restored.
 */
import type { SortOrder } from '../../lib/model/search/answer.ts';

export type { SortOrder };

export interface SearchState {
  q: string;
  /** A kind of glossary entry, "Statement" for passages only, or "" for both. */
  type: string;
  year: string;
  country: string;
  /** The meeting's record (S/PV.7316). */
  meeting: string;
  speaker: string;
  sort: SortOrder;
}

export const emptyState = (): SearchState => ({ q: '', type: '', year: '', country: '', meeting: '', speaker: '', sort: 'relevance' });

const KEYS = ['q', 'type', 'year', 'country', 'meeting', 'speaker', 'sort'] as const;
const SORTS: SortOrder[] = ['relevance', 'newest', 'oldest'];

/** The state an address's query string names; anything unknown or malformed is left at its default. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    if (key === 'sort') state.sort = SORTS.includes(value as SortOrder) ? (value as SortOrder) : 'relevance';
    else if (key === 'year') state.year = /^\d{4}$/.test(value) ? value : '';
    else state[key] = value.slice(0, 200);
  }
  return state;
}

/** The query string of a state: only what differs from the default, in a fixed order. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const blank = emptyState();
  for (const key of KEYS) if (state[key] && state[key] !== blank[key]) params.set(key, state[key]);
  return params;
}

/** Whether any filter narrows the statements. */
export const narrowed = (s: SearchState) => Boolean(s.year || s.country || s.meeting || s.speaker);
