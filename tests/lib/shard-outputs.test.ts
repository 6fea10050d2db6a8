/**
 * What the merge reads of the shards (src/lib/readers/shard-outputs.ts) and
 * which statements a build holds (src/markdown/statement-scope.ts): shards
 * 1 … N all there and of one N, each one's years the content's, each
 * statement taken from its year's shard; anything else refused, named.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readShardOutputs, SHARD_CACHE } from '../../src/lib/readers/shard-outputs.ts';
import { statementScope, type ListedStatement } from '../../src/markdown/statement-scope.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A shards folder with the given shards' outputs (`years` per shard). */
function shardsDir(shards: { shard: number; of: number; years: number[]; cache?: boolean; folder?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-shard-outputs-'));
  dirs.push(dir);
  for (const s of shards) {
    const at = join(dir, s.folder ?? String(s.shard));
    mkdirSync(join(at, 'dist'), { recursive: true });
    if (s.cache !== false) mkdirSync(join(at, SHARD_CACHE), { recursive: true });
    writeFileSync(join(at, 'dist/shard.json'), JSON.stringify({ shard: s.shard, of: s.of, years: s.years, statements: s.years.length }));
  }
  return dir;
}

const listed = (year: number | undefined, slug = `s-${year}`): ListedStatement => ({ file: `content/statements/${slug}.mdx`, slug, cache: `/c/${slug}.0123456789abcdef.json`, year });

describe('readShardOutputs', () => {
  it('reads shards 1 … N in order', () => {
    const dir = shardsDir([{ shard: 2, of: 2, years: [2001] }, { shard: 1, of: 2, years: [2000] }]);
    const out = readShardOutputs(dir);
    expect(out.map((s) => [s.shard, s.years])).toEqual([[1, [2000]], [2, [2001]]]);
    expect(out[0].cache).toBe(join(dir, '1', SHARD_CACHE));
  });

  it('names a missing shard, a missing cache, a shard in the wrong folder and shards of different N', () => {
    expect(() => readShardOutputs(shardsDir([{ shard: 1, of: 3, years: [2000] }, { shard: 3, of: 3, years: [2002] }]))).toThrow(/\/2: shard 2 of 3 is missing/);
    expect(() => readShardOutputs(shardsDir([{ shard: 1, of: 1, years: [2000], cache: false }]))).toThrow(`no ${SHARD_CACHE}/`);
    expect(() => readShardOutputs(shardsDir([{ shard: 2, of: 2, years: [2000], folder: '1' }, { shard: 2, of: 2, years: [2001] }]))).toThrow('shard 2 of 2, in the folder of shard 1');
    expect(() => readShardOutputs(shardsDir([{ shard: 1, of: 2, years: [2000] }, { shard: 2, of: 3, years: [2001] }]))).toThrow('shards of different builds (1/2, 2/3)');
    expect(() => readShardOutputs(shardsDir([{ shard: 1, of: 1, years: [2000], folder: 'one' }]))).toThrow("not a shard's folder");
    expect(() => readShardOutputs(join(tmpdir(), 'verbatim-no-such-folder'))).toThrow('no shard outputs at');
  });
});

describe('statementScope', () => {
  const statements = [listed(2000), listed(2001), listed(2002), listed(2003), listed(undefined, 'no-year')];

  it('holds every statement in a whole build', () => {
    const scope = statementScope(statements, { mode: 'whole' });
    expect(statements.every(scope.holds)).toBe(true);
  });

  it('holds a shard’s years in a shard, a statement without a year in shard 1 (whose compile reports it)', () => {
    const held = (index: number) => statements.filter(statementScope(statements, { mode: 'shard', shard: { index, count: 2 } }).holds).map((s) => s.slug);
    expect(held(1)).toEqual(['s-2000', 's-2001', 'no-year']);
    expect(held(2)).toEqual(['s-2002', 's-2003']);
  });

  it('in the merge, takes each statement from its year’s shard, and refuses shards built for other years', () => {
    const good = shardsDir([{ shard: 1, of: 2, years: [2000, 2001] }, { shard: 2, of: 2, years: [2002, 2003] }]);
    const scope = statementScope(statements, { mode: 'merge', shardsDir: good });
    expect(scope.problems).toEqual([]);
    expect(scope.source!(statements[2])).toEqual({ file: join(good, '2', SHARD_CACHE, 's-2002.0123456789abcdef.json'), shard: '2 of 2' });
    expect(scope.source!(statements[4]).shard).toBe('1 of 2');
    const stale = shardsDir([{ shard: 1, of: 2, years: [2000] }, { shard: 2, of: 2, years: [2001, 2002, 2003] }]);
    expect(statementScope(statements, { mode: 'merge', shardsDir: stale }).problems).toEqual([
      `${join(stale, '1/dist/shard.json')}: shard 1 of 2 was built for the years 2000; this content puts 2000–2001 in it (build the shards again from this content)`,
      `${join(stale, '2/dist/shard.json')}: shard 2 of 2 was built for the years 2001–2003; this content puts 2002–2003 in it (build the shards again from this content)`,
    ]);
  });
});
