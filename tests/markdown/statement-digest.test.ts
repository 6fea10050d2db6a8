/**
 * The compile cache's digest (src/markdown/statement-digest.ts): an edit of a
 * statement's record changes the digest however YAML spells the record's path
 * (the loader used to read it with a regex, which missed a folded `>-` path,
 * so an edited record was never checked again); and a cache file that is
 * empty, cut short or made for another digest is not trusted.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheIsWhole, cacheSeal, filesReadBy, statementDigest } from '../../src/markdown/statement-digest.ts';
import { citationCachePath } from '../../src/lib/model/statement/summary.ts';

const rest = `title: A test statement
speaker:
  label: Mr. Test (Testland)
year: 2014`;

/** Each way a YAML front matter can give `record: ../sources/s.txt`. */
const spellings: [string, string][] = [
  ['plain', `${rest}\nrecord: ../sources/s.txt`],
  ['single-quoted', `${rest}\nrecord: '../sources/s.txt'`],
  ['double-quoted', `${rest}\nrecord: "../sources/s.txt"`],
  ['double-quoted with escapes', `${rest}\nrecord: "\\x2e./sources/s\\u002etxt"`],
  ['folded >-', `${rest}\nrecord: >-\n  ../sources/s.txt`],
  ['folded >- after a comment, indented further', `${rest}\nrecord: >- # the record\n    ../sources/s.txt\n`],
  ['literal |-', `${rest}\nrecord: |-\n  ../sources/s.txt`],
  ['plain on the next line', `${rest}\nrecord:\n  ../sources/s.txt`],
  ['a quoted key', `${rest}\n"record": ../sources/s.txt`],
  ['a tagged string', `${rest}\nrecord: !!str ../sources/s.txt`],
  ['an alias of an anchor', `title: &r ../sources/s.txt\nrecord: *r`],
  ['a flow map', `{ title: A test statement, record: ../sources/s.txt, year: 2014 }`],
  ['the key first, indented values after', `record: ../sources/s.txt\n${rest}`],
];

function project(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-digest-'));
  mkdirSync(join(root, 'content/statements'), { recursive: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  const record = join(root, 'content/sources/s.txt');
  writeFileSync(record, 'Mr. Test (Testland): The first paragraph.\n');
  const path = join(root, 'content/statements/s.mdx');
  const text = `---\n${yaml}\n---\n**Mr. Test (Testland)**: The first paragraph.\n`;
  writeFileSync(path, text);
  return { path, text, record };
}

describe('the digest of a statement', () => {
  for (const [how, yaml] of spellings) {
    it(`reads the record whose path is written ${how}, and changes when the record is edited`, () => {
      const { path, text, record } = project(yaml);
      expect(filesReadBy(path, text).files).toEqual([record]);
      const before = statementDigest(path, text, 'shared');
      writeFileSync(record, 'Mr. Test (Testland): The first paragraph, edited.\n');
      expect(statementDigest(path, text, 'shared')).not.toBe(before);
    });
  }

  it('changes with the shared part (compiler, glossary, site) and with the statement text', () => {
    const { path, text } = project(spellings[0][1]);
    const d = statementDigest(path, text, 'shared');
    expect(statementDigest(path, text, 'other')).not.toBe(d);
    expect(statementDigest(path, `${text} `, 'shared')).not.toBe(d);
    expect(statementDigest(path, text, 'shared')).toBe(d);
  });

  it('reads no file for a path the compiler refuses, nor for front matter that does not parse', () => {
    const { path, text } = project(`${rest}\nrecord: ../../../etc/passwd`);
    expect(filesReadBy(path, text).files).toEqual([]);
    expect(filesReadBy(path, '---\nrecord: [unclosed\n---\ntext').files).toEqual([]);
    expect(filesReadBy(path, 'no front matter').files).toEqual([]);
  });
});

describe('a compile cache file', () => {
  const digest = '0123456789abcdef';
  function cached() {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-cache-'));
    const cache = join(dir, `s.${digest}.json`);
    const cite = '{"plain":"A citation"}';
    writeFileSync(citationCachePath(cache), cite);
    writeFileSync(cache, `{"slug":"s","paragraphs":[]${cacheSeal(Buffer.byteLength(cite), digest)}`);
    return cache;
  }

  it('is whole when it ends with its digest and its citations have the size it states; it is still JSON', () => {
    const cache = cached();
    expect(cacheIsWhole(cache, digest)).toBe(true);
    expect(JSON.parse(readFileSync(cache, 'utf8')).slug).toBe('s');
  });

  it('is not whole when empty, cut short, made for another digest, missing, or its citations are cut short', () => {
    const empty = cached();
    writeFileSync(empty, '');
    expect(cacheIsWhole(empty, digest)).toBe(false);
    const short = cached();
    truncateSync(short, 20);
    expect(cacheIsWhole(short, digest)).toBe(false);
    expect(cacheIsWhole(cached(), 'fedcba9876543210')).toBe(false);
    expect(cacheIsWhole(join(tmpdir(), 'verbatim-no-such-cache.json'), digest)).toBe(false);
    const cite = cached();
    truncateSync(citationCachePath(cite), 5);
    expect(cacheIsWhole(cite, digest)).toBe(false);
    const noCite = cached();
    writeFileSync(citationCachePath(noCite), '');
    expect(cacheIsWhole(noCite, digest)).toBe(false);
  });
});
