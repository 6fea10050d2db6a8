/**
 * What decides whether a statement is compiled again: a digest of its file,
 * its front matter as the YAML parser reads it, and the bytes of every file
 * the compile step reads for it (its record). The record's path comes from
 * the parsed front matter, never from a pattern over the text: YAML can spell
 * one path many ways (plain, quoted, folded `>-`, literal `|`, a flow map),
 * and an edit of the record must recompile, and so be checked, however the
 * path is written.
 *
 * And whether a cached compile can be trusted: a cache file ends with its own
 * digest and the size of its citations file (compile-batch.ts), so one that
 * is empty, cut short, or left by another digest is compiled again.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseYamlFile } from '../lib/readers/yaml.ts';
import { citationCachePath } from '../lib/model/statement/summary.ts';
import { splitFrontMatter } from './compile-statement.ts';
import { RECORD_PATH } from './remark-record.ts';

/** The files a statement's compile reads besides itself (and the glossary, digested for all): its record, when it names one. */
export function filesReadBy(path: string, text: string): { frontMatter: unknown; files: string[] } {
  // Read as the compiler reads it (compile-statement.ts): without a BOM, composed.
  const parts = splitFrontMatter(text.replace(/^\uFEFF/, '').normalize('NFC'));
  if (!parts) return { frontMatter: null, files: [] };
  const { data } = parseYamlFile<unknown>(parts.yaml, path, (d) => ({ success: true, data: d }));
  const record = (data as { record?: unknown } | undefined)?.record;
  // A path the compiler refuses is never read: the compile fails on it, whatever the digest.
  const files = typeof record === 'string' && RECORD_PATH.test(record) ? [resolve(dirname(path), record)] : [];
  return { frontMatter: data ?? null, files };
}

/** The digest of statement `path` (content `text`) under `shared` (compiler, glossary, site). */
export function statementDigest(path: string, text: string, shared: string): string {
  return statementFacts(path, text, shared).digest;
}

/** Its digest, and the year its front matter gives (which shard holds it: src/markdown/statement-scope.ts), from one reading. */
export function statementFacts(path: string, text: string, shared: string): { digest: string; year: number | undefined } {
  const { frontMatter, files } = filesReadBy(path, text);
  const hash = createHash('sha256').update(shared).update('\0').update(text).update('\0').update(JSON.stringify(frontMatter));
  for (const file of files) {
    // The path from the statement's folder, not from /: the same content in another folder (a shard's runner, a
    // copy) has the same digest, so the merge can take the shards' compiled statements.
    hash.update('\0').update(relative(dirname(path), file)).update('\0');
    hash.update(existsSync(file) && statSync(file).isFile() ? readFileSync(file) : '(missing)');
  }
  const year = (frontMatter as { year?: unknown } | null)?.year;
  return { digest: hash.digest('hex').slice(0, 16), year: Number.isInteger(year) ? (year as number) : undefined };
}

/** The end a whole cache file has (compile-batch.ts writes it; `citeBytes` is its citations file's size). */
export const cacheSeal = (citeBytes: number, digest: string) => `,"citeBytes":${citeBytes},"digest":"${digest}"}`;

const SEAL = /,"citeBytes":(\d+),"digest":"([0-9a-f]{16})"\}$/;

/**
 * Whether the cache file `cache` and its citations file are whole and made for
 * `digest`: read from the end, so the check costs the same for any size.
 */
export function cacheIsWhole(cache: string, digest: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(cache, 'r');
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 64));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const m = SEAL.exec(tail.toString('latin1'));
    if (!m || m[2] !== digest) return false;
    return statSync(citationCachePath(cache)).size === Number(m[1]);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The line of `meeting.<key>` in a statement file, for a message (1 when it cannot be found). */
export function lineOfMeetingKey(path: string, key: string): number {
  try {
    const parts = splitFrontMatter(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    if (!parts) return 1;
    return parseYamlFile<unknown>(parts.yaml, path, (d) => ({ success: true, data: d }), 1).lineOf(['meeting', key]);
  } catch {
    return 1;
  }
}
