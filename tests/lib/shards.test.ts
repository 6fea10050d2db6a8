/** Which years go in which shard (src/lib/model/shards.ts): K/N read strictly, runs of years balanced by statements. */
import { describe, expect, it } from 'vitest';
import { parseShard, shardOfYear, shardYears } from '../../src/lib/model/shards.ts';

const counts = (pairs: [number, number][]) => new Map(pairs);

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('2/8', '--shard')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ', 'VERBATIM_SHARD')).toEqual({ index: 1, count: 1 });
  });

  it('refuses what is not shard K of N, naming the setting', () => {
    expect(() => parseShard('4/3', '--shard')).toThrow('--shard 4/3: K counts the shards from 1 to N (3)');
    expect(() => parseShard('0/3', '--shard')).toThrow('K counts the shards from 1 to N');
    expect(() => parseShard('1/0', 'VERBATIM_SHARD')).toThrow('VERBATIM_SHARD 1/0: N is the number of shards');
    expect(() => parseShard('2', '--shard')).toThrow('--shard "2": a shard is K/N');
    expect(() => parseShard('a/b', '--shard')).toThrow('a shard is K/N');
    expect(() => parseShard('1.5/3', '--shard')).toThrow('a shard is K/N');
  });
});

describe('shardYears', () => {
  it('cuts the years into consecutive runs, every year once, oldest first', () => {
    const cut = shardYears(counts([[2003, 10], [2001, 10], [2002, 10], [2004, 10], [2005, 10], [2006, 10]]), 3);
    expect(cut).toEqual([[2001, 2002], [2003, 2004], [2005, 2006]]);
  });

  it('makes the largest shard as small as it can be', () => {
    // One heavy year alone; the light ones together.
    expect(shardYears(counts([[2000, 1], [2001, 1], [2002, 1], [2003, 30], [2004, 1], [2005, 1]]), 3)).toEqual([[2000, 2001, 2002], [2003], [2004, 2005]]);
    const many = counts(Array.from({ length: 32 }, (_, i) => [1992 + i, 10 + ((i * 7) % 13)] as [number, number]));
    const cut = shardYears(many, 8);
    const sizes = cut.map((ys) => ys.reduce((n, y) => n + many.get(y)!, 0));
    const total = [...many.values()].reduce((a, b) => a + b, 0);
    expect(cut.flat()).toEqual([...many.keys()]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.ceil(total / 8) + 22);
  });

  it('gives every shard a year, and one shard everything', () => {
    expect(shardYears(counts([[2000, 100], [2001, 1], [2002, 1]]), 3)).toEqual([[2000], [2001], [2002]]);
    expect(shardYears(counts([[2000, 5], [2001, 1]]), 1)).toEqual([[2000, 2001]]);
  });

  it('refuses more shards than years', () => {
    expect(() => shardYears(counts([[2000, 5], [2001, 1]]), 3)).toThrow('statements of 2 years, fewer than the 3 shards asked');
  });
});

describe('shardOfYear', () => {
  it('finds the shard of a year, 1-based', () => {
    const cut = [[2000, 2001], [2002], [2003]];
    expect(shardOfYear(cut, 2001)).toBe(1);
    expect(shardOfYear(cut, 2003)).toBe(3);
    expect(shardOfYear(cut, 1999)).toBeUndefined();
  });
});
