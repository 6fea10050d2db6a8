/**
 * The statement as Markdown, numbered like the page ("¶ 1", with #pN anchors), with a header.
 * Static endpoint: one file per statement, /statements/<slug>.md
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatement, getStatements } from '../../lib/corpus.ts';
import { statementMarkdown } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const statements = await getStatements();
  return statements.map((s) => ({ params: { slug: s.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const statement = await getStatement(params.slug!);
  const body = statementMarkdown(statement, { site, base: import.meta.env.BASE_URL });
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
