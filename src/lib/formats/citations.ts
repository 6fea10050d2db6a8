/**
 * Every citation of a statement, precomputed at build time: the file
 * /statements/<slug>.cite.json that the page script fetches when a reader
 * first opens "Cite" (the page carries no citation engine and no styles).
 *
 * For each style (src/lib/citation/citeproc.ts): the reference-list entry of the
 * statement, a citation of the whole and one of any paragraph (a note for
 * Chicago and OSCOLA, an in-text citation for APA and MLA; the paragraph's
 * number goes between the two parts the style printed around it); then BibTeX and
 * BibLaTeX (src/lib/citation/bibtex.ts) and the CSL-JSON item they are made from.
 */
import { citations } from '../citation/citations.ts';
import { renderStyles, type StyleRendering } from '../citation/citeproc.ts';
import { bibEntries } from '../citation/bibtex.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { type StatementData } from '../model/statement/statement.ts';
import type { CslItem } from '../citation/citations.ts';

export interface CitationFile {
  statement: string;
  csl: CslItem;
  styles: StyleRendering[];
  bibtex: string;
  biblatex: string;
}

export function citationFile(s: Pick<StatementData, 'slug' | 'meta'>, site: SiteInfo): CitationFile {
  const url = siteUrls(site).statement(s.slug);
  const { csl } = citations({ meta: s.meta, slug: s.slug, url });
  return {
    statement: url,
    csl,
    styles: renderStyles(csl),
    ...bibEntries(csl),
  };
}
