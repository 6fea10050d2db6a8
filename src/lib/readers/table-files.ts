/**
 * Tables of the whole corpus as CSV files (the /data/ tables of the
 * statements), written once per corpus beside the compile cache, a statement's
 * rows at a time, in a folder named by what they hold. A data file then reads
 * its table's file: the CSV is served from it and the spreadsheet streamed from
 * it, so a build holds a statement's rows in memory, never a table (the
 * paragraphs table is the corpus's text).
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';

/** A folder's name for what its tables are made of: every part of the key, in order. */
export function tablesKey(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes each table's CSV (`headers[t]`, then the parts `rows` yields for it, in turn) to
 * `<root>/<key>/<t>.csv`, unless that folder is whole already; returns the files. Other
 * keys' folders (a corpus as it was) leave: they are never read again.
 */
export async function writeTableFiles<T extends string>(
  root: string,
  key: string,
  headers: Record<T, string>,
  rows: AsyncIterable<Record<T, string>>,
): Promise<Record<T, string>> {
  const dir = join(root, key);
  const names = Object.keys(headers) as T[];
  const files = Object.fromEntries(names.map((t) => [t, join(dir, `${t}.csv`)])) as Record<T, string>;
  const done = join(dir, 'done');
  if (existsSync(done)) return files;
  mkdirSync(root, { recursive: true });
  for (const other of readdirSync(root)) if (other !== key) rmSync(join(root, other), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const fds = Object.fromEntries(names.map((t) => [t, openSync(files[t], 'w')])) as Record<T, number>;
  try {
    for (const t of names) writeSync(fds[t], headers[t]);
    for await (const part of rows) for (const t of names) if (part[t]) writeSync(fds[t], part[t]);
  } finally {
    for (const t of names) closeSync(fds[t]);
  }
  // Marked whole last: a folder left half-written by a stopped build is written again.
  writeFileSync(done, '');
  return files;
}

/** A table file's bytes (a data file's body). */
export const readTableFile = (file: string): Uint8Array<ArrayBuffer> => readFileSync(file);

/** A table file's records as a streaming CSV parser reads them (the header first). */
export const tableRecords = (file: string): AsyncIterable<string[]> => createReadStream(file).pipe(parse({ relax_column_count: false, bom: false }));
