/**
 * The word index's files (src/lib/model/search/word-index.ts), made from the
 * statements as Pagefind indexed them, one year at a time, newest first:
 *
 * - `index.json`: the starts of keys that were split (fileOf), how many
 *   files the starts are spread over (fileName), and each year's statements
 *   (the numbers `from` … `from + statements − 1`);
 * - `<n>.bin`: the terms whose keys begin with the starts filed there, each
 *   with the numbers of the statements that hold it;
 * - `facets-<country|meeting|speaker>.bin`: each statement's value of that
 *   filter, for the filters and their counts (fetched when the reader uses one).
 *
 * Statements are numbered newest first (by day, then by address, so a
 * meeting's speeches keep their order): the newest-first order is the numbers'.
 * The `.bin` files are written gzip (by the integration), which the browser
 * opens with DecompressionStream, whatever the server's own compression; this
 * module says what they hold.
 */
import type { IndexedFragment } from '../model/search/indexed.ts';
import { encodePostings, fileName, termKey, termsOf } from '../model/search/word-index.ts';

export const FACET_KEYS = ['country', 'meeting', 'speaker'] as const;

export interface WordIndexManifest {
  version: 1;
  /** The starts of keys too large for one file, split by their next letter. */
  splits: string[];
  /** How many files the starts are spread over. */
  files: number;
  statements: number;
  /** Newest first. */
  years: { year: string; from: number; statements: number }[];
}

/** A facet: its values, and for each statement (by number) the index of its value, as base-36 numbers joined by commas. */
export interface FacetColumn {
  values: string[];
  of: string;
}

/** At most about this many bytes of JSON per file before compression (a few KiB on the wire), unless one key is larger. */
const BYTES_PER_FILE = 2000;

/**
 * A statement as the search reads it (`statements/<year>/<n>.bin`): Pagefind's
 * fragment without the anchors' own text and titles, which no passage needs
 * (about a third of its bytes).
 */
export function statementRecord(f: IndexedFragment): unknown {
  return { url: f.url, content: f.content, anchors: f.anchors, filters: f.filters, meta: f.meta };
}

/** Newest day first, a statement without a day last, then by address. */
function byDay(a: IndexedFragment, b: IndexedFragment): number {
  const da = a.meta.day ?? '';
  const db = b.meta.day ?? '';
  if (da !== db) return db.localeCompare(da);
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

export class WordIndexBuilder {
  private terms = new Map<string, number[]>();
  private years: WordIndexManifest['years'] = [];
  private facets = FACET_KEYS.map(() => ({ values: new Map<string, number>(), of: [] as number[] }));
  private count = 0;

  /** Adds one year's statements (years newest first); returns them in number order. */
  addYear(year: string, fragments: IndexedFragment[]): IndexedFragment[] {
    const last = this.years[this.years.length - 1];
    if (last && last.year <= year) throw new Error(`word index: year ${year} added after ${last.year} (newest first)`);
    const ordered = [...fragments].sort(byDay);
    this.years.push({ year, from: this.count, statements: ordered.length });
    for (const f of ordered) {
      const n = this.count++;
      for (const term of termsOf(f.content)) {
        const list = this.terms.get(term);
        if (list) list.push(n);
        else this.terms.set(term, [n]);
      }
      FACET_KEYS.forEach((key, i) => {
        const value = f.filters[key]?.[0] ?? '';
        const { values, of } = this.facets[i];
        if (!values.has(value)) values.set(value, values.size);
        of.push(values.get(value)!);
      });
    }
    return ordered;
  }

  /** Every file, by its path inside the index's folder, as the JSON value it holds. */
  files(): Map<string, unknown> {
    const byKey = new Map<string, { terms: [string, string][]; size: number }>();
    for (const [term, numbers] of this.terms) {
      const key = termKey(term);
      const postings = encodePostings(numbers);
      const entry = byKey.get(key) ?? { terms: [], size: 0 };
      entry.terms.push([term, postings]);
      entry.size += term.length + postings.length + 6;
      byKey.set(key, entry);
    }
    const { splits, files: layout } = fileLayout(new Map([...byKey].map(([k, v]) => [k, v.size])));
    const total = [...byKey.values()].reduce((n, v) => n + v.size, 0);
    const count = Math.max(1, Math.ceil(total / BYTES_PER_FILE));
    const grouped = new Map<string, Record<string, string>>();
    for (const [key, file] of layout) {
      const name = fileName(file, count);
      const bucket = grouped.get(name) ?? {};
      for (const [term, postings] of byKey.get(key)!.terms) bucket[term] = postings;
      grouped.set(name, bucket);
    }
    const files = new Map<string, unknown>();
    // Every one of the files, an empty one too: whatever a reader types is filed in one that is there.
    for (let k = 0; k < count; k++) files.set(`${k}.bin`, grouped.get(String(k)) ?? {});
    FACET_KEYS.forEach((key, i) => {
      const { values, of } = this.facets[i];
      files.set(`facets-${key}.bin`, { values: [...values.keys()], of: of.map((v) => v.toString(36)).join(',') } satisfies FacetColumn);
    });
    const manifest: WordIndexManifest = { version: 1, splits: [...splits].sort(), files: count, statements: this.count, years: this.years };
    files.set('index.json', manifest);
    return files;
  }
}

/**
 * Which file each key goes to: keys are grouped by their first three letters
 * (a shorter key alone), and a group larger than BYTES_PER_FILE is split by
 * the next letter, again and again; a key equal to a split start goes to the
 * file `<start>$`. The same walk in the browser (fileOf) finds a key's file
 * from the list of split starts.
 */
export function fileLayout(sizes: Map<string, number>, target = BYTES_PER_FILE): { splits: Set<string>; files: Map<string, string> } {
  const splits = new Set<string>();
  const files = new Map<string, string>();
  const place = (start: string, keys: string[]) => {
    const size = keys.reduce((n, k) => n + sizes.get(k)!, 0);
    const longer = keys.filter((k) => k.length > start.length);
    if (size <= target || longer.length === 0) {
      for (const k of keys) files.set(k, start);
      return;
    }
    splits.add(start);
    for (const k of keys) if (k.length === start.length) files.set(k, `${start}$`);
    for (const [child, group] of groupBy(longer, start.length + 1)) place(child, group);
  };
  for (const [start, group] of groupBy([...sizes.keys()], 3)) place(start, group);
  return { splits, files };
}

function groupBy(keys: string[], length: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const start = k.slice(0, length);
    const list = groups.get(start);
    if (list) list.push(k);
    else groups.set(start, [k]);
  }
  return groups;
}
