/**
 * Every citation of the statement, rendered by citeproc-js with CSL styles,
 * plus BibTeX, BibLaTeX and CSL-JSON (src/lib/formats/citations.ts), as the
 * compile step rendered and cached them (src/markdown/compile-batch.ts).
 * Fetched by the page when a reader first opens "Cite".
 * Static endpoint: one file per statement, /statements/<slug>.cite.json
 */
import type { APIRoute } from 'astro';
import { loadCitationFile } from '../../lib/readers/corpus.ts';
import { statementPaths } from '../_lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET: APIRoute = async ({ params }) =>
  new Response(await loadCitationFile(params.slug!), { headers: { 'Content-Type': 'application/json' } });
