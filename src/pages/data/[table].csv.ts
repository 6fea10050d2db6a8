/**
 * The edition's tables as CSV (src/lib/data-tables.ts, src/lib/csv.ts):
 * /data/statements.csv, paragraphs.csv, mentions.csv, notes.csv (the rows of
 * every statement in turn) and entities.csv, sources.csv, facts.csv,
 * fact_sources.csv (the glossary), claims.csv (the claims ledgers).
 * Described by /data/datapackage.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eachStatement, getGlossary, loadStatement } from '../../lib/corpus.ts';
import { toCsv } from '../../lib/csv.ts';
import { getAllClaims } from '../../lib/claims-corpus.ts';
import { claimRows, columns, glossaryRows, statementRows, TABLES, type TableName } from '../../lib/data-tables.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

const STATEMENT_TABLES = ['statements', 'paragraphs', 'mentions', 'notes'] as const;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.table as TableName;
  const info = { site, base: import.meta.env.BASE_URL };
  let rows;
  if (name === 'claims') {
    // Only the statements that have a ledger are read.
    rows = [];
    for (const [slug, ledger] of await getAllClaims()) {
      const s = await loadStatement(slug);
      rows.push(...claimRows({ slug, meta: s.meta, paragraphs: s.paragraphs, ...ledger }, info));
    }
  } else if ((STATEMENT_TABLES as readonly string[]).includes(name)) {
    // One statement at a time: only its rows are kept.
    rows = [];
    for await (const s of eachStatement()) rows.push(...statementRows(s, info)[name as (typeof STATEMENT_TABLES)[number]]);
  } else rows = glossaryRows([...(await getGlossary()).values()], info)[name as Exclude<TableName, (typeof STATEMENT_TABLES)[number] | 'claims'>];
  return new Response(toCsv(columns(name), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
