/**
 * A table of /data/ as a spreadsheet (Office Open XML, .xlsx), for readers who
 * open the tables in Excel, LibreOffice or Numbers. A spreadsheet evaluates a
 * CSV cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as
 * a formula (`=HYPERLINK(…)` in a claim's quote would run); in this file every
 * text cell is a string cell, typed as text (number format `@`, so an edited
 * cell stays text too), integers are numbers and yes/no are booleans. No cell
 * holds a formula. The values are the CSV's, cell for cell: the CSV stays the
 * exact file for data tools.
 *
 * Written with ExcelJS's streaming writer, row by row, into memory (a format
 * module reads and writes no file itself, tests/lib/layers.test.ts): a row
 * is zipped as it is added, so a table of the whole corpus costs its zipped
 * bytes, not a workbook of cell objects (which ran a 5,000-statement build
 * out of a 1.5 GiB heap).
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Table } from './table-schema.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const xlsxPath = (t: Pick<Table, 'name'>) => `${t.name}.xlsx`;

/** CSV records (a header, then rows): a CSV document's text, or its records as a streaming parser reads them. */
export type CsvRecords = string | Iterable<string[]> | AsyncIterable<string[]>;

/** The rows of the CSV `csv` of `table` as a spreadsheet file. */
export async function tableXlsx(table: Table, csv: CsvRecords, rowsPerSheet = 1_048_575): Promise<Buffer> {
  const records = typeof csv === 'string' ? (parse(csv, { relax_column_count: false, bom: false }) as string[][]) : csv;
  const names = table.fields.map((f) => f.name);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ useSharedStrings: false, useStyles: true });
  book.creator = 'Verbatim';
  // A fixed date: the same table gives the same file, build after build.
  book.created = book.modified = new Date(0);
  let sheet: ExcelJS.Worksheet | undefined;
  let sheets = 0;
  let inSheet = 0;
  // A sheet holds at most 1,048,576 rows (Excel's limit): a longer table goes on in further sheets, each with the header.
  const nextSheet = () => {
    sheet?.commit();
    sheets++;
    sheet = book.addWorksheet(sheets === 1 ? table.name : `${table.name} ${sheets}`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.fields.map((f) => ({ key: f.name, width: Math.min(60, Math.max(10, f.name.length + 2)), style: f.type === 'string' ? { numFmt: '@' } : {} }));
    sheet.addRow(names).commit();
    inSheet = 0;
  };
  let header: string[] | undefined;
  for await (const row of records) {
    if (!header) {
      header = row;
      if (header.join(',') !== names.join(',')) throw new Error(`${table.name}: the CSV's columns (${header.join(', ')}) are not the table's (${names.join(', ')})`);
      nextSheet();
      continue;
    }
    if (inSheet === rowsPerSheet) nextSheet();
    inSheet++;
    sheet!
      .addRow(
        table.fields.map((f, i) => {
          const v = row[i];
          if (v === '') return null; // an absent value, as in the CSV
          if (f.type === 'integer') return Number(v);
          if (f.type === 'boolean') return v === 'true';
          return v;
        }),
      )
      .commit();
  }
  if (!header) throw new Error(`${table.name}: the CSV has no header`);
  sheet!.commit();
  // No shared strings: each cell holds its own text (an inline string), typed as text.
  await book.commit();
  return withFixedZipTimes((book as unknown as { stream: { read(): Buffer } }).stream.read());
}

/** 1 January 1980, 00:00: the first time a ZIP file can hold (MS-DOS date and time fields). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * The ZIP file `zip` with every entry's modification time set to one fixed
 * time, so that one table gives one file, byte for byte, build after build
 * (an incremental build must equal a clean one). The ZIP writer stamps each
 * entry with the time it was written, and only there: the MS-DOS time and date
 * of each central directory record and of the local header it points to.
 */
export function withFixedZipTimes(zip: Buffer): Buffer {
  const end = zip.length - 22; // the end-of-central-directory record, without a comment (the writer adds none)
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error('not a ZIP file without a comment');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`ZIP central directory record ${i + 1} is not where the directory says`);
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`ZIP local header ${i + 1} is not where the directory says`);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
