/**
 * An import writes all of a statement's files — record, statement, fixity
 * file — or none, and its report tells what it wrote; a batch interrupted
 * and run again resumes where it stopped (issue 21, M4). Fixity is one file a
 * statement, content/fixity/<slug>.json, and an import never rewrites another's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecord, importRecords } from '../../src/importer/import.ts';
import { fixityHash, readFixity, writeFixity } from '../../src/importer/write/fixity.ts';
import { formatResults } from '../../src/importer/report.ts';
import { tempProject, type TempProject } from './project.ts';

let project: TempProject;
let inbox: string;
/** What content/ holds before each test: the project's own statements' files. */
let frozenBefore: string[];
beforeEach(() => {
  project = tempProject();
  inbox = join(project.root, 'inbox');
  mkdirSync(inbox);
  frozenBefore = contentFiles();
  expect(frozenBefore).toContain('fixity/kazakhstan-2014-terrorism.json');
});
afterEach(() => project.remove());
// Each import loads the glossary: seconds on a busy machine (no time is measured here).

const good = (n: number) => `Mr. Example (Ruritania): We thank the\nPresidency for debate ${n}.\n\nWe support the Counter-Terrorism Committee.\n`;
const record = (name: string, content: string) => {
  const path = join(inbox, name);
  writeFileSync(path, content);
  return path;
};
const opts = (more: object = {}) => ({ root: project.root, date: '2014', ...more });
/** Every file under content/ but the glossary, with dot files (temporary names) too. */
const contentFiles = () =>
  ['statements', 'sources', 'fixity'].flatMap((d) => (existsSync(join(project.root, 'content', d)) ? readdirSync(join(project.root, 'content', d)).map((f) => `${d}/${f}`) : [])).sort();

describe('an import that fails while writing', { timeout: 60_000 }, () => {
  it('leaves nothing of the statement on disk, and says so truly', () => {
    // The statement's rename fails, after the record's has succeeded.
    let renames = 0;
    const fileOps = {
      write: (path: string, content: string | Uint8Array) => writeFileSync(path, content, { flag: 'wx' }),
      rename: (from: string, to: string) => {
        if (++renames === 2) throw new Error('EIO: i/o error, rename (injected)');
        renameSync(from, to);
      },
    };
    const result = importRecord(record('ruritania.txt', good(1)), opts({ fileOps }));
    expect(result.error).toBe('cannot write: EIO: i/o error, rename (injected)');
    expect(contentFiles()).toEqual(frozenBefore);
    expect(formatResults([result])).toContain('✗ ' + result.file + ': cannot write: EIO: i/o error, rename (injected) (nothing written)');
    // Run again, it imports as if nothing had happened.
    expect(importRecord(record('ruritania.txt', good(1)), opts()).report?.written).toEqual([
      'content/sources/ruritania.txt',
      'content/statements/ruritania.mdx',
      'content/fixity/ruritania.json',
    ]);
  });

  it('puts back the files it replaced (--force), the fixity file included', () => {
    const path = record('ruritania.txt', good(1));
    expect(importRecord(path, opts()).error).toBeUndefined();
    const statement = join(project.root, 'content/statements/ruritania.mdx');
    writeFileSync(statement, 'the editors’ work');
    const before = contentFiles().map((f) => readFileSync(join(project.root, 'content', f), 'utf8'));
    let renames = 0;
    const fileOps = {
      write: (p: string, content: string | Uint8Array) => writeFileSync(p, content, { flag: 'wx' }),
      rename: (from: string, to: string) => {
        if (++renames === 4) throw new Error('ENOSPC (injected)');
        renameSync(from, to);
      },
    };
    writeFileSync(path, good(2));
    expect(importRecord(path, opts({ force: true, fileOps })).error).toBe('cannot write: ENOSPC (injected)');
    expect(contentFiles().map((f) => readFileSync(join(project.root, 'content', f), 'utf8'))).toEqual(before);
  });

  it('refuses, before writing anything, when the fixity file it would check does not parse', () => {
    // The case: a truncated fixity file made the import fail after the record and the statement were written.
    writeFileSync(join(project.root, 'content/fixity/ruritania.json'), '{\n  "p1": "98e0');
    const result = importRecord(record('ruritania.txt', good(1)), opts());
    expect(result.error).toMatch(/^content\/fixity\/ruritania\.json:1: not JSON/);
    expect(contentFiles()).toEqual([...frozenBefore, 'fixity/ruritania.json'].sort());
  });
});

