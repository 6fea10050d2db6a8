/** The edition's own name and its editors' name, as the downloads, the ledger and the JSON-LD give them. */
export const SITE_NAME = 'Verbatim';
export const EDITORS = 'The editors of Verbatim';
