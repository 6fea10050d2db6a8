/**
 * The shards' outputs as the merge reads them (issue 23). VERBATIM_SHARDS_DIR
 * holds one folder per shard, named by its number (1 … N), each holding what
 * the shard's build left in its project folder:
 *
 *   <K>/dist/                              its pages, data files and search records, and shard.json
 *   <K>/.astro/cache/verbatim-statements/  its compile cache (the statements compiled, with their citations)
 *
 * Everything is checked before the merge writes anything: a missing shard, a
 * folder without its dist/ or cache, a manifest of another N: each is named.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a shard's build says of itself, at the root of its dist/. */
export const SHARD_MANIFEST = 'shard.json';
/** A shard's compile cache inside its folder (as a build leaves it: astro.config.mjs `cacheDir`). */
export const SHARD_CACHE = '.astro/cache/verbatim-statements';

export interface ShardManifest {
  shard: number;
  of: number;
  /** Its years, oldest first. */
  years: number[];
  statements: number;
}

export interface ShardOutput extends ShardManifest {
  dist: string;
  cache: string;
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

function readManifest(file: string): ShardManifest | string {
  let data: Partial<ShardManifest>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<ShardManifest>;
  } catch (e) {
    return `${file}: not a shard manifest (${(e as Error).message})`;
  }
  const ok = Number.isInteger(data.shard) && Number.isInteger(data.of) && Array.isArray(data.years) && Number.isInteger(data.statements);
  return ok ? (data as ShardManifest) : `${file}: not a shard manifest (shard, of, years, statements)`;
}

/** Every shard's output, shard 1 first; throws naming every problem when one is missing or of another set of shards. */
export function readShardOutputs(shardsDir: string): ShardOutput[] {
  const where = `${shardsDir} (VERBATIM_SHARDS_DIR)`;
  if (!isDir(shardsDir)) throw new Error(`merge: no shard outputs at ${where}: it holds a folder per shard, 1 … N, each with the dist/ and ${SHARD_CACHE}/ its build left`);
  const problems: string[] = [];
  const found: ShardOutput[] = [];
  for (const name of readdirSync(shardsDir).sort((a, b) => Number(a) - Number(b))) {
    const dir = join(shardsDir, name);
    if (name.startsWith('.') || !isDir(dir)) continue;
    if (!/^[1-9]\d*$/.test(name)) {
      problems.push(`${dir}: not a shard's folder (they are named 1 … N, by the shard's number)`);
      continue;
    }
    const dist = join(dir, 'dist');
    const cache = join(dir, SHARD_CACHE);
    const manifest = join(dist, SHARD_MANIFEST);
    if (!existsSync(manifest)) {
      problems.push(`${dir}: no ${join('dist', SHARD_MANIFEST)} (the shard's build did not finish, or this is not a shard's output)`);
      continue;
    }
    const read = readManifest(manifest);
    if (typeof read === 'string') {
      problems.push(read);
      continue;
    }
    if (read.shard !== Number(name)) problems.push(`${manifest}: shard ${read.shard} of ${read.of}, in the folder of shard ${name}`);
    if (!isDir(cache)) problems.push(`${dir}: no ${SHARD_CACHE}/ (the shard's compile cache, which the merge reads its statements from)`);
    found.push({ ...read, dist, cache });
  }
  const counts = [...new Set(found.map((s) => s.of))];
  if (counts.length > 1) problems.push(`${where}: shards of different builds (${found.map((s) => `${s.shard}/${s.of}`).join(', ')})`);
  const n = counts[0] ?? 0;
  if (found.length === 0 && problems.length === 0) problems.push(`${where}: no shard's folder in it (1 … N)`);
  for (let k = 1; k <= n; k++) if (!found.some((s) => s.shard === k)) problems.push(`${join(shardsDir, String(k))}: shard ${k} of ${n} is missing`);
  if (problems.length > 0) throw new Error(`merge: the shards' outputs are not whole:\n${problems.join('\n')}`);
  return found.sort((a, b) => a.shard - b.shard);
}
