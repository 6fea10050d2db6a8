/**
 * The text of each table of /data/ as CSV (src/lib/formats/csv.ts), made once
 * per build and shared by the CSV files and the spreadsheets made from them
 * (src/lib/formats/xlsx.ts): the four statement tables in one pass over the corpus
 * (each statement read once), the glossary's from the glossary, the claims'
 * from the statements that have a ledger.
 */
import { eachStatement, getGlossary, loadStatement } from '../../lib/readers/corpus.ts';
import { csvRows, toCsv } from '../../lib/formats/csv.ts';
import type { SiteInfo } from '../../lib/routing/routes.ts';
import { getAllClaims } from '../../lib/claims/corpus.ts';
import { claimRows, glossaryRows, statementRows } from '../../lib/formats/tables.ts';
import { columns, type TableName } from '../../lib/formats/table-schema.ts';

const STATEMENT_TABLES = ['statements', 'paragraphs', 'mentions', 'notes'] as const;
type StatementTable = (typeof STATEMENT_TABLES)[number];

let statementCsv: Promise<Record<StatementTable, string>> | undefined;
function statementTables(info: SiteInfo): Promise<Record<StatementTable, string>> {
  statementCsv ??= (async () => {
    const parts = Object.fromEntries(STATEMENT_TABLES.map((t) => [t, [] as string[]])) as Record<StatementTable, string[]>;
    for await (const s of eachStatement()) {
      const rows = statementRows(s, info);
      for (const t of STATEMENT_TABLES) parts[t].push(csvRows(columns(t), rows[t]));
    }
    return Object.fromEntries(STATEMENT_TABLES.map((t) => [t, toCsv(columns(t), []) + parts[t].join('')])) as Record<StatementTable, string>;
  })();
  return statementCsv;
}

const tables = new Map<TableName, Promise<string>>();

/** Table `name` as a CSV document (made once; the CSV file and the spreadsheet read the same text). */
export function tableCsv(name: TableName, info: SiteInfo): Promise<string> {
  let csv = tables.get(name);
  if (!csv) tables.set(name, (csv = makeTableCsv(name, info)));
  return csv;
}

async function makeTableCsv(name: TableName, info: SiteInfo): Promise<string> {
  if (name === 'claims') {
    // Only the statements that have a ledger are read.
    const rows = [];
    for (const [slug, ledger] of await getAllClaims()) {
      const s = await loadStatement(slug);
      rows.push(...claimRows({ slug, meta: s.meta, paragraphs: s.paragraphs, ...ledger }, info));
    }
    return toCsv(columns(name), rows);
  }
  if ((STATEMENT_TABLES as readonly string[]).includes(name)) return (await statementTables(info))[name as StatementTable];
  return toCsv(columns(name), glossaryRows([...(await getGlossary()).values()], info)[name as Exclude<TableName, StatementTable | 'claims'>]);
}
