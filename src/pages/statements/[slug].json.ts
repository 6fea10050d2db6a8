/**
 * The statement as JSON: metadata, numbered paragraphs with their URLs, every entity
 * mention with its offsets, corrections and notes (public/schemas/statement.schema.json).
 * Static endpoint: one file per statement, /statements/<slug>.json
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatement, getStatements } from '../../lib/corpus.ts';
import { statementJson } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const statements = await getStatements();
  return statements.map((s) => ({ params: { slug: s.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const statement = await getStatement(params.slug!);
  const body = JSON.stringify(statementJson(statement, { site, base: import.meta.env.BASE_URL }), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
