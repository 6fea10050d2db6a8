/**
 * BibTeX and BibLaTeX entries of a CSL-JSON item, by the maintained converter
 * of Citation.js (npm `@citation-js/plugin-bibtex`). BUILD TIME ONLY (see
 * src/lib/formats/citations.ts).
 *
 * Neither format has a type for a speech: the item goes in as a CSL
 * `document`, which the converter writes as `@misc` (its own mapping of
 * `speech` is BibLaTeX's `@audio`, a recording, which this is not). BibLaTeX
 * gets the full `date` (and `eventdate`, `eventtitle`, which says when the
 * identification is probable); BibTeX gets `year` and `month`; both keep the
 * CSL note on what is uncertain.
 */
import { createRequire } from 'node:module';
import type { CslItem } from './citations.ts';

const require = createRequire(import.meta.url);

interface CiteClass {
  new (data: object[]): { format(format: 'bibtex' | 'biblatex', options?: object): string };
}
let Cite: CiteClass | undefined;

function load(): CiteClass {
  if (!Cite) {
    Cite = (require('@citation-js/core') as { Cite: CiteClass }).Cite;
    require('@citation-js/plugin-bibtex');
  }
  return Cite;
}

/** The BibTeX and BibLaTeX entries of an item. */
export function bibEntries(item: CslItem): { bibtex: string; biblatex: string } {
  const cite = new (load())([{ ...item, type: 'document' }]);
  let biblatex = cite.format('biblatex').trim();
  // The converter drops CSL's `circa`; BibLaTeX writes an approximate date with a trailing "~" (EDTF).
  if (item.issued.circa) biblatex = biblatex.replace(/^(\s*(?:date|eventdate) = \{[0-9-]+)\}/gm, '$1~}');
  return { bibtex: cite.format('bibtex').trim(), biblatex };
}
