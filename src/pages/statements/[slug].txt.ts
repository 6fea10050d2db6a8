/**
 * The statement as plain text, numbered like the page ("[1] …"), with a header.
 * Static endpoint: one file per statement, /statements/<slug>.txt
 */
import { statementText } from '../../lib/formats/text.ts';
import { statementEndpoint, statementPaths } from '../_lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET = statementEndpoint((s, site) => statementText(s, site), 'text/plain; charset=utf-8');
