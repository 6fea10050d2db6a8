/**
 * The built site's word index (dist/pagefind/words/) answers as a reading of
 * every statement's text would: for each query, the statements it lists are
 * exactly those whose text (with the mentions' other names, unquoted) holds
 * every word, and for a quoted phrase of two words those that hold it as
 * written. Each statement's record is where the browser reads its passages.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repoRoot } from '../bench/dist-check.ts';
import { paths } from '../../src/lib/routing/routes.ts';
import { parseQuery, passageRank, sameWord, wordsOf } from '../../src/lib/model/search/query.ts';
import { ALIAS_BLOCK, fileName, matchesOf, type Bucket } from '../../src/lib/model/search/word-index.ts';

const dist = join(repoRoot, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, paths.searchWords), 'utf8')) as { files: number; statements: number; years: { year: string; from: number; statements: number }[] };
const gunzipJson = <T>(file: string): T => JSON.parse(gunzipSync(readFileSync(join(dist, file))).toString('utf8')) as T;
const records = manifest.years.flatMap((y) => Array.from({ length: y.statements }, (_, n) => gunzipJson<{ url: string; content: string; meta: Record<string, string> }>(paths.searchStatement(y.year, n))));
const file = (key: string) => gunzipJson<Bucket>(paths.searchWordsFile(fileName(key, manifest.files)));

/** The statements a reading of every text finds: every word (unquoted, its other names too), and a quoted phrase as written. */
function readEvery(query: string): number[] {
  const q = parseQuery(query);
  return records.flatMap((r, n) => {
    const text = q.quoted ? r.content.replace(ALIAS_BLOCK, ' ') : r.content;
    const tokens = wordsOf(text);
    const words = q.words.every((w) => tokens.some((t) => sameWord(t, w)));
    const phrase = !q.quoted || passageRank(text, { ...q, words: q.phrases.flat() }) === 1;
    return words && phrase ? [n] : [];
  });
}

describe('the word index of the built site', () => {
  it('numbers every statement of the site, newest year first, by day within it', () => {
    const pages = readdirSync(join(dist, 'statements')).filter((f) => existsSync(join(dist, 'statements', f, 'index.html'))).length;
    expect(manifest.statements).toBe(pages);
    expect(records).toHaveLength(pages);
    expect(manifest.years.map((y) => y.year)).toEqual([...manifest.years.map((y) => y.year)].sort().reverse());
    const days = records.map((r) => r.meta.day ?? '');
    for (const y of manifest.years) {
      const own = days.slice(y.from, y.from + y.statements);
      expect(own).toEqual([...own].sort().reverse());
    }
  });

  for (const query of ['UNODC', 'CTC', 'terrorism', 'Charter of the United Nations', 'counter-terrorism committee', '"Security Council"', '"General Assembly"', 'Libya sanctions']) {
    it(`lists for ${query} exactly the statements whose text holds it`, () => {
      const found = matchesOf(parseQuery(query), file).all;
      expect(found.length, query).toBeGreaterThan(0);
      expect(found).toEqual(readEvery(query));
    });
  }

  it('holds the phrase holders among the statements of a longer phrase, which the passages then check', () => {
    const q = '"Charter of the United Nations"';
    const found = new Set(matchesOf(parseQuery(q), file).all);
    for (const n of readEvery(q)) expect(found.has(n), `statement ${n}`).toBe(true);
  });
});
