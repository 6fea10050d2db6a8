/**
 * The claims ledger as JSON (public/schemas/claims.schema.json), one file per
 * statement that has a ledger: /statements/<slug>/claims.json
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStatement } from '../../../lib/readers/corpus.ts';
import { getAllClaims } from '../../../lib/claims/corpus.ts';
import { claimsJson } from '../../../lib/claims/ledger-json.ts';
import { statementRoute } from '../../_lib/scope.ts';

export const getStaticPaths = ((options) => statementRoute(options, async () => [...(await getAllClaims()).keys()].map((slug) => ({ params: { slug } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const statement = await loadStatement(params.slug!);
  const ledger = (await getAllClaims()).get(statement.slug)!;
  const body = claimsJson({ slug: statement.slug, meta: statement.meta, paragraphs: statement.paragraphs, ...ledger }, { site, base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
