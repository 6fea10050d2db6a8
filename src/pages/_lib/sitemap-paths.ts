/**
 * Every page of the edition by path: it asks each page file under src/pages
 * for its paths (the same getStaticPaths the build uses), so a new kind of page
 * is listed without touching this file; the 404 page is left out. Used by the
 * sitemap endpoints (the underscore of _lib keeps this file from being a page).
 */
import { LISTING } from './scope.ts';
import { buildsCorpus } from '../../lib/readers/build-scope.ts';

interface PageModule {
  getStaticPaths?: (options: unknown) => Promise<{ params: Record<string, string | number | undefined> }[]> | { params: Record<string, string | number | undefined> }[];
}

const pages = import.meta.glob<PageModule>(['../**/*.astro', '!../404.astro', '!../**/_*.astro', '!../**/_*/**']);

/** The address path of a page file for some params: `../statements/[slug]/index.astro` → `statements/x/`. */
function pathOf(file: string, params: Record<string, string | number | undefined> = {}): string {
  const segments = file
    .replace(/^\.\.\//, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s !== 'index')
    .map((s) => s.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? '')))
    .filter(Boolean);
  return segments.length ? `${segments.join('/')}/` : '';
}

let all: Promise<string[]> | undefined;

/** Every page's path (without the base), sorted, once per build. */
export function pagePaths(): Promise<string[]> {
  all ??= (async () => {
    // The sitemaps are the merge's (issue 23): a shard lists nothing, rather than read the corpus's routes for a file it does not keep.
    if (!buildsCorpus()) return [];
    const paths: string[] = [];
    for (const [file, load] of Object.entries(pages)) {
      if (!file.includes('[')) {
        paths.push(pathOf(file));
        continue;
      }
      const mod = await load();
      if (!mod.getStaticPaths) throw new Error(`sitemap: ${file} is a dynamic page without getStaticPaths`);
      for (const { params } of await mod.getStaticPaths(LISTING)) paths.push(pathOf(file, params));
    }
    return [...new Set(paths)].sort();
  })();
  return all;
}
