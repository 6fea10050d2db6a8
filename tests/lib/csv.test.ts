/**
 * CSV writing (src/lib/formats/csv.ts) read back by a standard parser (npm csv-parse),
 * and the table definitions (src/lib/formats/tables.ts) against the Data Package
 * (src/lib/formats/datapackage.ts): keys name declared columns, foreign keys name
 * declared tables, and the row builders fill only declared columns.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/formats/csv.ts';
import { glossaryRows, statementRows } from '../../src/lib/formats/tables.ts';
import { TABLES, columns, type TableName } from '../../src/lib/formats/table-schema.ts';
import { dataPackage } from '../../src/lib/formats/datapackage.ts';
import type { StatementData } from '../../src/lib/model/statement/statement.ts';
import type { Entity } from '../../src/lib/model/schemas/entity.ts';

const site = { site: 'https://verbatim.example', base: '/' };

describe('toCsv', () => {
  it('writes what a standard parser reads back: commas, quotes, line breaks, leading spaces, empties, booleans, numbers', () => {
    const rows = [
      { a: 'plain', b: 1, c: true },
      { a: 'with, comma', b: 0, c: false },
      { a: 'say “hi” and "bye"', b: -3, c: undefined },
      { a: 'two\nlines\r\nhere', b: undefined, c: null },
      { a: '  padded ', b: 12.5, c: true },
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const back = parse(text, { columns: true }) as Record<string, string>[];
    expect(back).toEqual([
      { a: 'plain', b: '1', c: 'true' },
      { a: 'with, comma', b: '0', c: 'false' },
      { a: 'say “hi” and "bye"', b: '-3', c: '' },
      { a: 'two\nlines\r\nhere', b: '', c: '' },
      { a: '  padded ', b: '12.5', c: 'true' },
    ]);
  });

  it('refuses a row with a column the table does not declare', () => {
    expect(() => toCsv(['a'], [{ a: 1, b: 2 }])).toThrow(/column "b"/);
  });
});

describe('the tables and the Data Package', () => {
  const pkg = dataPackage(site);

  it('describe every table once, each key naming declared columns and declared tables', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(TABLES.map((t) => `${t.name}.csv`));
    for (const r of pkg.resources) {
      const names = r.schema.fields.map((f) => f.name);
      expect(new Set(names).size, r.name).toBe(names.length);
      for (const k of r.schema.primaryKey) expect(names, r.name).toContain(k);
      for (const fk of r.schema.foreignKeys) {
        for (const k of fk.fields) expect(names, r.name).toContain(k);
        const target = fk.reference.resource === '' ? r : pkg.resources.find((x) => x.name === fk.reference.resource);
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        const targetNames = target!.schema.fields.map((f) => f.name);
        for (const k of fk.reference.fields) expect(targetNames).toContain(k);
        expect(fk.reference.fields.length).toBe(fk.fields.length);
      }
      for (const f of r.schema.fields) expect(['string', 'integer', 'boolean']).toContain(f.type);
    }
    // A self-reference is written as the spec asks: resource "".
    expect(pkg.resources.find((r) => r.name === 'entities')!.schema.foreignKeys[0].reference.resource).toBe('');
  });

  it('row builders fill only declared columns, and work without optional metadata (role, country)', () => {
    const s = {
      slug: 'x',
      meta: {
        title: 'T', description: 'd', speaker: { label: 'Mr. X', name: 'A X' }, body: 'B',
        meeting: { description: 'M', status: 'unknown', evidence: [], sources: [] }, year: 2000, language: 'en',
      },
      paragraphs: [{ n: 1, id: 'p1', text: 'Hello, world' }],
      mentions: [{ entity: 'e', paragraph: 1, start: 7, end: 12, text: 'world', explicit: false, probable: true, nested: [] }],
      corrections: [],
      notes: [],
    } as unknown as StatementData;
    const e = {
      id: 'e', name: 'E', type: 'place', acronyms: [], aliases: [], definition: 'A place somewhere.', annotation: 'x', context: false,
      facts: [{ label: 'L', text: 't', sources: ['s1'] }], sources: [{ id: 's1', title: 'S', publisher: 'P', url: 'https://e.example/', status: 'seen' }], notes: [],
    } as unknown as Entity;
    const all = { ...statementRows(s, site), ...glossaryRows([e], site) };
    for (const [name, rows] of Object.entries(all)) expect(() => toCsv(columns(name as TableName), rows), name).not.toThrow();
    expect(all.statements[0]).toMatchObject({ speaker_role: undefined, country: undefined, meeting_status: 'unknown' });
    expect(all.mentions[0]).toMatchObject({ probable: true, nested: undefined });
    expect(all.fact_sources).toEqual([{ entity: 'e', fact: 1, source: 's1' }]);
  });
});
