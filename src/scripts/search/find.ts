/**
 * One search: the glossary entries the query names (Pagefind, over the
 * glossary's bundle), and the statements that hold its words across the whole
 * edition, or what the filters leave, those that hold it as a phrase first
 * (the edition's word index: one small file per word, whatever the number of
 * years). Statements' texts are not fetched here: the list asks for them a few
 * at a time (see panel.ts), and turns each into its passages (passageItems).
 */
import { cleanExcerpt, runsOf, type Run } from '../../lib/model/text/excerpt.ts';
import { nameKey } from '../../lib/model/text/text.ts';
import { formatDate } from '../../lib/model/dates.ts';
import { pagefindQuery, queryRanges, queryRuns, type Query } from '../../lib/model/search/query.ts';
import { excerptAround, passagesOf } from '../../lib/model/search/passages.ts';
import { answerOf, COLUMN_KEYS, type Answer, type Column, type ColumnKey, type FacetKey } from '../../lib/model/search/answer.ts';
import type { Pagefind, PagefindData } from './pagefind.ts';
import { loadColumn, loadWordIndex, matchesFor, statementData } from './words.ts';
import type { SearchState } from './state.ts';

export interface Item {
  kind: 'entity' | 'paragraph';
  href: string;
  label: string;
  context: string;
  excerpt: Run[];
}

export interface Found {
  query: Query;
  /** The top three entries' data, the one the query names first. */
  entries: PagefindData[];
  /** Statements holding the words, by number, in the order shown. */
  statements: number[];
  /** Of those, how many hold the query as a phrase (unquoted queries of several words). */
  phrase?: number;
  /** For each filter, how many statements each value would leave. */
  facets: Partial<Record<FacetKey, Record<string, number>>>;
  /** The names of the entries the query names (marked in excerpts), and the address parameters a result carries. */
  names: string[];
  param: string;
}

const columns: Partial<Record<ColumnKey, Column>> = {};
/** Statements whose texts are fetched with the answer: the list's first batch (panel.ts). */
export const FIRST = 5;

/** Fetches the filters' columns: those chosen, or (`all`) every one, once the reader goes to the filters. */
export async function loadColumns(state: SearchState, all: boolean): Promise<Partial<Record<ColumnKey, Column>>> {
  const wanted = COLUMN_KEYS.filter((k) => !columns[k] && (all || state[k]));
  const loaded = await Promise.all(wanted.map(loadColumn));
  wanted.forEach((k, i) => (columns[k] = loaded[i]));
  return columns;
}

/**
 * Asks for the texts of the statements the list shows first (it asks again, and gets the same fetch): the
 * best one alone, so that nothing waits beside it, then the others.
 */
function prefetch(numbers: number[]) {
  const [best, ...rest] = numbers;
  if (best === undefined) return;
  const others = () => rest.forEach((n) => statementData(n).catch(() => undefined));
  statementData(best).then(others, others);
}

let searching: Promise<unknown> | undefined;
/**
 * Pagefind's search of the glossary, one at a time: it runs on the main thread and cannot be called off, so
 * while one runs the keystrokes that come wait, and only the newest is searched when it is done.
 */
async function glossarySearch(pf: Pagefind, text: string, options: Record<string, unknown>, stale: () => boolean) {
  while (searching) {
    await searching.catch(() => undefined);
    if (stale()) return null;
  }
  const mine = pf.search(text, options);
  searching = mine;
  try {
    return await mine;
  } finally {
    if (searching === mine) searching = undefined;
  }
}

