/** A record the importer cannot make into a statement fails with a clear message and writes nothing; a batch imports the rest. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecord, importRecords } from '../../src/importer/import.ts';
import { fixtures, tempProject, type TempProject } from './project.ts';

let project: TempProject;
let inbox: string;
let fixityBefore: string;
beforeEach(() => {
  project = tempProject();
  inbox = join(project.root, 'inbox');
  mkdirSync(inbox);
  fixityBefore = fixityFiles();
});
afterEach(() => project.remove());

/** Every fixity file's name and text, to see that a failed import wrote none. */
const fixityFiles = () => readdirSync(join(project.root, 'content/fixity')).sort().map((f) => `${f}\n${readFileSync(join(project.root, 'content/fixity', f), 'utf8')}`).join('\n');

const good = 'Mr. Example (Ruritania): We thank the\nPresidency for this debate.\n\nWe support the Counter-Terrorism Committee.\n';
function record(name: string, content: string | Uint8Array): string {
  const path = join(inbox, name);
  writeFileSync(path, content);
  return path;
}
/** Imports one record expecting a failure; checks that nothing was written and returns the message. */
function failure(path: string, opts: { date?: string; meeting?: string; status?: 'confirmed' | 'probable' | 'unknown' } = { date: '2014' }): string {
  const result = importRecord(path, { root: project.root, ...opts });
  expect(result.report).toBeUndefined();
  expect(project.written()).toEqual([]);
  expect(fixityFiles()).toBe(fixityBefore);
  return result.error!;
}

describe('a record that is not one', () => {
  it('fails when the file is empty or only white space', () => {
    expect(failure(record('empty.txt', ''))).toBe('the file is empty');
    expect(failure(record('blank.txt', ' \n\n\t\n'))).toBe('the file holds only white space');
  });

  it('fails when the file cannot be read', () => {
    expect(failure(join(inbox, 'missing.txt'))).toBe('cannot read the file: no such file');
    mkdirSync(join(inbox, 'folder.txt'));
    expect(failure(join(inbox, 'folder.txt'))).toBe('cannot read the file: is a folder, not a file');
  });

  it('fails on a binary file, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('Mr. X (Y): text\nmore\n'), Buffer.from([0x00, 0x01, 0x02])]);
    expect(failure(record('binary.txt', bytes))).toBe('line 3, offset 21: a NUL byte: this is a binary file, not a plain-text record');
    expect(failure(record('formfeed.txt', 'Mr. X (Y): text\n\f\nmore\n'))).toBe('line 2: control character U+000C: not a plain-text record');
  });

  it('fails on text that is neither UTF-8 nor Windows-1252, naming the line and the offset of the first bad byte', () => {
    // 0x81 is undefined in Windows-1252 (0xe9 before it is é there).
    const neither = Buffer.from('Mr. Example (Ruritania): We thank\nthe Pr\xe9sident\x81.\n', 'latin1');
    expect(failure(record('neither.txt', neither))).toMatch(/^line 2, offset 47: byte 0x81 is neither UTF-8 nor Windows-1252/);
    // UTF-8 (an é) and then a byte that is not: a damaged UTF-8 file, not read as Windows-1252.
    const damaged = Buffer.concat([Buffer.from('Mr. X (Y): caf\u00e9 au '), Buffer.from([0xe9, 0x2e])]);
    expect(failure(record('damaged.txt', damaged))).toMatch(/^line 1, offset 20: byte 0xe9 is not UTF-8, though the file holds UTF-8 before it/);
    // A sequence cut short at the end of the file.
    expect(failure(record('cut.txt', Buffer.from([...Buffer.from('Mr. X (Y): caf'), 0xc3])))).toMatch(/^line 1, offset 14: byte 0xc3 starts a UTF-8 sequence that the end of the file cuts short/);
    // An encoded surrogate (never valid UTF-8).
    expect(failure(record('surrogate.txt', Buffer.from([...Buffer.from('Mr. X (Y): a'), 0xed, 0xa0, 0x80])))).toMatch(/^line 1, offset 12: bytes 0xed 0xa0 0x80 have the shape of UTF-8/);
  });

  it('fails without a speaker label', () => {
    expect(failure(record('nocolon.txt', 'We thank the Presidency.\n'))).toMatch(/^line 1: no speaker label: the first paragraph has no colon/);
    expect(failure(record('sentence.txt', '\n\nWe welcome the report of the Secretary-General: it\nis timely.\n'))).toBe(
      'line 3: no speaker label: "We welcome the report of the Secretary-General" (before the first colon) does not read as a name',
    );
    expect(failure(record('paren.txt', 'Mr. Example (Ruritania) (Chair) (spoke in French): Text.\n'))).toMatch(/cannot tell what "\(Chair\)" is/);
  });

  it('fails when the year is unknown, or the file name and the options disagree', () => {
    expect(failure(record('plain.txt', good), {})).toMatch(/^the year is unknown: .* add --date YYYY/);
    const corpus = record('UNSC_2014_SPV.7316_spch003.txt', good);
    expect(failure(corpus, { meeting: 'S/PV.7317' })).toBe('the file name gives the record S/PV.7316, --meeting gives S/PV.7317');
    expect(failure(corpus, { date: '2015-01-02' })).toBe('the file name gives the year 2014, --date gives 2015-01-02');
    expect(failure(record('plain2.txt', good), { date: '2014', status: 'confirmed' })).toMatch(/^--status confirmed needs the record symbol/);
  });

  it('fails on a file name that gives no usable slug, unless --slug gives one', () => {
    const path = record('---.txt', good);
    expect(failure(path)).toMatch(/^the slug "" is not lower-case words joined by hyphens: give one with --slug/);
    expect(importRecord(path, { root: project.root, date: '2014', slug: 'ruritania-2014' }).error).toBeUndefined();
  });
});

