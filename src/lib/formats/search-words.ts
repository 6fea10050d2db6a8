/**
 * The word index's files (src/lib/model/search/word-index.ts), made from the
 * statements as Pagefind indexed them, one year at a time, newest first:
 *
 * - `index.json`: how many files the terms are spread over (fileName), and
 *   each year's statements (the numbers `from` … `from + statements − 1`);
 * - `<n>.bin`: the terms whose keys are filed there, each with the numbers of
 *   the statements that hold it (every file is written, an empty one too:
 *   whatever a reader types is looked up in a file that is there);
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
import { COLUMN_KEYS as FACET_KEYS, type YearRange } from '../model/search/answer.ts';
import { encodePostings, fileName, termKey, termsOf } from '../model/search/word-index.ts';


export interface WordIndexManifest {
  version: 1;
  /** How many files the terms are spread over. */
  files: number;
  statements: number;
  /** Newest first. */
  years: YearRange[];
}

/** A facet: its values, and for each statement (by number) the index of its value, as base-36 numbers joined by commas. */
export interface FacetColumn {
  values: string[];
  of: string;
}

/**
 * About this many bytes of JSON per file before compression, on average (a few hundred bytes on the wire; a
 * common word's own numbers more): a reader typing a word letter by letter asks for one file per letter.
 * At most MAX_FILES files, for a host's sake (at the corpus's size the files grow instead).
 */
const BYTES_PER_FILE = 600;
const MAX_FILES = 65_536;

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
      const postings = encodePostings(numbers, this.count);
      const entry = byKey.get(key) ?? { terms: [], size: 0 };
      entry.terms.push([term, postings]);
      entry.size += term.length + postings.length + 6;
      byKey.set(key, entry);
    }
    const total = [...byKey.values()].reduce((n, v) => n + v.size, 0);
    const count = Math.min(MAX_FILES, Math.max(1, Math.ceil(total / BYTES_PER_FILE)));
    const grouped = new Map<string, Record<string, string>>();
    for (const [key, { terms }] of byKey) {
      const name = fileName(key, count);
      const bucket = grouped.get(name) ?? {};
      for (const [term, postings] of terms) bucket[term] = postings;
      grouped.set(name, bucket);
    }
    const files = new Map<string, unknown>();
    // Every one of the files, an empty one too: whatever a reader types is filed in one that is there.
    for (let k = 0; k < count; k++) files.set(`${k}.bin`, grouped.get(String(k)) ?? {});
    FACET_KEYS.forEach((key, i) => {
      const { values, of } = this.facets[i];
      files.set(`facets-${key}.bin`, { values: [...values.keys()], of: of.map((v) => v.toString(36)).join(',') } satisfies FacetColumn);
    });
    const manifest: WordIndexManifest = { version: 1, files: count, statements: this.count, years: this.years };
    files.set('index.json', manifest);
    return files;
  }
}
