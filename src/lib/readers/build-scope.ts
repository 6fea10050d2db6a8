/**
 * What this build writes (issue 23): the whole edition; one shard of its
 * statements (`npm run build -- --shard K/N`, or VERBATIM_SHARD=K/N): their
 * pages, data files and search records, nothing that spans the corpus; or the
 * merge (`npm run build:merge`, VERBATIM_MERGE=1): what spans the corpus, from
 * the shards' outputs in VERBATIM_SHARDS_DIR (default `shards/` in the project
 * folder). astro.config.mjs turns the flags into the environment, so that the
 * compile workers, the pages and the integrations all read the same.
 */
import { resolve } from 'node:path';
import { parseShard, type Shard } from '../model/shards.ts';

export type BuildScope = { mode: 'whole' } | { mode: 'shard'; shard: Shard } | { mode: 'merge'; shardsDir: string };

export function buildScope(env: NodeJS.ProcessEnv = process.env): BuildScope {
  const shard = env.VERBATIM_SHARD;
  const merge = env.VERBATIM_MERGE;
  if (shard && merge) throw new Error('VERBATIM_SHARD and VERBATIM_MERGE are both set: a build is one shard or the merge, not both');
  if (shard) return { mode: 'shard', shard: parseShard(shard, 'VERBATIM_SHARD') };
  if (merge && merge !== '1') throw new Error(`VERBATIM_MERGE=${merge}: set it to 1 to merge the shards, or leave it unset`);
  if (merge) return { mode: 'merge', shardsDir: resolve(env.VERBATIM_SHARDS_DIR || 'shards') };
  return { mode: 'whole' };
}

/** Whether this build writes the statements' own pages and files (not in the merge: the shards did). */
export const buildsStatements = (scope: BuildScope = buildScope()) => scope.mode !== 'merge';

/** Whether this build writes what spans the corpus (not in a shard: the merge does). */
export const buildsCorpus = (scope: BuildScope = buildScope()) => scope.mode !== 'shard';
