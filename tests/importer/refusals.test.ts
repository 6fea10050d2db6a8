/**
 * What the importer refuses or reports about a record file and its name
 * (issue 21): a record over the size limit, a slug too long for the files the
 * build makes of it or reserved by Windows, a symbolic link, a bidi or
 * zero-width character in the speaker's label; and what it reports: the slug
 * it made when it differs from the file name, invisible characters in the text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecord, importRecords } from '../../src/importer/import.ts';
import { MAX_PARAGRAPH_BYTES, MAX_RECORD_BYTES, MAX_SLUG_LENGTH } from '../../src/lib/model/limits.ts';
import { tempProject, type TempProject } from './project.ts';

let project: TempProject;
let inbox: string;
beforeEach(() => {
  project = tempProject();
  inbox = join(project.root, 'inbox');
  mkdirSync(inbox);
});
afterEach(() => project.remove());
// Each import loads the glossary: seconds on a busy machine (no time is measured here).

const good = 'Mr. Example (Ruritania): We thank the\nPresidency for this debate.\n\nWe support the Counter-Terrorism Committee.\n';
const record = (name: string, content: string | Uint8Array, dir = inbox) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const opts = (more: object = {}) => ({ root: project.root, date: '2014', ...more });
const fixityFiles = () => readdirSync(join(project.root, 'content/fixity')).sort();

describe('a record over the size limit', { timeout: 60_000 }, () => {
  it('is refused with its size and the limit, and nothing is written', () => {
    const line = 'We support the work of the Counter-Terrorism Committee and its Directorate.\n';
    const big = `Mr. Example (Ruritania): We thank the Presidency.\n\n${line.repeat(Math.ceil(MAX_RECORD_BYTES / line.length))}`;
    const before = fixityFiles();
    const result = importRecord(record('big.txt', big), opts());
    expect(result.error).toBe(
      `the record is ${Buffer.byteLength(big).toLocaleString('en')} bytes, over the limit of 1,048,576 bytes (1 MiB; the corpus's longest speech is 26 KB): is it one speech?`,
    );
    expect(project.written()).toEqual([]);
    expect(fixityFiles()).toEqual(before);
  });
});

describe('a paragraph over its size limit', { timeout: 60_000 }, () => {
  it('is refused, naming its first line (the MDX parser slows with the square of a paragraph)', () => {
    const words = 'We support the work of the Committee and its Directorate\n'.repeat(Math.ceil((MAX_PARAGRAPH_BYTES + 1) / 57));
    const result = importRecord(record('long.txt', `Mr. Example (Ruritania): We thank\nthe Presidency.\n\n${words}`), opts());
    expect(result.error).toMatch(/^line 4: a paragraph of [\d,]+ bytes, over the limit of 65,536 bytes \(the corpus's longest speech is 26 KB\): its paragraph breaks were lost; restore them in the record$/);
    expect(project.written()).toEqual([]);
  });
});

describe('the slug', { timeout: 60_000 }, () => {
  it(`is refused longer than ${MAX_SLUG_LENGTH} characters, from --slug or from the file name`, () => {
    const long = `a${'-b'.repeat(50)}`; // 101 characters
    expect(importRecord(record('r.txt', good), opts({ slug: long })).error).toBe(
      '--slug: the slug is 101 characters long, over the limit of 100 (the build names files <slug>.annotations.jsonld and longer, and a file name may have 255 bytes)',
    );
    expect(importRecord(record(`${long}.txt`, good), opts()).error).toMatch(/^the slug made from the file name: the slug is 101 characters long, over the limit of 100 .*: give a shorter one with --slug$/);
    expect(project.written()).toEqual([]);
    expect(importRecord(record('r.txt', good), opts({ slug: `${long.slice(0, 99)}c` })).error).toBeUndefined();
  });

  it('is refused when Windows reserves it as a device name, whatever the case', () => {
    for (const name of ['con.txt', 'CON.txt', 'Nul.txt', 'com1.txt', 'LPT9.txt']) {
      expect(importRecord(record(name, good), opts()).error, name).toMatch(/is a device name Windows reserves \(con, prn, aux, nul, com1–9, lpt1–9\)/);
    }
    expect(importRecord(record('r.txt', good), opts({ slug: 'aux' })).error).toMatch(/^the slug "aux" is a device name Windows reserves/);
    expect(project.written()).toEqual([]);
    // Not reserved: a longer word, or com10.
    expect(importRecords([record('console.txt', good), record('com10.txt', good)], opts()).map((r) => r.error)).toEqual([undefined, undefined]);
  });

  it('is reported when it differs from the file name, saying which characters it dropped', () => {
    const r = importRecord(record('Ünïcödé—名前.txt', good), opts()).report!;
    expect(r.slug).toBe('unicode');
    expect(r.notes).toContain('slug "unicode" made from the file name "Ünïcödé—名前": the characters —名前 are dropped (a slug is ASCII); give --slug for a better address');
    const plain = importRecord(record('Ruritania_Statement.txt', good), opts()).report!;
    expect(plain.notes).toContain('slug "ruritania-statement" made from the file name "Ruritania_Statement" (lower case, other characters as hyphens)');
    // A file name that is its slug, or a slug given, says nothing.
    expect(importRecord(record('ruritania.txt', good), opts()).report!.notes.filter((n) => n.startsWith('slug'))).toEqual([]);
  });
});

describe('links', { timeout: 60_000 }, () => {
  it('are refused, never followed: nothing of the file they point to is read or shown', () => {
    const outside = join(project.root, 'elsewhere');
    mkdirSync(outside);
    const secret = record('secret.txt', 'Private words of someone: never to be shown.\n', outside);
    const link = join(inbox, 'link.txt');
    symlinkSync(secret, link);
    const result = importRecord(link, opts());
    expect(result.error).toBe('the file is a symbolic link: refused (the importer reads only regular files, so that nothing outside the records is read); copy the record itself here');
    expect(result.error).not.toContain('Private');
    expect(project.written()).toEqual([]);
  });

  it('in a folder are refused by name, and the regular records of the folder imported', () => {
    record('a.txt', good);
    symlinkSync(record('outside.txt', good, project.root), join(inbox, 'b.txt'));
    const results = importRecords([inbox], opts());
    expect(results.map((r) => [r.file.slice(inbox.length + 1), r.error ?? 'ok'])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', expect.stringMatching(/^the file is a symbolic link: refused/)],
    ]);
    expect(project.written()).toEqual(['sources/a.txt', 'statements/a.mdx']);
  });

  it('given as the folder are refused', () => {
    record('a.txt', good);
    const linked = join(project.root, 'linked-inbox');
    symlinkSync(inbox, linked);
    expect(importRecords([linked], opts()).map((r) => r.error)).toEqual([expect.stringMatching(/^the folder is a symbolic link: refused/)]);
    expect(project.written()).toEqual([]);
  });
});

describe('invisible characters', { timeout: 60_000 }, () => {
  it('in the speaker label are refused, each shown as its escape', () => {
    for (const [c, name] of [['\u202e', 'U+202E'], ['\u200b', 'U+200B'], ['\u2066', 'U+2066'], ['\u200d', 'U+200D']]) {
      const error = importRecord(record('r.txt', `Mr. Example (${c}ainatiruR): We thank the\nPresidency.\n`), opts()).error;
      expect(error, name).toContain(`line 1: the speaker label contains ${name}`);
      expect(error, name).toContain(`<${name}>`);
    }
    expect(project.written()).toEqual([]);
  });

  it('in the text are kept as the record has them and reported with their line and escape', () => {
    const result = importRecord(record('r.txt', 'Mr. Example (Ruritania): We thank the\nPresidency.\n\nWe support the Counter\u200bTerrorism\nCommittee \u2067quote\u2069.\n'), opts());
    expect(result.error).toBeUndefined();
    const warnings = result.report!.notes.filter((n) => n.startsWith('record line'));
    expect(warnings).toEqual([
      'record line 4: <U+200B> (invisible; kept as the record has it) in "… support the Counter<U+200B>Terrorism": check it is meant',
      'record line 5: <U+2067> <U+2069> (invisible; kept as the record has it) in "Committee <U+2067>quote<U+2069>.": check it is meant',
    ]);
  });
});
