/**
 * Every citation of the statement, rendered at build time by citeproc-js with
 * CSL styles, plus BibTeX, BibLaTeX and CSL-JSON (src/lib/citation-file.ts).
 * Fetched by the page when a reader first opens "Cite".
 * Static endpoint: one file per statement, /statements/<slug>.cite.json
 */
import { citationFile } from '../../lib/citation-file.ts';
import { statementEndpoint, statementPaths } from '../../lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET = statementEndpoint((s, site) => JSON.stringify(citationFile(s, site)), 'application/json');
