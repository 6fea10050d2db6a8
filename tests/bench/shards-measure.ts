/**
 * The scale run's shards line (issue 23): the same synthetic corpus built as
 * shards, each from a cold cache as a CI runner builds it, their outputs taken
 * into a shards folder as the workflow's artifacts bring them, then the merge
 * (`npm run build:merge`); then one statement added (in the oldest year, so in
 * shard 1), its shard built again from that shard's own cache, and the merge
 * again: what an edit costs. Times and peak memory of every build.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TempSite } from '../support/temp-site.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runMeasured } from './process-tree.ts';
import { log } from './format.ts';

export interface ShardsResult {
  shards: number;
  /** Each shard's build, in order. */
  shardMs: number[];
  shardPeakBytes: number[];
  mergeMs: number;
  mergePeakBytes: number;
  /** After one statement was added: its shard's build (from its cache) and the merge's. */
  incrementalShardMs: number;
  incrementalMergeMs: number;
}

const CACHE = '.astro/cache/verbatim-statements';

export async function measureShards(site: TempSite, count: number): Promise<ShardsResult> {
  const shardsDir = join(site.dir, 'shards');
  const env = { ...process.env, VERBATIM_SHARDS_DIR: shardsDir };
  const clean = () => {
    rmSync(join(site.dir, 'dist'), { recursive: true, force: true });
    rmSync(join(site.dir, '.astro'), { recursive: true, force: true });
  };
  const take = (k: number) => {
    rmSync(join(shardsDir, String(k)), { recursive: true, force: true });
    cpSync(join(site.dir, 'dist'), join(shardsDir, String(k), 'dist'), { recursive: true });
    cpSync(join(site.dir, CACHE), join(shardsDir, String(k), CACHE), { recursive: true });
  };
  const shardMs: number[] = [];
  const shardPeakBytes: number[] = [];
  for (let k = 1; k <= count; k++) {
    log(`scale: shard ${k}/${count}…`);
    clean();
    const run = await runMeasured('npm', ['run', '--silent', 'build', '--', '--shard', `${k}/${count}`], site.dir, env);
    shardMs.push(run.ms);
    shardPeakBytes.push(run.peakBytes);
    take(k);
  }
  log('scale: the merge…');
  clean();
  const merge = await runMeasured('npm', ['run', '--silent', 'build:merge'], site.dir, env);
  if (!existsSync(join(site.dir, 'dist/index.html'))) throw new Error('bench: the merge wrote no dist/index.html');

  // One statement more, in the corpus's oldest year: shard 1's.
  const added = generateCorpus({ n: 1, prefix: 'added', seed: 7316 });
  const year = /^year: (\d{4})/m.exec(added.files.find((f) => f.path.endsWith('.mdx'))!.content)?.[1];
  const holder = readdirSync(shardsDir).find((k) => (JSON.parse(readFileSync(join(shardsDir, k, 'dist/shard.json'), 'utf8')) as { years: number[] }).years.includes(Number(year)));
  if (!holder) throw new Error(`bench: no shard holds ${year}, the added statement's year`);
  // A meeting of its own: the corpus's SYN/PV.1 is another day's.
  for (const f of added.files) site.write(f.path, f.content.replace(/^  record: SYN\/PV\.\d+$/m, '  record: SYN/PV.99999'));
  log(`scale: one statement added (${year}), shard ${holder} again, then the merge…`);
  clean();
  mkdirSync(join(site.dir, '.astro/cache'), { recursive: true });
  cpSync(join(shardsDir, holder, CACHE), join(site.dir, CACHE), { recursive: true });
  const again = await runMeasured('npm', ['run', '--silent', 'build', '--', '--shard', `${holder}/${count}`], site.dir, env);
  take(Number(holder));
  clean();
  const mergeAgain = await runMeasured('npm', ['run', '--silent', 'build:merge'], site.dir, env);
  return {
    shards: count,
    shardMs,
    shardPeakBytes,
    mergeMs: merge.ms,
    mergePeakBytes: merge.peakBytes,
    incrementalShardMs: again.ms,
    incrementalMergeMs: mergeAgain.ms,
  };
}
