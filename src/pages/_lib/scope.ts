/**
 * Which routes a build writes (issue 23, src/lib/readers/build-scope.ts): a
 * shard writes the statements' own routes, the merge the routes that span the
 * corpus, a whole build both. A route wraps its getStaticPaths in one of these;
 * the sitemap asks with LISTING, and gets every page of the edition whatever
 * this build writes (the merge lists the pages its shards wrote).
 */
import { buildsCorpus, buildsStatements } from '../../lib/readers/build-scope.ts';

/** The options the sitemap calls getStaticPaths with. */
export const LISTING = { paginate: () => [], listing: true } as const;

const listing = (options: unknown) => (options as { listing?: unknown } | undefined)?.listing === true;

/** The paths of a route of one statement (its page, its data files): none in the merge. */
export async function statementRoute<T>(options: unknown, paths: () => T[] | Promise<T[]>): Promise<T[]> {
  return buildsStatements() || listing(options) ? paths() : [];
}

/** The paths of a route that spans the corpus (glossary, browse, meetings, data, sitemaps, maps): none in a shard. */
export async function corpusRoute<T>(options: unknown, paths: () => T[] | Promise<T[]>): Promise<T[]> {
  return buildsCorpus() || listing(options) ? paths() : [];
}
