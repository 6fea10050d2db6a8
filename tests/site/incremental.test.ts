/**
 * An incremental build publishes what a clean build publishes. In a copy of
 * the project with two more statements (one whose `record:` is a folded YAML
 * scalar, which the compile cache once missed), the site is built, edited and
 * built again, then compared file by file (`diff -r`) with a clean build of the
 * same content:
 *   0. a build does not start while another holds the folder's lock;
 *   1. a record edited alone fails the incremental build (the record check is
 *      not skipped by the cache), and so does a statement that dates its
 *      meeting otherwise than another (a check across statements); the record and its statement edited together,
 *      a notes file, a claims file, a statement deleted, and a compile-cache
 *      file cut short: the incremental build equals a clean one;
 *   2. a glossary name and alias edited: the same;
 *   3. the data store gone but the compile cache kept: nothing is compiled again, and the same.
 * Six builds of a small site, and two that stop early: the cheapest that covers the cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';

const fixture = join(root, 'tests/fixtures/second-statement');
const folded = readFileSync(join(fixture, 'fixture-statement.mdx'), 'utf8').replace(
  'record: ../sources/fixture-statement.txt',
  'record: >-\n  ../sources/fixture-statement.txt',
);
let site: TempSite;
const clean: TempSite[] = [];

/** The build's error output, or '' when it passed. */
function buildError(s: TempSite): string {
  try {
    s.build();
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

/** A clean build (no dist/, no .astro/) of the site's content as it is now. */
function cleanBuildOf(s: TempSite): TempSite {
  const copy = tempSite({ withContent: false });
  rmSync(join(copy.dir, 'content'), { recursive: true, force: true });
  cpSync(join(s.dir, 'content'), join(copy.dir, 'content'), { recursive: true });
  clean.push(copy);
  copy.build();
  return copy;
}

/** `diff -r` of the two dist/ folders: '' when they are the same. */
function differences(a: TempSite, b: TempSite): string {
  try {
    execFileSync('diff', ['-r', '-q', join(a.dir, 'dist'), join(b.dir, 'dist')], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

const edit = (path: string, from: string | RegExp, to: string) => {
  const text = readFileSync(join(site.dir, path), 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${path}: "${from}" not found`);
  writeFileSync(join(site.dir, path), edited);
};

beforeAll(() => {
  site = tempSite();
  site.write('content/statements/fixture-statement.mdx', folded);
  site.write('content/sources/fixture-statement.txt', readFileSync(join(fixture, 'fixture-statement.txt'), 'utf8'));
  // A statement to delete.
  site.write('content/statements/fixture-extra.mdx', folded.replace(/fixture-statement\.txt/, 'fixture-extra.txt').replace('title: Test fixture', 'title: Extra test fixture'));
  site.write('content/sources/fixture-extra.txt', readFileSync(join(fixture, 'fixture-statement.txt'), 'utf8'));
  site.build();
}, 600_000);
afterAll(() => {
  site?.remove();
  for (const c of clean) c.remove();
});

describe('an incremental build', () => {
  it('does not start while another build holds the folder, and says so; a build leaves no lock behind', () => {
    expect(existsSync(join(site.dir, '.astro/build.lock'))).toBe(false);
    // This test's own process: one that runs.
    site.write('.astro/build.lock', JSON.stringify({ pid: process.pid, since: '2026-01-01T00:00:00.000Z' }));
    const error = buildError(site);
    rmSync(join(site.dir, '.astro/build.lock'));
    expect(error).toContain(`Another build is running in this folder (process ${process.pid}, since 2026-01-01T00:00:00.000Z)`);
  }, 600_000);

  it('fails when a record whose path is a folded YAML scalar is edited without its statement', () => {
    edit('content/sources/fixture-statement.txt', 'were also named.', 'were also named twice.');
    const error = buildError(site);
    expect(error).toMatch(/content\/statements\/fixture-statement\.mdx:\d+:\d+: .*paragraph 2/);
  }, 600_000);

  it('fails when two statements give one meeting different dates, naming both files', () => {
    const real = readFileSync(join(site.dir, 'content/statements/kazakhstan-2014-terrorism.mdx'), 'utf8');
    site.write('content/statements/kazakhstan-twin.mdx', real.replace('  date: 2014-11-19', '  date: 2014-12-19').replace('featured: true', 'featured: false'));
    const error = buildError(site);
    rmSync(join(site.dir, 'content/statements/kazakhstan-twin.mdx'));
    expect(error).toMatch(
      /content\/statements\/kazakhstan-twin\.mdx:\d+: meeting\.date: S\/PV\.7316 is dated 2014-12-19 here but 2014-11-19 in content\/statements\/kazakhstan-2014-terrorism\.mdx:\d+/,
    );
  }, 600_000);

  it('equals a clean build after edits of a record (folded path) and its statement, a notes file, a claims file, a deleted statement and a cache file cut short', () => {
    // The record gains "&" and "<", which the Markdown download must give as characters.
    edit('content/sources/fixture-statement.txt', 'were also named twice.', 'were also named & counted <twice>.');
    edit('content/statements/fixture-statement.mdx', 'were also named.', 'were also named & counted \\<twice\\>.');
    edit('content/notes/kazakhstan-2014-terrorism.yaml', "This is the speaker's own claim", "This is the speaker's own claim (edited)");
    edit('content/claims/kazakhstan-2014-terrorism.yaml', /why: (['"]?)/, 'why: $1Edited. ');
    rmSync(join(site.dir, 'content/statements/fixture-extra.mdx'));
    rmSync(join(site.dir, 'content/sources/fixture-extra.txt'));
    const cacheDir = join(site.dir, '.astro/cache/verbatim-statements');
    const cached = readdirSync(cacheDir).find((f) => /^kazakhstan-2014-terrorism\.[0-9a-f]{16}\.json$/.test(f));
    expect(cached).toBeDefined();
    truncateSync(join(cacheDir, cached!), 100);

    const before = readdirSync(cacheDir).filter((f) => f.startsWith('fixture-statement.') || f.startsWith('fixture-extra.'));
    expect(buildError(site)).toBe('');
    expect(differences(site, cleanBuildOf(site))).toBe('');
    // The cache keeps one statement file and one citations file per statement (beside its mentions index): the
    // edited statement's former digest and the deleted statement's files are gone.
    const after = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    const statements = readdirSync(join(site.dir, 'content/statements')).filter((f) => f.endsWith('.mdx')).length;
    expect(after.length).toBe(2 * statements);
    for (const f of before) expect(after, f).not.toContain(f);
    expect(after.filter((f) => f.startsWith('fixture-extra.'))).toEqual([]);
    const md = readFileSync(join(site.dir, 'dist/statements/fixture-statement.md'), 'utf8');
    expect(md).toContain('were also named & counted \\<twice\\>.');
    expect(md).not.toMatch(/&amp;|&#60;|&lt;/);
  }, 900_000);

  it('equals a clean build after a glossary name and an alias are edited', () => {
    edit('content/glossary/sco.yaml', 'name: Shanghai Cooperation Organization', 'name: Shanghai Cooperation Organization (edited)');
    edit('content/glossary/sco.yaml', '  - Shanghai Cooperation Organisation\n', '');
    expect(buildError(site)).toBe('');
    expect(differences(site, cleanBuildOf(site))).toBe('');
    expect(readFileSync(join(site.dir, 'dist/glossary/sco/index.html'), 'utf8')).toContain('Shanghai Cooperation Organization (edited)');
  }, 900_000);

  it('reads a compile cache kept without its data store (a CI cache, a shard’s output) instead of compiling again, and equals a clean build', () => {
    const cacheDir = join(site.dir, '.astro/cache');
    const statements = join(cacheDir, 'verbatim-statements');
    const stamp = () => readdirSync(statements).filter((f) => f.endsWith('.json')).sort().map((f) => `${f} ${statSync(join(statements, f)).ino} ${statSync(join(statements, f)).mtimeMs}`);
    const before = stamp();
    expect(before.length).toBeGreaterThan(0);
    rmSync(join(cacheDir, 'data-store.json'));
    rmSync(join(cacheDir, 'data-store'), { recursive: true, force: true });
    expect(buildError(site)).toBe('');
    // A compiled statement is written anew (by rename): the same files, untouched, mean none was.
    expect(stamp()).toEqual(before);
    // The content is the previous test's: its clean build is the reference.
    expect(differences(site, clean[clean.length - 1])).toBe('');
  }, 900_000);
});
