/**
 * Builds in shards and their merge (issue 23; src/lib/readers/build-scope.ts).
 *
 * - A shard's build (`--shard K/N`) leaves in dist/ only what is its own: its
 *   statements' pages and files (`statements/…`), their search records
 *   (`pagefind/statements/<year>/…`), the hashed assets they load (`_astro/`,
 *   kept so the merge can check they are its own), and `shard.json`, which says
 *   which shard of how many it is and which years it holds. Its compile cache
 *   (.astro/cache/verbatim-statements/) is the rest of its output.
 * - The merge (`npm run build:merge`) checks the shards' outputs before it
 *   builds anything (src/lib/readers/shard-outputs.ts), builds what spans the
 *   corpus, and then copies each shard's own files into its dist/. A shard's
 *   assets that are not the merge's (a shard built from other sources) fail the
 *   merge, and a merge that fails leaves no dist/ behind to be published.
 *
 * Listed after the search index, which indexes the shard's pages first and
 * builds the merge's word index from the shards' records.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScope } from '../lib/readers/build-scope.ts';
import { readShardOutputs, SHARD_MANIFEST, type ShardManifest, type ShardOutput } from '../lib/readers/shard-outputs.ts';
import { readYearRecords, recordsDir, recordYears } from '../lib/readers/search-records.ts';
import { paths } from '../lib/routing/routes.ts';
import type { Shard } from '../lib/model/shards.ts';

/** What a shard writes of its own, below dist/: its statements' folder and their search records'. */
const ownFolders = (dist: string) => [paths.statement('x').split('/')[0], relative(dist, recordsDir(dist))];

/** Leaves in a shard's dist/ its own files and the assets, and says what it holds. */
function keepShardOutput(dist: string, shard: Shard, assets: string) {
  const keep = new Set([...ownFolders(dist), assets]);
  const prune = (dir: string) => {
    for (const name of readdirSync(join(dist, dir))) {
      const path = join(dir, name);
      if (keep.has(path.split(sep).join('/'))) continue;
      // A folder that holds something kept (pagefind/ holds statements/) is pruned inside; anything else goes.
      if ([...keep].some((k) => k.startsWith(`${path.split(sep).join('/')}/`))) prune(path);
      else rmSync(join(dist, path), { recursive: true, force: true });
    }
  };
  prune('');
  const years = recordYears(dist).map(Number).sort((a, b) => a - b);
  const manifest: ShardManifest = { shard: shard.index, of: shard.count, years, statements: years.reduce((n, y) => n + readdirSync(join(recordsDir(dist), String(y))).length, 0) };
  writeFileSync(join(dist, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Files below `dir`, relative to it. */
const filesBelow = (dir: string) => (existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name))).sort()) : []);

/** Fails unless each shard's assets are the merge's own, byte for byte: their pages load the merge's. */
function checkAssets(dist: string, shards: ShardOutput[], assets: string) {
  const mine = join(dist, assets);
  for (const shard of shards) {
    for (const file of filesBelow(join(shard.dist, assets))) {
      const theirs = join(shard.dist, assets, file);
      const ours = join(mine, file);
      if (!existsSync(ours) || !readFileSync(ours).equals(readFileSync(theirs)))
        throw new Error(`merge: ${theirs} is not the merge's own ${assets}/${file}: shard ${shard.shard} was built from other sources than the merge (build the shards and the merge from one commit)`);
    }
  }
}

/** Every shard's records, read once before the merge builds (a missing or broken one fails it before anything is written). */
function checkRecords(shards: ShardOutput[]) {
  for (const shard of shards) {
    const years = recordYears(shard.dist).map(Number).sort((a, b) => a - b);
    if (years.join() !== shard.years.join()) throw new Error(`merge: ${recordsDir(shard.dist)} holds the search records of ${years.join(', ') || 'no year'}; its ${SHARD_MANIFEST} says ${shard.years.join(', ')}`);
    const n = years.reduce((sum, y) => sum + readYearRecords(shard.dist, String(y)).length, 0);
    if (n !== shard.statements) throw new Error(`merge: ${recordsDir(shard.dist)} holds ${n} search records; its ${SHARD_MANIFEST} says ${shard.statements} statements`);
  }
}

export default function shards(): AstroIntegration {
  let assets = '_astro';
  return {
    name: 'verbatim-shards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const scope = buildScope();
        if (command === 'build' && scope.mode === 'merge') checkRecords(readShardOutputs(scope.shardsDir));
      },
      'astro:config:done': ({ config }) => {
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const scope = buildScope();
        const dist = fileURLToPath(dir);
        if (scope.mode === 'shard') {
          keepShardOutput(dist, scope.shard, assets);
          logger.info(`shard ${scope.shard.index} of ${scope.shard.count}: dist/ holds its statements' files and ${SHARD_MANIFEST}`);
        }
        if (scope.mode !== 'merge') return;
        try {
          const outputs = readShardOutputs(scope.shardsDir);
          checkAssets(dist, outputs, assets);
          for (const shard of outputs) {
            for (const folder of ownFolders(shard.dist)) {
              // errorOnExist: a file two shards (or a shard and the merge) both wrote is an error, not overwritten.
              if (existsSync(join(shard.dist, folder))) cpSync(join(shard.dist, folder), join(dist, folder), { recursive: true, force: false, errorOnExist: true });
            }
          }
          logger.info(`merged the statements of ${outputs.length} shards (${outputs.reduce((n, s) => n + s.statements, 0)} statements)`);
        } catch (e) {
          rmSync(dist, { recursive: true, force: true });
          throw new Error(`${(e as Error).message}\n(the merge's dist/ was removed: nothing half-merged is left to publish)`);
        }
      },
    },
  };
}
