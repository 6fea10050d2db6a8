/**
 * The edition's word index in the browser (written by
 * src/lib/formats/search-words.ts): its list of years and files, the files a
 * query looks up, the filters' columns, and each statement's text as Pagefind
 * indexed it, fetched when its passages are shown. Everything
 * is fetched once and kept; a failed fetch is not kept, so the next search
 * asks again.
 */
import { hrefs, normalBase } from '../../lib/routing/routes.ts';
import type { Query } from '../../lib/model/search/query.ts';
import { fileName, holdsEveryWord, lookups, matchesOf, type Bucket, type Matches } from '../../lib/model/search/word-index.ts';
import { yearOf, type Column, type ColumnKey } from '../../lib/model/search/answer.ts';
import type { WordIndexManifest } from '../../lib/formats/search-words.ts';
import type { PagefindData } from './pagefind.ts';

type WordIndex = WordIndexManifest;

const base = import.meta.env.BASE_URL;
const link = hrefs(base);

const kept = new Map<string, Promise<unknown>>();
/** One fetch per address, kept unless it fails. */
function once<T>(url: string, read: (r: Response) => Promise<T>): Promise<T> {
  let p = kept.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return read(r);
    });
    kept.set(url, p);
    p.catch(() => kept.delete(url));
  }
  return p;
}

/** A gzip file's text, whatever the server's own compression. */
const gunzip = (r: Response) => new Response(r.body!.pipeThrough(new DecompressionStream('gzip'))).text();

export const loadWordIndex = () => once<WordIndex>(link.searchWords, (r) => r.json() as Promise<WordIndex>);
const file = <T>(name: string) => once<T>(link.searchWordsFile(name), async (r) => JSON.parse(await gunzip(r)) as T);

/**
 * The statements that hold the query, by number: its words' files first, then (if every word is there) its
 * pairs'. Before the work of matching, the keystrokes waiting are let in: a query they make `stale` is not matched.
 */
export async function matchesFor(q: Query, stale: () => boolean = () => false): Promise<Matches | undefined> {
  const index = await loadWordIndex();
  const { words, pairs } = lookups(q);
  const byKey = new Map<string, Bucket>();
  const fetchAll = async (keys: string[]) => {
    const files = await Promise.all(keys.map((k) => file<Bucket>(fileName(k, index.files))));
    keys.forEach((k, i) => byKey.set(k, files[i]));
  };
  const get = (key: string) => byKey.get(key) ?? {};
  await fetchAll(words);
  if (!holdsEveryWord(q, get)) return { all: [], phrase: [] };
  await fetchAll(pairs);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return stale() ? undefined : matchesOf(q, get);
}

/** A filter's column: its values, and each statement's. */
export async function loadColumn(key: ColumnKey): Promise<Column> {
  const c = await file<{ values: string[]; of: string }>(`facets-${key}`);
  return { values: c.values, of: c.of ? c.of.split(',').map((v) => parseInt(v, 36)) : [] };
}

/** One statement's text, anchors, filters and metadata, as Pagefind indexed it. */
export async function statementData(n: number): Promise<PagefindData> {
  const index = await loadWordIndex();
  const year = yearOf(n, index.years);
  if (!year) throw new Error(`search: no statement ${n}`);
  const url = link.searchStatement(year.year, n - year.from);
  const d = JSON.parse(await once(url, gunzip)) as Omit<PagefindData, 'excerpt' | 'sub_results'>;
  // Pagefind keeps the address from the site's root; the site may live under a base path.
  return { ...d, url: `${normalBase(base)}${d.url.replace(/^\//, '')}`, excerpt: '', sub_results: [] };
}
