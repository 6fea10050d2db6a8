/**
 * What may be done with the edition's data. The editors' work (paragraph
 * numbers, glossary, facts, mentions, notes, claims ledger, the tables) is
 * published under CC BY 4.0, the usual licence for open research data. The
 * statements' words are the United Nations' verbatim records: the edition
 * reproduces them and does not license them.
 * One place, so that the data page, the Data Package and the JSON-LD say the same.
 */
export const EDITORS_LICENCE = {
  /** SPDX identifier, as the Data Package's `licenses[].name` wants it. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What the licence covers, and what it does not, in one sentence each. */
export const LICENCE_SCOPE = {
  covered: 'the paragraph numbers, the glossary, the facts and their sources, the mentions, the editors’ notes and the claims ledger',
  notCovered: 'The statements’ words are those of the United Nations verbatim records: the edition reproduces them as the record gives them and does not license them; their reuse is a matter for the United Nations.',
} as const;
