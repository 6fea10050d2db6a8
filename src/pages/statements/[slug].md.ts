/**
 * The statement as Markdown, numbered like the page ("¶ 1", with #pN anchors), with a header.
 * Static endpoint: one file per statement, /statements/<slug>.md
 */
import { statementMarkdown } from '../../lib/formats/markdown.ts';
import { statementEndpoint, statementPaths } from '../_lib/endpoints.ts';

export const getStaticPaths = statementPaths;
export const GET = statementEndpoint((s, site) => statementMarkdown(s, site), 'text/markdown; charset=utf-8');
