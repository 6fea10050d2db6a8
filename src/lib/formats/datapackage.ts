/**
 * The Frictionless Data Package (datapackage.json) describing the CSV files
 * of /data/ (and naming each table's spreadsheet, xlsx.ts): each resource's path,
 * format and Table Schema (field names, types, descriptions, constraints, primary and foreign keys), from the
 * table definitions of src/lib/formats/tables.ts.
 * Spec: https://specs.frictionlessdata.io/data-package/ and /table-schema/.
 */
import { TABLES, type Table } from './table-schema.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { EDITORS_LICENCE, LICENCE_SCOPE } from '../model/licence.ts';
import { XLSX_TYPE, xlsxPath } from './xlsx.ts';

export const csvPath = (t: Pick<Table, 'name'>) => `${t.name}.csv`;

export function dataPackage(site: SiteInfo) {
  const urls = siteUrls(site);
  return {
    $schema: 'https://datapackage.org/profiles/1.0/datapackage.json',
    name: 'verbatim',
    title: 'Verbatim: the edition as tables',
    description:
      `The statements of the Verbatim edition, their paragraphs, the glossary entries they name (with the offsets of every mention), the entries’ checked facts and official sources, the editors’ notes and the claims ledger. The licence covers ${LICENCE_SCOPE.covered}. ${LICENCE_SCOPE.notCovered} ` +
      `The CSV files hold the exact values, for data tools; a spreadsheet program evaluates a CSV cell that begins with =, +, -, @, a tab or a carriage return as a formula, so each table is also given as a spreadsheet (each resource's "spreadsheet"), with the same values, every text typed as text and no formula: open that one in a spreadsheet.`,
    homepage: urls.data,
    licenses: [{ name: EDITORS_LICENCE.id, path: EDITORS_LICENCE.url, title: EDITORS_LICENCE.title }],
    resources: TABLES.map((t) => ({
      name: t.name,
      path: csvPath(t),
      title: t.title,
      description: t.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      // The same table for spreadsheet programs (xlsx.ts): not a resource of its own, so that a tool that loads every resource loads each table once.
      spreadsheet: { path: xlsxPath(t), format: 'xlsx', mediatype: XLSX_TYPE },
      schema: {
        fields: t.fields.map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description,
          ...(f.required || f.pattern ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.pattern ? { pattern: f.pattern } : {}) } } : {}),
        })),
        missingValues: [''],
        primaryKey: t.primaryKey,
        foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.reference.resource === t.name ? '' : k.reference.resource, fields: k.reference.fields } })),
      },
    })),
  };
}