/** Asks Pagefind and the word index; `stale` says when a newer keystroke has come (nothing more is fetched then). */
export async function find(pf: Pagefind, state: SearchState, query: Query, stale: () => boolean): Promise<Found | undefined> {
  const text = pagefindQuery(query);
  const wantsEntries = state.type !== 'Statement';
  const wantsStatements = state.type === '' || state.type === 'Statement';
  // The statements' answer is worked out, and its first statement's text asked for, while Pagefind searches the glossary.
  const answering = Promise.all([wantsStatements ? matchesFor(query, stale) : undefined, loadWordIndex(), loadColumns(state, false)]).then(([matches, index]) => {
    if (!matches || stale()) return { statements: [], facets: {} } as Answer;
    const answer = answerOf(matches, {
      years: index.years,
      columns,
      chosen: { year: state.year, country: state.country, meeting: state.meeting, speaker: state.speaker },
      sort: state.sort,
      phraseFirst: !query.quoted && query.phrases.length > 0,
    });
    prefetch(answer.statements.slice(0, FIRST));
    return answer;
  });
  // The entries' data is fetched as soon as Pagefind has answered, beside the statements' answer, not after it.
  const entries = wantsEntries
    ? glossarySearch(pf, text, { filters: { kind: 'Entry', ...(state.type ? { type: state.type } : {}) } }, stale).then((found) =>
        stale() ? [] : Promise.all((found?.results ?? []).slice(0, 3).map((r) => r.data())),
      )
    : [];
  const [entryData, answer] = await Promise.all([entries, answering]);
  if (stale()) return undefined;
  // An entry the query names outright ("SCO", "Shanghai Cooperation Organisation") comes first, whatever Pagefind's ranking.
  const namesOf = (d: PagefindData) => [d.meta.title, ...(d.meta.names ?? '').split(' · ')].filter(Boolean);
  const named = entryData.filter((d) => namesOf(d).some((n) => nameKey(n) === nameKey(query.text)));
  const sorted = [...entryData].sort((a, b) => Number(named.includes(b)) - Number(named.includes(a)));
  const chosen = named.length ? named : sorted.slice(0, 3);
  const entityIds = chosen.map((d) => d.meta.entity).filter(Boolean);
  return {
    query,
    entries: sorted,
    statements: answer.statements,
    phrase: answer.phrase,
    facets: answer.facets,
    names: chosen.flatMap(namesOf),
    param: `?q=${encodeURIComponent(query.text)}${entityIds.length ? `&e=${entityIds.join(',')}` : ''}`,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function entryItems(found: Found): Item[] {
  return found.entries.map((d) => ({
    kind: 'entity',
    href: d.url,
    label: d.meta.title,
    context: d.filters.type?.[0] ?? 'Glossary',
    excerpt: cleanExcerpt(d.meta.definition ? escapeHtml(d.meta.definition) : d.excerpt, found.names),
  }));
}

/** Where a statement is from, at a glance: speaker (country, or the State presiding), meeting, date. */
export function provenance(d: PagefindData): string {
  const one = (key: string) => d.filters[key]?.[0] ?? '';
  const [speaker, country, record, presiding] = ['speaker', 'country', 'meeting', 'presiding'].map(one);
  const of = presiding ? `presiding for ${presiding}` : country && country !== 'Not stated' && !speaker.includes(country) ? country : '';
  // The day as the index keeps it (20141119): a number no query matches.
  const day = /^(\d{4})(\d{2})?(\d{2})?$/.exec(d.meta.day ?? '');
  const date = day ? formatDate([day[1], day[2], day[3]].filter(Boolean).join('-')) : '';
  return [of ? `${speaker} (${of})` : speaker, record, date].filter(Boolean).join(' · ');
}

/**
 * A statement's passages that answer the query, as results. The excerpt is
 * cut from the passage as indexed (unquoted, the mentions' other names count),
 * around the first place the query answers; a word found in a mention's other
 * names marks the mention (queryRuns).
 */
export function passageItems(found: Found, d: PagefindData): Item[] {
  const q = found.query;
  return passagesOf(d, q).map((p) => {
    const [path, hash] = p.href.split('#');
    const source = q.quoted ? p.text : p.indexed;
    const window = excerptAround(source, queryRanges(source, q)[0]?.[0] ?? 0);
    const marks = Array.from({ length: window.length }, () => false);
    for (const [a, b] of queryRanges(window, q)) marks.fill(true, a, b);
    return {
      kind: 'paragraph',
      href: `${path}${found.param}#${hash}`,
      label: p.sentence ? `¶ ${p.paragraph}, sentence ${p.sentence}` : `¶ ${p.paragraph}`,
      context: provenance(d),
      excerpt: queryRuns(runsOf(window, marks), q, found.names),
    };
  });
}
