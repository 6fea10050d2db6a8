/** Each table of /data/ as a spreadsheet, /data/<table>.xlsx: the CSV's cells, text typed as text, no formula (src/lib/formats/xlsx.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { table, TABLES, type TableName } from '../../lib/formats/table-schema.ts';
import { tableCsvRecords } from '../_lib/table-csv.ts';
import { tableXlsx, XLSX_TYPE } from '../../lib/formats/xlsx.ts';
import { corpusRoute } from '../_lib/scope.ts';

export const getStaticPaths = ((options) => corpusRoute(options, () => TABLES.map((t) => ({ params: { table: t.name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.table as TableName;
  const xlsx = await tableXlsx(table(name), await tableCsvRecords(name, { site, base: import.meta.env.BASE_URL }));
  return new Response(new Uint8Array(xlsx), { headers: { 'Content-Type': XLSX_TYPE } });
};
