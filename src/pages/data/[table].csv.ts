/**
 * The edition's tables as CSV (src/lib/formats/tables.ts, src/lib/formats/csv.ts,
 * made by src/pages/_lib/table-csv.ts): /data/statements.csv, paragraphs.csv,
 * mentions.csv, notes.csv (the rows of every statement in turn) and
 * entities.csv, sources.csv, facts.csv, fact_sources.csv (the glossary),
 * claims.csv (the claims ledgers). Exact values for data tools;
 * /data/<table>.xlsx is the same table for spreadsheets.
 * Described by /data/datapackage.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES, type TableName } from '../../lib/formats/table-schema.ts';
import { tableCsv } from '../_lib/table-csv.ts';
import { corpusRoute } from '../_lib/scope.ts';

export const getStaticPaths = ((options) => corpusRoute(options, () => TABLES.map((t) => ({ params: { table: t.name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await tableCsv(params.table as TableName, { site, base: import.meta.env.BASE_URL }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
