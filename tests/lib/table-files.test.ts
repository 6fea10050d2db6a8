/**
 * The statement tables' CSV files (src/lib/readers/table-files.ts): written in
 * one pass, a statement's rows at a time; found in place for the same corpus;
 * the folder of a corpus as it was dropped; a folder a stopped build left
 * half-written written again; and read back record by record for the
 * spreadsheets, the same records as the CSV's text.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableRecords, tablesKey, writeTableFiles } from '../../src/lib/readers/table-files.ts';

const headers = { a: 'n,text\r\n', b: 'n\r\n' };
async function* parts(n: number, onRead?: () => void) {
  for (let i = 1; i <= n; i++) {
    onRead?.();
    yield { a: `${i},"line, ""${i}"""\r\n`, b: i % 2 ? `${i}\r\n` : '' };
  }
}

describe('the tables’ files', () => {
  it('hold each table’s header and every part in turn, and are written once per corpus', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'verbatim-tables-')), 'tables');
    const key = tablesKey(['s1', 's2', 's3']);
    const files = await writeTableFiles(root, key, headers, parts(3));
    expect(readFileSync(files.a, 'utf8')).toBe('n,text\r\n1,"line, ""1"""\r\n2,"line, ""2"""\r\n3,"line, ""3"""\r\n');
    expect(readFileSync(files.b, 'utf8')).toBe('n\r\n1\r\n3\r\n');
    let reads = 0;
    expect(await writeTableFiles(root, key, headers, parts(3, () => reads++))).toEqual(files);
    expect(reads).toBe(0);
    const records: string[][] = [];
    for await (const r of tableRecords(files.a)) records.push(r);
    expect(records).toEqual(parse(readFileSync(files.a, 'utf8')));
    expect(records[1]).toEqual(['1', 'line, "1"']);

    // Another corpus: its folder replaces the old one.
    const other = tablesKey(['s1', 's2']);
    expect(other).not.toBe(key);
    await writeTableFiles(root, other, headers, parts(2));
    expect(readdirSync(root)).toEqual([other]);
    rmSync(root, { recursive: true, force: true });
  });

  it('writes again a folder a stopped build left without its mark', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'verbatim-tables-')), 'tables');
    const key = tablesKey(['x']);
    await expect(
      writeTableFiles(root, key, headers, (async function* () {
        yield* parts(1);
        throw new Error('stopped');
      })()),
    ).rejects.toThrow('stopped');
    const files = await writeTableFiles(root, key, headers, parts(2));
    expect(readFileSync(files.b, 'utf8')).toBe('n\r\n1\r\n');
    expect(readFileSync(files.a, 'utf8').split('\r\n')).toHaveLength(4);
    rmSync(root, { recursive: true, force: true });
  });
});
