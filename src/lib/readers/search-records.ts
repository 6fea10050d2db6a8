/**
 * The statements' search records as a build wrote them
 * (`pagefind/statements/<year>/<n>.bin`: src/lib/formats/search-words.ts
 * statementRecord), read back one year at a time. The merge (issue 23) makes
 * the word index of the whole corpus from them, years newest first, holding
 * one year's records at a time; a record that is not whole fails, named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexedFragment } from '../model/search/indexed.ts';
import { paths } from '../routing/routes.ts';

/** The folder of every year's records in `dist`. */
export const recordsDir = (dist: string) => dirname(dirname(join(dist, paths.searchStatement(0, 0))));

/** The years that have records, newest first. */
export function recordYears(dist: string): string[] {
  const dir = recordsDir(dist);
  return existsSync(dir) ? readdirSync(dir).filter((y) => /^\d{4}$/.test(y)).sort().reverse() : [];
}

/** A year's records in number order (0 … n−1), as the fragments they were made from (without the text no passage needs). */
export function readYearRecords(dist: string, year: string): IndexedFragment[] {
  const dir = dirname(join(dist, paths.searchStatement(year, 0)));
  const names = readdirSync(dir);
  const out: IndexedFragment[] = [];
  for (let n = 0; n < names.length; n++) {
    const file = join(dist, paths.searchStatement(year, n));
    if (!existsSync(file)) throw new Error(`${file}: missing (the records of ${year} are numbered 0 … ${names.length - 1})`);
    let r: Partial<IndexedFragment>;
    try {
      r = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Partial<IndexedFragment>;
    } catch (e) {
      throw new Error(`${file}: not a search record (${(e as Error).message})`);
    }
    if (typeof r.url !== 'string' || typeof r.content !== 'string') throw new Error(`${file}: a search record without its url or content`);
    out.push({ hash: String(n), url: r.url, content: r.content, anchors: r.anchors ?? [], filters: r.filters ?? {}, meta: r.meta ?? {} });
  }
  return out;
}
