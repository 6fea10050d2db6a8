/**
 * The statements a build holds (issue 23): every one in a whole build and in
 * the merge, the statements of its years in a shard. The years are cut into
 * shards from every statement's front matter (src/lib/model/shards.ts), read
 * without compiling, so every shard and the merge cut them alike. In the merge
 * each statement comes from the compile cache of the shard of its year, which
 * must hold it as it is now (same digest): a shard built from other content is
 * refused, naming the statement and the shard.
 */
import { basename, join } from 'node:path';
import { shardOfYear, shardYears } from '../lib/model/shards.ts';
import type { BuildScope } from '../lib/readers/build-scope.ts';
import { readShardOutputs, SHARD_MANIFEST } from '../lib/readers/shard-outputs.ts';

export interface ListedStatement {
  file: string;
  slug: string;
  /** Its cache file in this build's compile cache. */
  cache: string;
  /** The year its front matter gives, if it gives a whole number. */
  year: number | undefined;
}

export interface StatementScope {
  /** Whether this build holds the statement. */
  holds: (s: ListedStatement) => boolean;
  /** In the merge: the shard's cache file to take the statement from, and which shard that is. */
  source?: (s: ListedStatement) => { file: string; shard: string };
  problems: string[];
}

const range = (years: number[]) => (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.length ? String(years[0]) : 'no year');

/** The shard of a statement's year; a statement without a usable year goes to shard 1, whose compile then reports it. */
const shardOf = (cut: number[][], s: ListedStatement) => (s.year === undefined ? 1 : (shardOfYear(cut, s.year) ?? 1));

export function statementScope(listed: ListedStatement[], scope: BuildScope): StatementScope {
  if (scope.mode === 'whole') return { holds: () => true, problems: [] };
  const counts = new Map<number, number>();
  for (const s of listed) if (s.year !== undefined) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  if (scope.mode === 'shard') {
    const cut = shardYears(counts, scope.shard.count);
    return { holds: (s) => shardOf(cut, s) === scope.shard.index, problems: [] };
  }
  const outputs = readShardOutputs(scope.shardsDir);
  const cut = shardYears(counts, outputs.length);
  return {
    holds: () => true,
    source: (s) => {
      const k = shardOf(cut, s);
      return { file: join(outputs[k - 1].cache, basename(s.cache)), shard: `${k} of ${outputs.length}` };
    },
    problems: outputs.flatMap((o) =>
      o.years.join() === cut[o.shard - 1].join()
        ? []
        : [`${join(o.dist, SHARD_MANIFEST)}: shard ${o.shard} of ${o.of} was built for the years ${range(o.years)}; this content puts ${range(cut[o.shard - 1])} in it (build the shards again from this content)`],
    ),
  };
}
