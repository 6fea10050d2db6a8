/**
 * The search index, built after the site by Pagefind's Node API, in bundles
 * that stay small as the corpus grows: one for the glossary at /pagefind/, and
 * one per year of statements at /pagefind/years/<year>/. The search dialog
 * loads the glossary's and merges the year it needs (Pagefind's mergeIndex),
 * so a first search costs what one year of statements costs, not the corpus.
 *
 * A statement page says its year in `data-search-year`; anything else with
 * `data-pagefind-body` (the glossary's entries) goes to the first bundle.
 * /pagefind/years.json lists the years and their statements for the dialog.
 *
 * Once indexed, the pages lose what only Pagefind reads (its data-pagefind-*
 * attributes and hidden spans: src/lib/formats/index-markup.ts), which no
 * reader's browser needs to download.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { paths } from '../lib/routing/routes.ts';
import { withoutIndexMarkup } from '../lib/formats/index-markup.ts';

const YEAR = /data-search-year="(\d{4})"/;

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
/** A merged year bundle is searched by the glossary bundle's code: it needs its index, not a copy of the code. */
const CODE = /^(pagefind\.js|pagefind-worker\.js)$/;

async function writeBundle(outputPath: string, add: (index: pagefind.PagefindIndex) => Promise<number>, merged: boolean) {
  const { index } = check('create', await pagefind.createIndex({}));
  const pages = await add(index!);
  check('write', await index!.writeFiles({ outputPath }));
  await index!.deleteIndex();
  for (const name of readdirSync(outputPath)) {
    if (UNUSED.test(name) || (merged && CODE.test(name))) rmSync(join(outputPath, name));
  }
  return pages;
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'verbatim-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        rmSync(join(dist, paths.search), { recursive: true, force: true });
        try {
          const entries = await writeBundle(
            join(dist, paths.search),
            // The entries' own pages only: their further pages of statements (glossary/<id>/2/…) grow with the
            // corpus, carry no data-pagefind-body, and reading them cost 17 s at 10,000 statements.
            async (index) => check('glossary', await index.addDirectory({ path: dist, glob: `${paths.entity('*')}index.html` })).page_count,
            false,
          );
          const years = statementPagesByYear(dist);
          let statements = 0;
          for (const [year, pages] of [...years].sort()) {
            statements += await writeBundle(
              join(dist, paths.searchYear(year)),
              async (index) => {
                for (const page of pages) {
                  check(page, await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(dist, page), 'utf8') }));
                }
                return pages.length;
              },
              true,
            );
          }
          // The pages as readers get them: without what only the index reads, now that it is read.
          const entities = join(dist, paths.glossary);
          const entityPages = existsSync(entities)
            ? readdirSync(entities).map((id) => join(paths.entity(id), 'index.html')).filter((page) => existsSync(join(dist, page)))
            : [];
          for (const page of [...entityPages, ...[...years.values()].flat()]) {
            const file = join(dist, page);
            writeFileSync(file, withoutIndexMarkup(readFileSync(file, 'utf8')));
          }
          // What the search dialog offers, newest first: each year and how many statements it has.
          const list = [...years].map(([year, pages]) => ({ year, statements: pages.length })).sort((a, b) => b.year.localeCompare(a.year));
          writeFileSync(join(dist, paths.searchYears), JSON.stringify(list));
          logger.info(`indexed ${entries} glossary pages and ${statements} statements in ${years.size} year bundles (${Math.round(performance.now() - started)} ms)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
