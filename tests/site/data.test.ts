/**
 * /data/ on the built site, as a data tool loads it: the Data Package, then
 * every CSV it lists, parsed by a standard CSV parser (npm csv-parse); each
 * file's header and values match its declared Table Schema (types, required,
 * patterns), primary keys are unique, foreign keys resolve, and the mention
 * offsets select the mention's words in the paragraph's text. Also the page
 * /data/ that explains the files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { baseUrl, closeBrowser, openPage } from '../support/browser.ts';

afterAll(closeBrowser);

interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  constraints?: { required?: boolean; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  mediatype: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

const url = (path: string) => new URL(path, baseUrl()).href;
let pkg: { name: string; description: string; licenses: { name: string; path: string; title: string }[]; resources: Resource[] };
const tables = new Map<string, Record<string, string>[]>();
const headers = new Map<string, string[]>();

beforeAll(async () => {
  const res = await fetch(url('data/datapackage.json'));
  expect(res.status).toBe(200);
  pkg = await res.json();
  for (const r of pkg.resources) {
    const csv = await fetch(url(`data/${r.path}`));
    expect(csv.status, r.path).toBe(200);
    expect(csv.headers.get('content-type'), r.path).toMatch(/^text\/csv/);
    const text = await csv.text();
    const rows = parse(text, { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
    headers.set(r.name, (parse(text, { to_line: 1 }) as string[][])[0]);
    tables.set(r.name, rows);
  }
});

/** Problems of a value against its field. */
function check(v: string, f: Field): string | undefined {
  if (v === '') return f.constraints?.required ? 'required, empty' : undefined;
  if (f.type === 'integer' && !/^-?\d+$/.test(v)) return `not an integer: ${v}`;
  if (f.type === 'boolean' && v !== 'true' && v !== 'false') return `not a boolean: ${v}`;
  if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) return `does not match ${f.constraints.pattern}: ${v}`;
}

