/**
 * The statements collection's loader. Each `content/statements/<slug>.mdx` is
 * compiled once (compile-statement.ts); the compiled statement goes to a cache
 * file named by its digest, and only its summary (src/lib/model/statement/statement.ts) goes to
 * Astro's data store. Pages read a statement's text from the cache when they
 * render it, so the build holds summaries in memory, never the corpus.
 *
 * A statement is compiled again only when its file, its record, the glossary
 * or the compiler changes (statement-digest.ts), or its cache file is not whole. Every problem of every file is reported at once,
 * as `file:line: message`, and stops the build.
 */
import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../lib/readers/yaml.ts';
import { readGlossaryOnce } from '../lib/readers/glossary.ts';
import { slugTooLong } from '../lib/model/limits.ts';
import { compileBatch, type CompileJob, type CompileResult } from './compile-batch.ts';
import { cacheIsWhole, lineOfMeetingKey, statementFacts } from './statement-digest.ts';
import { statementScope } from './statement-scope.ts';
import { buildScope } from '../lib/readers/build-scope.ts';
import { meetingConflicts, type MeetingFacts } from '../lib/model/meeting/conflicts.ts';
import { citationCachePath, summarise } from '../lib/model/statement/summary.ts';
import type { CompiledStatement } from '../lib/model/statement/statement.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The statement files of a folder, or the problems that make the folder unusable. */
export function listStatementFiles(dir: string, root: string): { files: string[]; problems: string[] } {
  const problems: string[] = [];
  const files: string[] = [];
  const bySlug = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = relative(root, path);
    if (name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) {
      problems.push(`${rel}:1: statements live directly in ${relative(root, dir)}/, not in sub-folders`);
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push(`${rel}:1: not a statement file: statements are <slug>.mdx`);
      continue;
    }
    const slug = name.slice(0, -'.mdx'.length);
    if (!SLUG.test(slug)) {
      problems.push(`${rel}:1: "${slug}" is not a slug (lower-case letters and digits joined by single hyphens): it is the statement's address`);
      continue;
    }
    const tooLong = slugTooLong(slug);
    if (tooLong) {
      problems.push(`${rel}:1: ${tooLong}`);
      continue;
    }
    const twin = bySlug.get(slug.toLowerCase());
    if (twin) problems.push(`${rel}:1: the same address as ${twin}`);
    bySlug.set(slug.toLowerCase(), rel);
    files.push(path);
  }
  return { files, problems };
}

