/**
 * The edition's tables as CSV (src/lib/formats/tables.ts, src/lib/formats/csv.ts):
 * /data/statements.csv, paragraphs.csv, mentions.csv, notes.csv (the rows of
 * every statement in turn) and entities.csv, sources.csv, facts.csv,
 * fact_sources.csv (the glossary), claims.csv (the claims ledgers).
 * Described by /data/datapackage.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eachStatement, getGlossary, loadStatement } from '../../lib/readers/corpus.ts';
import { csvRows, toCsv } from '../../lib/formats/csv.ts';
import type { SiteInfo } from '../../lib/routing/routes.ts';
import { getAllClaims } from '../../lib/claims/corpus.ts';
import { claimRows, glossaryRows, statementRows } from '../../lib/formats/tables.ts';
import { columns, TABLES, type TableName } from '../../lib/formats/table-schema.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

const STATEMENT_TABLES = ['statements', 'paragraphs', 'mentions', 'notes'] as const;
type StatementTable = (typeof STATEMENT_TABLES)[number];

// The four statement tables are written in one pass over the corpus (each
// statement read once, its rows turned to CSV text at once), not one pass each.
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

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.table as TableName;
  const info = { site, base: import.meta.env.BASE_URL };
  let csv: string;
  if (name === 'claims') {
    // Only the statements that have a ledger are read.
    const rows = [];
    for (const [slug, ledger] of await getAllClaims()) {
      const s = await loadStatement(slug);
      rows.push(...claimRows({ slug, meta: s.meta, paragraphs: s.paragraphs, ...ledger }, info));
    }
    csv = toCsv(columns(name), rows);
  } else if ((STATEMENT_TABLES as readonly string[]).includes(name)) {
    csv = (await statementTables(info))[name as StatementTable];
  } else {
    csv = toCsv(columns(name), glossaryRows([...(await getGlossary()).values()], info)[name as Exclude<TableName, StatementTable | 'claims'>]);
  }
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
