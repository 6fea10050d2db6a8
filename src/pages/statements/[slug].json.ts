/**
 * The statement as JSON: metadata, numbered paragraphs with their URLs, every entity
 * mention with its offsets, corrections and notes (public/schemas/statement.schema.json).
 * Static endpoint: one file per statement, /statements/<slug>.json
 */
import { statementJson } from '../../lib/formats/statement-json.ts';
import { statementEndpoint, statementPaths } from '../_lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET = statementEndpoint((s, site) => JSON.stringify(statementJson(s, site)), 'application/json');