/** A digest of the files the compiler is made of (src/lib's folders too), so that changing the compiler recompiles everything. */
export function compilerDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of ['src/markdown', 'src/lib']) {
    const names = (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  return hash.digest('hex');
}

/** Below this many statements to compile, threads cost more than they save. */
const PARALLEL_FROM = 200;

/** Compiles the jobs' files on every core (worker threads), or here when there are few. */
async function compileAll(job: CompileJob): Promise<CompileResult> {
  const threads = Math.min(availableParallelism(), Math.ceil(job.files.length / PARALLEL_FROM));
  if (threads <= 1) return compileBatch(job);
  const shares = Array.from({ length: threads }, (_, i) => job.files.filter((_, k) => k % threads === i));
  const results = await Promise.all(
    shares.map(
      (files) =>
        new Promise<CompileResult>((resolve, reject) => {
          const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { workerData: { ...job, files } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return { compiled: results.flatMap((r) => r.compiled), problems: results.flatMap((r) => r.problems) };
}

/** A file of a shard's cache into this one: a hard link (no bytes copied, 11 GB at the corpus's size), else a copy. */
function linkOrCopy(from: string, to: string) {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** A statement's cache file, its citations' file, or one of either left half-written (`.<pid>.tmp`). */
const CACHE_FILE = /\.[0-9a-f]{16}(\.cite)?\.json(\.\d+\.tmp)?$/;

export function statementLoader(): Loader {
  return {
    name: 'verbatim-statements',
    load: async ({ store, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const statementsDir = join(root, 'content/statements');
      const glossaryDir = join(root, 'content/glossary');
      const cacheDir = join(fileURLToPath(config.cacheDir), 'verbatim-statements');
      mkdirSync(cacheDir, { recursive: true });

      const sync = async () => {
        const started = performance.now();
        // Read (and checked) once: the glossary collection's loader shares this reading.
        const glossary = readGlossaryOnce(glossaryDir, root);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const site = config.site;
        // The site's address is in the digest: the cached citations carry it.
        const shared = `${compilerDigest(root)}:${glossary.digest}:${base}:${site ?? ''}`;
        const { files, problems } = listStatementFiles(statementsDir, root);
        // Every statement's digest and year first (no compile): a shard takes the statements of its years,
        // and the cache keeps what any statement uses, whichever shard builds it.
        const listed = files.map((path) => {
          const file = relative(root, path);
          const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
          const text = readFileSync(path, 'utf8');
          const { digest, year } = statementFacts(path, text, shared);
          return { path, file, slug, digest, cache: join(cacheDir, `${slug}.${digest}.json`), year };
        });
        const scope = statementScope(listed, buildScope());
        problems.push(...scope.problems);
        const seen = new Set<string>();
        // The cache files of the statements as they are now (each statement's and its citations').
        const live = new Set(listed.flatMap(({ cache }) => [basename(cache), basename(citationCachePath(cache))]));
        const toCompile: CompileJob['files'] = [];
        let restored = 0;
        for (const { path, file, slug, digest, cache, year } of listed) {
          if (!scope.holds({ file, slug, cache, year })) continue;
          seen.add(slug);
          // The merge compiles nothing: each statement is the one its shard compiled, copied into this cache.
          if (scope.source && !cacheIsWhole(cache, digest)) {
            const from = scope.source({ file, slug, cache, year });
            if (!cacheIsWhole(from.file, digest)) {
              problems.push(`${file}:1: shard ${from.shard} did not compile it as it is now (${from.file} is missing or made for other content): build that shard again from this content`);
              continue;
            }
            // Citations first: the statement's file, checked whole with its citations' size, comes last.
            linkOrCopy(citationCachePath(from.file), citationCachePath(cache));
            linkOrCopy(from.file, cache);
          }
          // A cache file that is missing, cut short or not made for this digest is compiled again.
          if (cacheIsWhole(cache, digest)) {
            if (store.get(slug)?.digest === digest) continue;
            // A whole cache file this store does not know (a compile cache kept without .astro's data store,
            // as a CI cache or a shard's output brings it): its summary is read from it, not compiled again.
            store.set({ id: slug, data: { ...summarise(JSON.parse(readFileSync(cache, 'utf8')) as CompiledStatement, cache) }, digest, filePath: file });
            restored++;
            continue;
          }
          toCompile.push({ path, file, cache, digest });
        }
        const result = await compileAll({ entities: glossary.entries.map((e) => e.entity), base, site, files: toCompile });
        for (const { summary, digest, file } of result.compiled) store.set({ id: summary.slug, data: { ...summary }, digest, filePath: file });
        for (const slug of store.keys()) if (!seen.has(slug)) store.delete(slug);
        problems.push(...result.problems);
        // Across statements, compiled now or before: what they say of one meeting must agree.
        problems.push(...meetingConflicts(store.values().map((e) => e.data as unknown as MeetingFacts), (file, key) => lineOfMeetingKey(join(root, file), key)));
        if (problems.length > 0) throw new DataError(problems.sort());
        // What no statement uses any more (an edited one's former digest, a removed one, a half file of a
        // build that was stopped) leaves the cache; the folder's other contents (the mentions index) stay.
        const stale = readdirSync(cacheDir).filter((f) => CACHE_FILE.test(f) && !live.has(f));
        for (const f of stale) rmSync(join(cacheDir, f), { force: true });
        logger.info(`${seen.size} of ${files.length} statements (${result.compiled.length} compiled, ${restored} read from the compile cache alone, ${stale.length} cache files dropped) in ${Math.round(performance.now() - started)} ms`);
      };

      await sync();
      // In `astro dev`, a change to a statement, a record or the glossary syncs again (unchanged ones are skipped).
      watcher?.on('all', (_event, path) => {
        if (/content\/(statements|sources|glossary)\//.test(path)) {
          sync().catch((e: Error) => logger.error(e.message));
        }
      });
    },
  };
}