describe('an existing statement', () => {
  it('is never overwritten without --force, and --force replaces it', () => {
    const path = record('ruritania.txt', good);
    expect(importRecord(path, { root: project.root, date: '2014' }).error).toBeUndefined();
    const statement = join(project.root, 'content/statements/ruritania.mdx');
    writeFileSync(statement, 'the editors’ work');
    writeFileSync(path, good.replace('debate', 'meeting'));
    expect(importRecord(path, { root: project.root, date: '2014' }).error).toBe(
      'content/statements/ruritania.mdx and content/sources/ruritania.txt already exist: nothing is overwritten (--force replaces, losing its editorial work)',
    );
    expect(readFileSync(statement, 'utf8')).toBe('the editors’ work');
    expect(readFileSync(join(project.root, 'content/sources/ruritania.txt'), 'utf8')).toBe(good);

    const forced = importRecord(path, { root: project.root, date: '2014', force: true });
    expect(forced.report?.replaced).toBe(true);
    expect(readFileSync(statement, 'utf8')).toContain('Presidency for this meeting.');
    // The ids frozen at the first import stay frozen: npm test reports the changed text.
    expect(forced.report?.fixity).toBe('differs');
  });

  it('is protected when only its record exists, too', () => {
    const older = join(project.root, 'content/sources/ruritania.txt');
    writeFileSync(older, 'an older record');
    const result = importRecord(record('ruritania.txt', good), { root: project.root, date: '2014' });
    expect(result.error).toMatch(/^content\/sources\/ruritania.txt already exists: nothing is overwritten/);
    expect(project.written()).toEqual(['sources/ruritania.txt']);
    expect(readFileSync(older, 'utf8')).toBe('an older record');
  });
});

describe('a batch', () => {
  it('imports the good records of a folder and reports each failure', () => {
    record('a-good.txt', good);
    record('b-empty.txt', '');
    record('c-binary.txt', Buffer.from([0x4d, 0x00]));
    record('d-nolabel.txt', 'No label here.\n');
    record('notes.md', 'not a record');
    const results = importRecords([inbox], { root: project.root, date: '2014' });
    expect(results.map((r) => [r.file.slice(inbox.length + 1), r.error ?? 'ok'])).toEqual([
      ['a-good.txt', 'ok'],
      ['b-empty.txt', 'the file is empty'],
      ['c-binary.txt', 'line 1, offset 1: a NUL byte: this is a binary file, not a plain-text record'],
      ['d-nolabel.txt', 'line 1: no speaker label: the first paragraph has no colon (a record speech starts "Mr. Name (Country): …")'],
    ]);
    expect(project.written()).toEqual(['sources/a-good.txt', 'statements/a-good.mdx']);
  });

  it('refuses a second record that would take the same slug, and an empty folder', () => {
    mkdirSync(join(inbox, 'other'));
    const first = record('same.txt', good);
    const second = record('other/same.txt', good);
    const results = importRecords([first, second, join(inbox, 'other', 'nothing')], { root: project.root, date: '2014' });
    expect(results.map((r) => r.error ?? 'ok')).toEqual(['ok', 'another record of this batch already takes the slug "same"', 'cannot read the file: no such file']);
    mkdirSync(join(inbox, 'empty'));
    expect(importRecords([join(inbox, 'empty')], { root: project.root }).map((r) => r.error)).toEqual(['the folder holds no .txt record']);
  });

  it('imports the corpus fixture with what its file name says', () => {
    const [r] = importRecords([join(fixtures, 'UNSC_2014_SPV.7316_spch018.txt')], { root: project.root });
    expect(r.error).toBeUndefined();
    expect(r.report!.slug).toBe('unsc-2014-spv-7316-spch018');
  });
});
