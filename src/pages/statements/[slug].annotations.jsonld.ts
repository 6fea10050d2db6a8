/**
 * Every entity mention of the statement as a W3C Web Annotation (JSON-LD).
 * Static endpoint: one file per statement, /statements/<slug>.annotations.jsonld
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatement, getStatements } from '../../lib/corpus.ts';
import { annotations } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const statements = await getStatements();
  return statements.map((s) => ({ params: { slug: s.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const statement = await getStatement(params.slug!);
  const body = JSON.stringify(annotations(statement, { site, base: import.meta.env.BASE_URL }), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/ld+json' } });
};
