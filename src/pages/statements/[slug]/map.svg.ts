/**
 * The statement's map as a standalone SVG file (/statements/<slug>/map.svg):
 * the figure the statement page loads lazily, so its own bytes stay within budget.
 */
import type { APIRoute } from 'astro';
import { getGlossary, loadStatement } from '../../../lib/readers/corpus.ts';
import { statementPaths } from '../../_lib/endpoints.ts';
import { forContext, statementContext, statementMap } from '../../../lib/context/context.ts';
import { hrefs } from '../../../lib/routing/routes.ts';
import { atlas50m } from '../../../lib/context/atlas.ts';

export const getStaticPaths = statementPaths;
export const GET: APIRoute = async ({ params }) => {
  const s = await loadStatement(params.slug!);
  const glossary = await getGlossary();
  const { places } = statementContext(forContext(s), glossary.values());
  const { svg } = statementMap(places, hrefs(import.meta.env.BASE_URL), { slug: s.slug, title: s.meta.title, topology: atlas50m, standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
