/**
 * The glossary as JSON: every entry with its names, type, definition,
 * annotation, facts, sources, notes, page URL and how many statements and paragraphs name it
 * (public/schemas/glossary.schema.json). Static endpoint: /glossary.json
 */
import type { APIRoute } from 'astro';
import { getGlossary, getSummaries } from '../lib/readers/corpus.ts';
import { glossaryJson } from '../lib/formats/glossary-json.ts';

export const GET: APIRoute = async ({ site }) => {
  const [glossary, statements] = await Promise.all([getGlossary(), getSummaries()]);
  const body = JSON.stringify(glossaryJson(glossary, statements, { site, base: import.meta.env.BASE_URL }));
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
