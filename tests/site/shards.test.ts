/**
 * Shards and their merge publish what one whole build publishes (issue 23). The
 * real content and 180 statements from the bench's generator (some 230, over
 * several years) are built once whole, and once as three shards, each in a
 * folder of its own as CI's runners build them (shard 3 by the environment
 * variable, in shard 1's folder after its output was taken, so its compile
 * cache holds another shard's statements too), merged by `npm run build:merge`
 * from VERBATIM_SHARDS_DIR. The two dist/ trees are compared file by file, byte
 * for byte: no difference is accepted, not even one named and explained (the
 * compile cache's digests no longer hold the folder's path, and nothing a
 * shard writes depends on another's statements). Before the good merge, bad inputs: a shard
 * missing, a statement changed since its shard was built, and `--shard 4/3`,
 * each refused with a message naming it, writing no dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { generateCorpus } from '../bench/generate-corpus.ts';

const GENERATED = 180;

const corpus = generateCorpus({ n: GENERATED }).files;
const sites: TempSite[] = [];
const site = () => {
  const s = tempSite();
  for (const f of corpus) s.write(f.path, f.content);
  sites.push(s);
  return s;
};
const shardsDir = mkdtempSync(join(tmpdir(), 'verbatim-shards-'));
const times: Record<string, number> = {};
let whole: TempSite;
let merged: TempSite;

/** The build's error output, or '' when it passed. */
function buildError(s: TempSite, ...args: Parameters<TempSite['build']>): string {
  try {
    s.build(...args);
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

/** What a shard's build left, taken into VERBATIM_SHARDS_DIR/<k>/ as CI's artifacts bring it. */
function takeShard(s: TempSite, k: number) {
  cpSync(join(s.dir, 'dist'), join(shardsDir, String(k), 'dist'), { recursive: true });
  cpSync(join(s.dir, '.astro/cache/verbatim-statements'), join(shardsDir, String(k), '.astro/cache/verbatim-statements'), { recursive: true });
}

const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
const manifest = (k: number) => JSON.parse(readFileSync(join(shardsDir, String(k), 'dist/shard.json'), 'utf8')) as { shard: number; of: number; years: number[]; statements: number };

beforeAll(() => {
  whole = site();
  times.whole = whole.build();
  const first = site();
  times['shard 1'] = first.build({}, 'build', ['--shard', '1/3']);
  takeShard(first, 1);
  const second = site();
  times['shard 2'] = second.build({}, 'build', ['--shard', '2/3']);
  takeShard(second, 2);
  times['shard 3'] = first.build({ VERBATIM_SHARD: '3/3' });
  takeShard(first, 3);
}, 1_800_000);
afterAll(() => {
  console.log(`build times (ms): ${Object.entries(times).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  for (const s of sites) s.remove();
  rmSync(shardsDir, { recursive: true, force: true });
});

describe('a shard', () => {
  it('holds a run of years of its own, the three together every statement once', () => {
    const [a, b, c] = [1, 2, 3].map(manifest);
    expect([a, b, c].map((m) => `${m.shard}/${m.of}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(Math.max(...a.years)).toBeLessThan(Math.min(...b.years));
    expect(Math.max(...b.years)).toBeLessThan(Math.min(...c.years));
    const total = readdirSync(join(whole.dir, 'content/statements')).filter((f) => f.endsWith('.mdx')).length;
    expect(a.statements + b.statements + c.statements).toBe(total);
    for (const m of [a, b, c]) expect(m.statements, `shard ${m.shard}`).toBeGreaterThan(total / 6);
  });

  it('writes its statements’ pages, files and search records and shard.json, nothing that spans the corpus', () => {
    for (const k of [1, 2, 3]) {
      const dist = join(shardsDir, String(k), 'dist');
      expect(readdirSync(dist).sort(), `shard ${k}`).toEqual(['_astro', 'pagefind', 'shard.json', 'statements']);
      expect(readdirSync(join(dist, 'pagefind')), `shard ${k}`).toEqual(['statements']);
      expect(readdirSync(join(dist, 'pagefind/statements')).map(Number).sort(), `shard ${k}`).toEqual(manifest(k).years);
      const pages = readdirSync(join(dist, 'statements')).filter((f) => existsSync(join(dist, 'statements', f, 'index.html')));
      expect(pages.length, `shard ${k}`).toBe(manifest(k).statements);
    }
  });

  it('compiles only its statements, makes nothing that spans the corpus, and its cache keeps another shard’s entries (they are still used)', () => {
    const cached = (k: number) => readdirSync(join(shardsDir, String(k), '.astro/cache/verbatim-statements')).filter((f) => f.endsWith('.json'));
    expect(cached(2).length).toBe(2 * manifest(2).statements);
    expect(cached(3).length).toBe(2 * (manifest(1).statements + manifest(3).statements));
    // Nothing that spans the corpus is made in a shard: no mentions index, no data tables beside the statements.
    for (const k of [1, 2, 3]) expect(readdirSync(join(shardsDir, String(k), '.astro/cache/verbatim-statements')).filter((f) => !f.endsWith('.json')), `shard ${k}`).toEqual([]);
  });
});

describe('the merge', () => {
  it('refuses a missing shard, naming it, and writes no dist/', () => {
    const partial = mkdtempSync(join(tmpdir(), 'verbatim-shards-partial-'));
    for (const k of [1, 3]) symlinkSync(join(shardsDir, String(k)), join(partial, String(k)), 'dir');
    merged = site();
    const error = buildError(merged, { VERBATIM_SHARDS_DIR: partial }, 'build:merge');
    rmSync(partial, { recursive: true, force: true });
    expect(error).toContain(`${join(partial, '2')}: shard 2 of 3 is missing`);
    expect(existsSync(join(merged.dir, 'dist'))).toBe(false);
  }, 600_000);

  it('refuses a statement changed since its shard was built, naming the statement and the shard, and writes no dist/', () => {
    const file = corpus.find((f) => f.path.startsWith('content/statements/'))!;
    const year = Number(/^year: (\d{4})$/m.exec(file.content)![1]);
    const shard = [1, 2, 3].find((k) => manifest(k).years.includes(year))!;
    merged.write(file.path, file.content.replace(/^title: (.*)$/m, 'title: $1 (edited)'));
    const error = buildError(merged, { VERBATIM_SHARDS_DIR: shardsDir }, 'build:merge');
    merged.write(file.path, file.content);
    expect(error).toContain(`${file.path}:1: shard ${shard} of 3 did not compile it as it is now`);
    expect(existsSync(join(merged.dir, 'dist'))).toBe(false);
  }, 600_000);

  it('is refused a shard that is not K of N, naming the flag', () => {
    expect(buildError(merged, {}, 'build', ['--shard', '4/3'])).toContain('--shard 4/3: K counts the shards from 1 to N (3)');
    expect(buildError(merged, { VERBATIM_SHARD: '2' })).toContain('VERBATIM_SHARD "2": a shard is K/N');
    expect(existsSync(join(merged.dir, 'dist'))).toBe(false);
  }, 600_000);

  it('publishes what the whole build publishes, file by file, byte for byte', () => {
    times.merge = merged.build({ VERBATIM_SHARDS_DIR: shardsDir }, 'build:merge');
    const a = join(whole.dir, 'dist');
    const b = join(merged.dir, 'dist');
    const left = filesBelow(a);
    const right = filesBelow(b);
    expect(left.length).toBeGreaterThan(10 * GENERATED);
    const onlyWhole = left.filter((f) => !existsSync(join(b, f)));
    const onlyMerged = right.filter((f) => !existsSync(join(a, f)));
    const differing = left.filter((f) => existsSync(join(b, f)) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect({ onlyWhole, onlyMerged, differing }).toEqual({ onlyWhole: [], onlyMerged: [], differing: [] });
    // The parts that span the corpus are there, and the word index counts every statement.
    const words = JSON.parse(readFileSync(join(b, 'pagefind/words/index.json'), 'utf8')) as { statements: number };
    expect(words.statements).toBe([1, 2, 3].reduce((n, k) => n + manifest(k).statements, 0));
  }, 900_000);

  it('fails, and leaves no dist/, when a shard’s assets are not its own (a shard built from other sources)', () => {
    const assets = join(shardsDir, '2/dist/_astro');
    const name = readdirSync(assets).find((f) => f.endsWith('.css'))!;
    const original = readFileSync(join(assets, name));
    writeFileSync(join(assets, name), Buffer.concat([original, Buffer.from('\n/* another build */\n')]));
    mkdirSync(join(merged.dir, 'dist'), { recursive: true });
    const error = buildError(merged, { VERBATIM_SHARDS_DIR: shardsDir }, 'build:merge');
    writeFileSync(join(assets, name), original);
    expect(error).toContain(`${join(assets, name)} is not the merge's own _astro/${name}: shard 2 was built from other sources`);
    expect(existsSync(join(merged.dir, 'dist'))).toBe(false);
  }, 600_000);
});
