/**
 * The glossary as JSON: every entry with its names, type, definition,
 * annotation, facts, sources, notes, page URL and the paragraphs that name it
 * (public/schemas/glossary.schema.json). Static endpoint: /glossary.json
 */
import type { APIRoute } from 'astro';
import { getGlossary, getStatements } from '../lib/corpus.ts';
import { glossaryJson } from '../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const [glossary, statements] = await Promise.all([getGlossary(), getStatements()]);
  const body = JSON.stringify(glossaryJson(glossary, statements, { site, base: import.meta.env.BASE_URL }), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