describe('a batch run again after an interruption', { timeout: 60_000 }, () => {
  it('skips what is on disk, identical, completes a half-imported statement, and imports the rest', () => {
    for (const n of [1, 2, 3]) record(`r${n}.txt`, good(n));
    expect(importRecords([join(inbox, 'r1.txt')], opts()).map((r) => r.error)).toEqual([undefined]);
    // Killed while importing r2: its record renamed into place, its statement still a temporary file.
    writeFileSync(join(project.root, 'content/sources/r2.txt'), good(2));
    writeFileSync(join(project.root, 'content/statements/.r2.mdx.99999.tmp'), 'half a stat');

    const results = importRecords([inbox], opts());
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.report!.written)).toEqual([
      [],
      ['content/statements/r2.mdx', 'content/fixity/r2.json'],
      ['content/sources/r3.txt', 'content/statements/r3.mdx', 'content/fixity/r3.json'],
    ]);
    expect(contentFiles()).toEqual(
      [...frozenBefore, ...[1, 2, 3].flatMap((n) => [`fixity/r${n}.json`, `sources/r${n}.txt`, `statements/r${n}.mdx`])].sort(),
    );
    const out = formatResults(results);
    expect(out).toContain('✓ content/statements/r1.mdx (already imported, identical: nothing written)');
    expect(out).toContain('✓ content/statements/r2.mdx (wrote content/statements/r2.mdx, content/fixity/r2.json; the rest was on disk, identical)');
    expect(out).toContain('✓ content/statements/r3.mdx (wrote, with content/sources/r3.txt)');
    expect(out.trim().endsWith('3 imported, 0 failed.')).toBe(true);
  });

  it('still refuses a statement whose files on disk differ (an editor’s work)', () => {
    const path = record('r1.txt', good(1));
    importRecord(path, opts());
    writeFileSync(join(project.root, 'content/statements/r1.mdx'), 'edited');
    expect(importRecord(path, opts()).error).toMatch(/^content\/statements\/r1\.mdx already exists: nothing is overwritten/);
  });
});

describe('fixity files', { timeout: 60_000 }, () => {
  it('are one a statement: an import writes its own and rewrites no other', () => {
    const other = join(project.root, 'content/fixity/kazakhstan-2014-terrorism.json');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(other, old, old);
    const text = readFileSync(other, 'utf8');
    const report = importRecord(record('ruritania.txt', good(1)), opts()).report!;
    expect(report.fixity).toBe('added');
    expect(readFileSync(other, 'utf8')).toBe(text);
    expect(statSync(other).mtime.toISOString()).toBe(old.toISOString());
    // Paragraphs first, then their sentences (one each here).
    const p1 = fixityHash('Mr.\u00a0Example (Ruritania): We thank the Presidency for debate 1.');
    const p2 = fixityHash('We support the Counter-Terrorism Committee.');
    expect(Object.entries(readFixity('ruritania', project.root)!)).toEqual([['p1', p1], ['p2', p2], ['p1-s1', p1], ['p2-s1', p2]]);
  });

  it('are written whole and read back, paragraphs first then sentences, as contracts.md says', () => {
    writeFixity('x', { p1: '0123456789abcdef', p2: 'fedcba9876543210', 'p1-s1': '00112233445566aa' }, project.root);
    expect(readFileSync(join(project.root, 'content/fixity/x.json'), 'utf8')).toBe('{\n  "p1": "0123456789abcdef",\n  "p2": "fedcba9876543210",\n  "p1-s1": "00112233445566aa"\n}\n');
    expect(readFixity('x', project.root)).toEqual({ p1: '0123456789abcdef', p2: 'fedcba9876543210', 'p1-s1': '00112233445566aa' });
    expect(readdirSync(join(project.root, 'content/fixity')).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readFixity('absent', project.root)).toBeUndefined();
    writeFileSync(join(project.root, 'content/fixity/bad.json'), '{"p1": "short"}');
    expect(() => readFixity('bad', project.root)).toThrow('content/fixity/bad.json:1: not a flat object of id → 16-hex hash');
  });
});
