/**
 * The build's side of the importer's limits (issue 21, M3 and M5): a record
 * over 1 MiB, or a slug too long for the files the build makes of it, fails
 * the content check naming file and line, before the statement is parsed.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileStatement, statementProcessor, StatementError } from '../../src/markdown/compile-statement.ts';
import { listStatementFiles } from '../../src/markdown/statement-loader.ts';
import { buildNameIndex } from '../../src/lib/model/glossary/names.ts';
import { basename } from 'node:path';
import { paths } from '../../src/lib/routing/routes.ts';
import { citationCachePath } from '../../src/lib/model/statement/summary.ts';
import { MAX_PARAGRAPH_BYTES, MAX_RECORD_BYTES, MAX_SLUG_LENGTH } from '../../src/lib/model/limits.ts';

const processor = statementProcessor({ entities: [], index: buildNameIndex([]).index, base: '/' });
const front = `---
title: A test statement
description: A statement written for the limits' tests, twenty characters at least.
speaker:
  label: Mr. Test (Testland)
  name: Mr. Test
country: Testland
body: United Nations Security Council
meeting:
  description: A test meeting
  status: unknown
year: 2014
language: en
record: ../sources/s.txt
---
`;

function inProject(run: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-limits-'));
  try {
    for (const d of ['statements', 'sources']) mkdirSync(join(root, 'content', d), { recursive: true });
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the content check', { timeout: 60_000 }, () => {
  it('refuses a record over the size limit, naming the statement and its record: line', () => {
    inProject((root) => {
      const line = 'Mr. Test (Testland): words of a record repeated far beyond any real speech.\n\n';
      const record = line.repeat(Math.ceil((MAX_RECORD_BYTES + 1) / line.length));
      writeFileSync(join(root, 'content/sources/s.txt'), record);
      const path = join(root, 'content/statements/s.mdx');
      const text = `${front}**Mr. Test (Testland):** words.\n`;
      writeFileSync(path, text);
      let problems: string[] = [];
      try {
        compileStatement({ path, file: 'content/statements/s.mdx', text }, processor);
      } catch (e) {
        if (!(e instanceof StatementError)) throw e;
        problems = e.problems;
      }
      expect(problems).toEqual([
        `content/statements/s.mdx:14: record: ../sources/s.txt: it is ${Buffer.byteLength(record).toLocaleString('en')} bytes, over the limit of 1,048,576 bytes (1 MiB; the corpus's longest speech is 26 KB): is it one speech?`,
      ]);
    });
  });

  it('refuses a paragraph over its size limit, naming its line, before parsing it', () => {
    inProject((root) => {
      writeFileSync(join(root, 'content/sources/s.txt'), 'Mr. Test (Testland): words.\n');
      const path = join(root, 'content/statements/s.mdx');
      const text = `${front}**Mr. Test (Testland):** words.\n\n${'More words of a paragraph that never ends.\n'.repeat(Math.ceil((MAX_PARAGRAPH_BYTES + 1) / 43))}`;
      writeFileSync(path, text);
      let problems: string[] = [];
      try {
        compileStatement({ path, file: 'content/statements/s.mdx', text }, processor);
      } catch (e) {
        if (!(e instanceof StatementError)) throw e;
        problems = e.problems;
      }
      expect(problems).toEqual([expect.stringMatching(/^content\/statements\/s\.mdx:18: a paragraph of [\d,]+ bytes, over the limit of 65,536 bytes/)]);
    });
  });

  it(`refuses a slug longer than ${MAX_SLUG_LENGTH} characters, naming the file`, () => {
    inProject((root) => {
      const long = `a${'-b'.repeat(50)}`;
      writeFileSync(join(root, 'content/statements', `${long}.mdx`), '');
      writeFileSync(join(root, 'content/statements', `${long.slice(0, 99)}c.mdx`), '');
      const { files, problems } = listStatementFiles(join(root, 'content/statements'), root);
      expect(problems).toEqual([
        `content/statements/${long}.mdx:1: the slug is 101 characters long, over the limit of 100 (the build names files <slug>.annotations.jsonld and longer, and a file name may have 255 bytes)`,
      ]);
      expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual([`${long.slice(0, 99)}c.mdx`]);
    });
  });
});

describe('the slug limit', { timeout: 60_000 }, () => {
  it('leaves room under 255 bytes for every file the build names after a slug, with a margin', () => {
    const slug = 'a'.repeat(MAX_SLUG_LENGTH);
    // The longest names made of a slug: the statement's annotations in dist/, and the compile cache's
    // temporary citation file (<slug>.<16-hex digest>.cite.json.<process id>.tmp, src/markdown/compile-batch.ts;
    // a process id has at most 7 digits on Linux, whose pid_max is 4,194,304).
    const names = [basename(paths.annotations(slug)), `${basename(citationCachePath(`/cache/${slug}.${'0'.repeat(16)}.json`))}.4194304.tmp`];
    expect(names[1]).toBe(`${slug}.0000000000000000.cite.json.4194304.tmp`);
    for (const n of names) expect(Buffer.byteLength(n), n).toBeLessThanOrEqual(255 - 100);
  });
});
