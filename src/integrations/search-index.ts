/**
 * The search index, built after the site by Pagefind's Node API:
 *
 * - the glossary's entries, one Pagefind bundle at /pagefind/, which the
 *   search dialog searches with Pagefind's own code (names, acronyms, prefixes
 *   as the reader types);
 * - the statements, indexed by Pagefind one year at a time (so that memory
 *   stays that of one year), each year's bundle read back for its pages'
 *   fragments (the text as Pagefind indexed it, with anchors, filters and
 *   metadata), from which the edition's word index is made
 *   (src/lib/formats/search-words.ts). The fragments are kept, by year and
 *   statement number (/pagefind/statements/<year>/<n>.bin, without what no
 *   passage needs); the rest of a year's bundle is not, since no search asks it: a search of every year
 *   through Pagefind's bundles fetched a chunk of each year's for each word
 *   (1 MiB for one word at 10,000 statements), the word index one file a word.
 *
 * A statement page says its year in `data-search-year`; anything else with
 * `data-pagefind-body` is the glossary's. Once indexed, the pages lose what
 * only Pagefind reads (its data-pagefind-* attributes and hidden spans:
 * src/lib/formats/index-markup.ts), which no reader's browser needs.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { paths } from '../lib/routing/routes.ts';
import { withoutIndexMarkup } from '../lib/formats/index-markup.ts';
import { statementRecord, WordIndexBuilder } from '../lib/formats/search-words.ts';
import { readFragments } from '../lib/readers/pagefind-fragments.ts';
import { buildScope, buildsCorpus, buildsStatements } from '../lib/readers/build-scope.ts';
import { readShardOutputs } from '../lib/readers/shard-outputs.ts';
import { readYearRecords, recordsDir, recordYears } from '../lib/readers/search-records.ts';

const YEAR = /data-search-year="(\d{4})"/;

/** A `.bin` file of the search: JSON, gzip (the browser opens it itself). */
const gzipJson = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value)), { level: 9 });

/** Fails the build with Pagefind's own messages. */
function check<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

/** Statement pages of dist/, by year. */
export function statementPagesByYear(dist: string): Map<string, string[]> {
  const byYear = new Map<string, string[]>();
  const dir = join(dist, 'statements');
  if (!existsSync(dir)) return byYear;
  for (const slug of readdirSync(dir)) {
    const page = join('statements', slug, 'index.html');
    if (!existsSync(join(dist, page))) continue;
    const year = YEAR.exec(readFileSync(join(dist, page), 'utf8'))?.[1];
    if (!year) continue;
    const list = byYear.get(year) ?? [];
    list.push(page);
    byYear.set(year, list);
  }
  return byYear;
}

/** Pagefind's ready-made interfaces, which the site does not use (it has its own dialog). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function writeBundle(outputPath: string, add: (index: pagefind.PagefindIndex) => Promise<number>) {
  const { index } = check('create', await pagefind.createIndex({}));
  const pages = await add(index!);
  check('write', await index!.writeFiles({ outputPath }));
  await index!.deleteIndex();
  for (const name of readdirSync(outputPath)) {
    if (UNUSED.test(name)) rmSync(join(outputPath, name));
  }
  return pages;
}

/** Indexes each year's statement pages with Pagefind, newest first, writing their search records; returns the pages by year. */
async function indexYears(dist: string, words: WordIndexBuilder): Promise<Map<string, string[]>> {
  const years = statementPagesByYear(dist);
  // Newest year first, as the word index numbers the statements.
  for (const [year, pages] of [...years].sort().reverse()) {
    const bundle = mkdtempSync(join(tmpdir(), `verbatim-search-${year}-`));
    try {
      await writeBundle(bundle, async (index) => {
        for (const page of pages) {
          check(page, await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(dist, page), 'utf8') }));
        }
        return pages.length;
      });
      const ordered = words.addYear(year, readFragments(bundle));
      mkdirSync(dirname(join(dist, paths.searchStatement(year, 0))), { recursive: true });
      ordered.forEach((f, n) => writeFileSync(join(dist, paths.searchStatement(year, n)), gzipJson(statementRecord(f))));
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
  }
  return years;
}

/**
 * The merge's word index (issue 23): from the shards' search records, every year newest first, one year's records
 * in memory at a time. The records are in the order their shard numbered them, which must be the index's.
 */
function addShardRecords(shardsDir: string, words: WordIndexBuilder): number {
  const years = readShardOutputs(shardsDir)
    .flatMap((shard) => recordYears(shard.dist).map((year) => ({ year, dist: shard.dist })))
    .sort((a, b) => b.year.localeCompare(a.year));
  let statements = 0;
  for (const { year, dist } of years) {
    const records = readYearRecords(dist, year);
    const ordered = words.addYear(year, records);
    if (ordered.some((f, n) => f !== records[n])) throw new Error(`${recordsDir(dist)}/${year}: the records are not in the word index's order (a shard built by other code?)`);
    statements += records.length;
  }
  return statements;
}

function writeWords(dist: string, words: WordIndexBuilder) {
  const wordsDir = dirname(join(dist, paths.searchWords));
  for (const [name, value] of words.files()) {
    mkdirSync(dirname(join(wordsDir, name)), { recursive: true });
    writeFileSync(join(wordsDir, name), name.endsWith('.json') ? JSON.stringify(value) : gzipJson(value));
  }
}

/** The glossary's entry pages in dist/. */
function entityPagesOf(dist: string): string[] {
  const entities = join(dist, paths.glossary);
  return existsSync(entities) ? readdirSync(entities).map((id) => join(paths.entity(id), 'index.html')).filter((page) => existsSync(join(dist, page))) : [];
}

/**
 * In a shard (issue 23) only its statements are indexed (their records are its output; the word index, numbered
 * across the corpus, is the merge's); the merge indexes the glossary and makes the word index from the shards'
 * records; a whole build does both.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'verbatim-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const scope = buildScope();
        const dist = fileURLToPath(dir);
        rmSync(join(dist, paths.search), { recursive: true, force: true });
        try {
          const entries = !buildsCorpus(scope)
            ? 0
            : await writeBundle(
                join(dist, paths.search),
                // The entries' own pages only: their further pages of statements (glossary/<id>/2/…) grow with the
                // corpus, carry no data-pagefind-body, and reading them cost 17 s at 10,000 statements.
                async (index) => check('glossary', await index.addDirectory({ path: dist, glob: `${paths.entity('*')}index.html` })).page_count,
              );
          const words = new WordIndexBuilder();
          const years = buildsStatements(scope) ? await indexYears(dist, words) : new Map<string, string[]>();
          const statements = scope.mode === 'merge' ? addShardRecords(scope.shardsDir, words) : [...years.values()].flat().length;
          if (buildsCorpus(scope)) writeWords(dist, words);
          // The pages as readers get them: without what only the index reads, now that it is read.
          for (const page of [...entityPagesOf(dist), ...[...years.values()].flat()]) {
            const file = join(dist, page);
            writeFileSync(file, withoutIndexMarkup(readFileSync(file, 'utf8')));
          }
          logger.info(`indexed ${entries} glossary pages, and ${statements} statements${buildsCorpus(scope) ? ' into the word index' : ''} (${Math.round(performance.now() - started)} ms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
