/**
 * CSV as RFC 4180 writes it, for the tables of /data/: a header row, then one
 * row per record; fields quoted when they hold a comma, a quote or a line
 * break (quotes doubled); CRLF line ends; UTF-8. An absent value is an empty
 * field; booleans are `true` / `false` (the Table Schema defaults).
 */
export type Cell = string | number | boolean | undefined | null;

function field(v: Cell): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows of a CSV document, each ending in CRLF, without the header: for a document written in parts. */
export function csvRows(columns: readonly string[], rows: Iterable<Record<string, Cell>>): string {
  let out = '';
  for (const row of rows) {
    for (const k of Object.keys(row)) if (!columns.includes(k)) throw new Error(`CSV row has a column "${k}" the table does not declare`);
    out += `${columns.map((c) => field(row[c])).join(',')}\r\n`;
  }
  return out;
}

/** A CSV document of the given columns; each row is read by column name. */
export function toCsv(columns: readonly string[], rows: Iterable<Record<string, Cell>>): string {
  return `${columns.map(field).join(',')}\r\n${csvRows(columns, rows)}`;
}
