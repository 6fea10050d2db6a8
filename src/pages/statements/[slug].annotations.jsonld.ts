/**
 * Every entity mention of the statement as a W3C Web Annotation (JSON-LD).
 * Static endpoint: one file per statement, /statements/<slug>.annotations.jsonld
 */
import { annotations } from '../../lib/formats/annotations.ts';
import { statementEndpoint, statementPaths } from '../_lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET = statementEndpoint((s, site) => JSON.stringify(annotations(s, site)), 'application/ld+json');
