/**
 * One search, asked of Pagefind: the glossary entries the query names, and the
 * statements that hold its words across the whole edition (or what the
 * filters leave), those that hold it as a phrase first. Fragments are not
 * fetched here: the list asks for the statements' data a few at a time
 * (see panel.ts), and turns each into its passages (passageItems).
 */
import { cleanExcerpt, type Run } from '../../lib/model/text/excerpt.ts';
import { nameKey } from '../../lib/model/text/text.ts';
import { formatDate } from '../../lib/model/dates.ts';
import { markQuery, pagefindQuery, queryExcerpt, queryRanges, type Query } from '../../lib/model/search/query.ts';
import { excerptAround, passagesOf } from '../../lib/model/search/passages.ts';
import type { Pagefind, PagefindData, PagefindResult } from './pagefind.ts';
import { statementFilters } from './scope.ts';
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
  /** Statements holding the words, in the order shown. */
  statements: PagefindResult[];
  /** Of those, how many hold the query as a phrase (unquoted queries of several words). */
  phrase?: number;
  /** For each filter, how many statements each value would leave. */
  facets: Record<string, Record<string, number>>;
  /** The names of the entries the query names (marked in excerpts), and the address parameters a result carries. */
  names: string[];
  param: string;
}

const SORTS = { relevance: undefined, newest: { day: 'desc' }, oldest: { day: 'asc' } } as const;

/** Asks Pagefind; `stale` says when a newer keystroke has come (nothing more is fetched then). */
export async function find(pf: Pagefind, state: SearchState, query: Query, stale: () => boolean): Promise<Found | undefined> {
  const text = pagefindQuery(query);
  // The index chunks the query needs are fetched first; a query overtaken meanwhile is not searched.
  await pf.preload(text);
  if (stale()) return undefined;
  const sort = SORTS[state.sort];
  const wantsEntries = state.type !== 'Statement';
  const wantsStatements = state.type === '' || state.type === 'Statement';
  const options = { filters: statementFilters(state), ...(sort ? { sort } : {}) };
  // Statements: Pagefind's plain search also brings near misses ("unodc" finds "un"), so each
  // phrase and each word is asked for exactly, and a statement must hold them all.
  const inPhrase = new Set(query.quoted ? query.phrases.flat() : []);
  const exact = [...(query.quoted ? query.phrases.map((p) => p.join(' ')) : []), ...query.words.filter((w) => !inPhrase.has(w))];
  // Only statements whose text holds the words (not a title or other field alone).
  const ask = (q: string) => pf.search(q, options).then((r) => (r?.results ?? []).filter((x) => x.words.length > 0));
  // A query of several words unquoted: the statements holding them as a phrase come first.
  const phraseText = !query.quoted && query.phrases.length ? query.phrases[0].join(' ') : '';
  const [entries, lists, phrase] = await Promise.all([
    wantsEntries ? pf.search(text, { filters: { kind: 'Entry', ...(state.type ? { type: state.type } : {}) } }) : null,
    wantsStatements ? Promise.all(exact.map((w) => ask(`"${w}"`))) : Promise.resolve([]),
    wantsStatements && phraseText ? ask(`"${phraseText}"`) : Promise.resolve(undefined),
  ]);
  // The last word while it is being typed: no word is exactly it yet, so it counts as the start of one.
  const last = exact.length - 1;
  if (wantsStatements && !query.quoted && last >= 0 && lists[last].length === 0) lists[last] = await ask(exact[last]);
  if (stale()) return undefined;
  const entryData = await Promise.all((entries?.results ?? []).slice(0, 3).map((r) => r.data()));
  // In the order of the fewest (the rarest word's, by relevance or date), those that every list holds.
  const sets = lists.map((l) => new Set(l.map((r) => r.id)));
  const rarest = lists.reduce<PagefindResult[]>((a, b) => (a.length && a.length <= b.length ? a : b), lists[0] ?? []);
  const all = rarest.filter((r) => sets.every((ids) => ids.has(r.id)));
  const first = state.sort === 'relevance' ? (phrase ?? []).filter((r) => sets.every((ids) => ids.has(r.id))) : [];
  const ids = new Set(first.map((r) => r.id));
  const ordered = [...first, ...all.filter((r) => !ids.has(r.id))];
  // An entry the query names outright ("SCO", "Shanghai Cooperation Organisation") comes first, whatever Pagefind's ranking.
  const namesOf = (d: PagefindData) => [d.meta.title, ...(d.meta.names ?? '').split(' · ')].filter(Boolean);
  const named = entryData.filter((d) => namesOf(d).some((n) => nameKey(n) === nameKey(query.text)));
  const sorted = [...entryData].sort((a, b) => Number(named.includes(b)) - Number(named.includes(a)));
  const chosen = named.length ? named : sorted.slice(0, 3);
  const entityIds = chosen.map((d) => d.meta.entity).filter(Boolean);
  return {
    query,
    entries: sorted,
    statements: ordered,
    phrase: phrase ? first.length : undefined,
    // Pagefind counts the statements of one search: exact when the query is one word or one phrase.
    facets: exact.length === 1 && wantsStatements ? await facetsOf(pf, `"${exact[0]}"`, options) : {},
    names: chosen.flatMap(namesOf),
    param: `?q=${encodeURIComponent(query.text)}${entityIds.length ? `&e=${entityIds.join(',')}` : ''}`,
  };
}

async function facetsOf(pf: Pagefind, q: string, options: Record<string, unknown>) {
  return (await pf.search(q, options))?.filters ?? {};
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

/** A statement's passages that answer the query, as results. */
export function passageItems(found: Found, d: PagefindData): Item[] {
  return passagesOf(d, found.query).map((p) => {
    const plain = p.excerptHtml === undefined;
    const text = plain ? excerptAround(p.text, queryRanges(p.text, found.query)[0]?.[0] ?? 0) : '';
    const [path, hash] = p.href.split('#');
    return {
      kind: 'paragraph',
      href: `${path}${found.param}#${hash}`,
      label: p.sentence ? `¶ ${p.paragraph}, sentence ${p.sentence}` : `¶ ${p.paragraph}`,
      context: provenance(d),
      excerpt: plain ? markQuery([{ text, marked: false }], found.query, found.names) : queryExcerpt(p.excerptHtml!, found.query, found.names),
    };
  });
}