describe('the spreadsheets', () => {
  it('each table is a spreadsheet too, named by the package, linked from /data/, with the CSV\'s values and no formula', async () => {
    const { page, close } = await openPage('data/');
    for (const r of pkg.resources) {
      const xlsx = (r as Resource & { spreadsheet: { path: string; mediatype: string } }).spreadsheet;
      expect(xlsx.path, r.name).toBe(`${r.name}.xlsx`);
      expect(await page.locator(`section:has(#file-${r.name}) a[href="/data/${xlsx.path}"]`).count(), r.name).toBe(1);
      const res = await fetch(url(`data/${xlsx.path}`));
      expect(res.status, xlsx.path).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0];
      const rows = tables.get(r.name)!;
      expect(sheet.rowCount, r.name).toBe(rows.length + 1);
      expect((sheet.getRow(1).values as unknown[]).slice(1), r.name).toEqual(headers.get(r.name));
      rows.forEach((row, i) => {
        r.schema.fields.forEach((f, k) => {
          const cell = sheet.getRow(i + 2).getCell(k + 1);
          expect(cell.type, `${r.name} ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          const v = row[f.name];
          const want = v === '' ? null : f.type === 'integer' ? Number(v) : f.type === 'boolean' ? v === 'true' : v;
          expect(cell.value, `${r.name} ${cell.address}`).toBe(want);
        });
      });
    }
    expect(await page.locator('#which-file').textContent()).toMatch(/spreadsheet program, open the \.xlsx file.*R, pandas or any data tool, read the CSV/s);
    await close();
  });
});

describe('the data package', () => {
  it('lists the statements, paragraphs, mentions, entities, sources, facts, their sources, the notes and the claims', () => {
    expect(pkg.name).toBe('verbatim');
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'statements.csv',
      'paragraphs.csv',
      'mentions.csv',
      'entities.csv',
      'sources.csv',
      'facts.csv',
      'fact_sources.csv',
      'notes.csv',
      'claims.csv',
    ]);
    const counts = Object.fromEntries([...tables].map(([k, v]) => [k, v.length]));
    console.log('rows per file:', JSON.stringify(counts));
    for (const [name, n] of Object.entries(counts)) expect(n, name).toBeGreaterThan(0);
    expect(counts.paragraphs).toBeGreaterThanOrEqual(9);
  });

  it('every CSV has the declared columns in order, and every value its declared type', () => {
    for (const r of pkg.resources) {
      expect(headers.get(r.name), r.name).toEqual(r.schema.fields.map((f) => f.name));
      const problems = tables.get(r.name)!.flatMap((row, i) =>
        r.schema.fields.map((f) => check(row[f.name], f)).filter(Boolean).map((p) => `${r.path} row ${i + 2}: ${p}`),
      );
      expect(problems).toEqual([]);
    }
  });

  it('the type check can fail', () => {
    expect(check('x', { name: 'n', type: 'integer' })).toMatch(/not an integer/);
    expect(check('yes', { name: 'b', type: 'boolean' })).toMatch(/not a boolean/);
    expect(check('', { name: 's', type: 'string', constraints: { required: true } })).toMatch(/required/);
    expect(check('2014-1', { name: 'd', type: 'string', constraints: { pattern: '\\d{4}(-\\d{2})?' } })).toMatch(/does not match/);
  });

  it('primary keys are unique and foreign keys resolve', () => {
    const key = (row: Record<string, string>, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
    for (const r of pkg.resources) {
      const rows = tables.get(r.name)!;
      const keys = rows.map((row) => key(row, r.schema.primaryKey));
      expect(new Set(keys).size, `${r.name}: duplicate primary keys`).toBe(keys.length);
      for (const fk of r.schema.foreignKeys) {
        const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
        const known = new Set(tables.get(target)!.map((row) => key(row, fk.reference.fields)));
        const dangling = rows.filter((row) => fk.fields.some((f) => row[f] !== '') && !known.has(key(row, fk.fields)));
        expect(dangling.map((row) => key(row, fk.fields)), `${r.name} → ${target}`).toEqual([]);
      }
    }
  });

  it('the offsets of each mention select its words in the paragraph’s text', () => {
    const text = new Map(tables.get('paragraphs')!.map((p) => [`${p.statement} ${p.paragraph}`, p.text]));
    const mentions = tables.get('mentions')!;
    expect(mentions.length).toBeGreaterThan(30);
    for (const m of mentions) expect(text.get(`${m.statement} ${m.paragraph}`)!.slice(Number(m.start), Number(m.end))).toBe(m.text);
  });

  it('states its licence: CC BY 4.0 for the editors’ work, not for the United Nations’ words', () => {
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }]);
    expect(pkg.description).toMatch(/United Nations verbatim records.*does not license them/);
  });

  it('each claim of the ledger is a row of claims.csv with the verdict of claims.json', async () => {
    const ledger = (await (await fetch(url('statements/kazakhstan-2014-terrorism/claims.json'))).json()) as {
      claims: { id: string; paragraph: number; quote: string; verdict: string; rating: number; url: string; sources: { url: string }[] }[];
    };
    const rows = tables.get('claims')!;
    expect(rows.length).toBe(ledger.claims.length);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const c of ledger.claims) {
      const row = rows.find((r) => r.statement === 'kazakhstan-2014-terrorism' && r.claim === c.id)!;
      expect(row, c.id).toBeDefined();
      expect({ paragraph: Number(row.paragraph), quote: row.quote, verdict: row.verdict, rating: Number(row.rating), url: row.url }).toEqual({
        paragraph: c.paragraph,
        quote: c.quote,
        verdict: c.verdict,
        rating: c.rating,
        url: c.url,
      });
      expect(row.sources.split(' | ')).toEqual(c.sources.map((x) => x.url));
    }
    // The quote is the paragraph's own words.
    const text = new Map(tables.get('paragraphs')!.map((p) => [`${p.statement} ${p.paragraph}`, p.text]));
    for (const r of rows) expect(text.get(`${r.statement} ${r.paragraph}`), r.claim).toContain(r.quote);
  });

  it('the statement says how sure its record and date are', () => {
    const [s] = tables.get('statements')!;
    expect(s).toMatchObject({ statement: 'kazakhstan-2014-terrorism', record: 'S/PV.7316', date: '2014-11-19', meeting_status: 'probable' });
  });
});

describe('the page /data/', () => {
  it('links every file with its row count and column table, states the licence, and shows R, pandas and spreadsheet loading', async () => {
    const { page, problems, close } = await openPage('data/');
    for (const r of pkg.resources) {
      const heading = page.locator(`#file-${r.name}`);
      expect(await heading.locator('a').getAttribute('href'), r.name).toBe(`/data/${r.path}`);
      const n = tables.get(r.name)!.length;
      expect(await heading.textContent()).toContain(`(${n} ${n === 1 ? 'row' : 'rows'})`);
      const cols = await page.locator(`section:has(#file-${r.name}) tbody th`).allTextContents();
      expect(cols, r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
    const body = (await page.locator('main').textContent())!;
    expect(body).toContain('Licence and use');
    const licence = page.locator('#licence-terms a[rel="license"]');
    expect(await licence.getAttribute('href')).toBe(pkg.licenses[0].path);
    expect(await page.locator('#licence-terms').textContent()).toMatch(/CC BY 4\.0.*United Nations verbatim records/s);
    const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(dataset.license).toBe(pkg.licenses[0].path);
    expect(body).toMatch(/read_csv\(/);
    expect(body).toMatch(/pd\.read_csv\(/);
    expect(body).toMatch(/UTF-8/);
    expect(await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href')).toBe('/data/datapackage.json');
    expect(problems).toEqual([]);
    await close();
  });
});
