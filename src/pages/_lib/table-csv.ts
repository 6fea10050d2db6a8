/**
 * The tables of /data/ as CSV, shared by the CSV files and the spreadsheets
 * made from them (src/lib/formats/xlsx.ts). The four statement tables are
 * written to files in one pass over the corpus (each statement read once:
 * src/lib/readers/table-files.ts), which the CSV files are served from and the
 * spreadsheets streamed from; the glossary's tables are made from the glossary,
 * the claims' from the statements that have a ledger (small: text in memory).
 */
import { dirname, join } from 'node:path';
import { eachStatement, getGlossary, getNotes, getSummaries, loadStatement } from '../../lib/readers/corpus.ts';
import { readTableFile, tableRecords, tablesKey, writeTableFiles } from '../../lib/readers/table-files.ts';
import { csvRows, toCsv } from '../../lib/formats/csv.ts';
import type { SiteInfo } from '../../lib/routing/routes.ts';
import { getAllClaims } from '../../lib/claims/corpus.ts';
import { claimRows, glossaryRows, statementRows } from '../../lib/formats/tables.ts';
import { columns, type TableName } from '../../lib/formats/table-schema.ts';

const STATEMENT_TABLES = ['statements', 'paragraphs', 'mentions', 'notes'] as const;
type StatementTable = (typeof STATEMENT_TABLES)[number];
const isStatementTable = (name: TableName): name is StatementTable => (STATEMENT_TABLES as readonly string[]).includes(name);

let statementFiles: Promise<Record<StatementTable, string>> | undefined;
function statementTableFiles(info: SiteInfo): Promise<Record<StatementTable, string>> {
  statementFiles ??= (async () => {
    const [list, notes] = await Promise.all([getSummaries(), getNotes()]);
    // A statement's cache file is named by its digest (its text, the compiler, the site's address); its notes are apart.
    const key = tablesKey([String(info.site ?? ''), info.base, ...list.flatMap((s) => [s.cache, JSON.stringify(notes.get(s.slug) ?? [])])]);
    const headers = Object.fromEntries(STATEMENT_TABLES.map((t) => [t, toCsv(columns(t), [])])) as Record<StatementTable, string>;
    async function* parts() {
      for await (const s of eachStatement()) {
        const rows = statementRows(s, info);
        yield Object.fromEntries(STATEMENT_TABLES.map((t) => [t, csvRows(columns(t), rows[t])])) as Record<StatementTable, string>;
      }
    }
    return writeTableFiles(join(dirname(list[0]?.cache ?? '.astro/cache/verbatim-statements/x'), 'tables'), key, headers, parts());
  })();
  return statementFiles;
}

const tables = new Map<TableName, Promise<string>>();

async function smallTableCsv(name: Exclude<TableName, StatementTable>, info: SiteInfo): Promise<string> {
  if (name === 'claims') {
    // Only the statements that have a ledger are read.
    const rows = [];
    for (const [slug, ledger] of await getAllClaims()) {
      const s = await loadStatement(slug);
      rows.push(...claimRows({ slug, meta: s.meta, paragraphs: s.paragraphs, ...ledger }, info));
    }
    return toCsv(columns(name), rows);
  }
  return toCsv(columns(name), glossaryRows([...(await getGlossary()).values()], info)[name]);
}

function smallTable(name: Exclude<TableName, StatementTable>, info: SiteInfo): Promise<string> {
  let csv = tables.get(name);
  if (!csv) tables.set(name, (csv = smallTableCsv(name, info)));
  return csv;
}

/** Table `name` as a CSV document's bytes (the body of /data/<name>.csv). */
export async function tableCsv(name: TableName, info: SiteInfo): Promise<Uint8Array<ArrayBuffer> | string> {
  return isStatementTable(name) ? readTableFile((await statementTableFiles(info))[name]) : smallTable(name, info);
}

/** Table `name`'s CSV records (a header, then rows), for its spreadsheet: streamed from its file, or its text. */
export async function tableCsvRecords(name: TableName, info: SiteInfo): Promise<AsyncIterable<string[]> | string> {
  return isStatementTable(name) ? tableRecords((await statementTableFiles(info))[name]) : smallTable(name, info);
}
