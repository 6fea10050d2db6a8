/** The shape every per-statement data file shares: one file per statement, made by one builder. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSummaries, loadStatement, type Statement } from '../../lib/readers/corpus.ts';
import type { SiteInfo } from '../../lib/routing/routes.ts';
import { statementRoute } from './scope.ts';

export const statementPaths = ((options) => statementRoute(options, async () => (await getSummaries()).map((s) => ({ params: { slug: s.slug } })))) satisfies GetStaticPaths;

/** A static endpoint that serves `build(statement)` with the given content type. */
export function statementEndpoint(build: (s: Statement, site: SiteInfo) => string, contentType: string): APIRoute {
  return async ({ params, site }) => {
    const body = build(await loadStatement(params.slug!), { site, base: import.meta.env.BASE_URL });
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
}
