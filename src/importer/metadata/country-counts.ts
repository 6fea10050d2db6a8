/**
 * The corpus's number of speeches by each country or body at the Council, by
 * year, derived once from the corpus's speeches.tsv and kept in content/ as a
 * small table with its source (content/countries/speeches-by-year.yaml), so
 * the build never reads the corpus's metadata. Run again for a new version:
 *
 *   npx node src/importer/metadata/country-counts.ts <the corpus metadata folder>/speeches.tsv
 *
 * Every row counts, the President's turns included (the corpus gives the
 * presiding State as their country). A line with the wrong number of fields,
 * or a year or country it cannot read, stops it naming the file and line;
 * the table is written whole or not at all (temporary file, then rename).
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';

export interface CountryCounts {
  source: { corpus: string; version: string; doi: string; file: string; rows: number; derivedBy: string };
  years: number[];
  /** Country or body as the corpus spells it → speeches in each of `years`. */
  counts: Record<string, number[]>;
}

/** Counts speeches by country and year from the text of a speeches.tsv (columns as the corpus names them). */
export function countSpeeches(tsv: string, file: string): CountryCounts {
  const lines = tsv.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const head = (lines[0] ?? '').split('\t');
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`${file}:1: no column "${name}" in the header`);
    return i;
  };
  const [country, year] = [col('country'), col('year')];
  const byCountry = new Map<string, Map<number, number>>();
  const years = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const fields = lines[i].split('\t');
    if (fields.length !== head.length) throw new Error(`${file}:${i + 1}: ${fields.length} fields, the header has ${head.length}`);
    const y = Number(fields[year]);
    if (!/^\d{4}$/.test(fields[year])) throw new Error(`${file}:${i + 1}: year "${fields[year]}" is not a year`);
    const c = fields[country].trim();
    if (!c) throw new Error(`${file}:${i + 1}: no country or body`);
    years.add(y);
    const m = byCountry.get(c) ?? new Map<number, number>();
    byCountry.set(c, m);
    m.set(y, (m.get(y) ?? 0) + 1);
  }
  const span = years.size ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, k) => Math.min(...years) + k) : [];
  const counts: Record<string, number[]> = {};
  for (const c of [...byCountry.keys()].sort((a, b) => a.localeCompare(b, 'en'))) counts[c] = span.map((y) => byCountry.get(c)!.get(y) ?? 0);
  return {
    source: {
      corpus: 'The UN Security Council Debates',
      version: 'V5',
      doi: '10.7910/DVN/KGVSYH',
      file: 'speeches.tsv',
      rows: lines.length - 1,
      derivedBy: 'src/importer/metadata/country-counts.ts',
    },
    years: span,
    counts,
  };
}

/** The table as YAML, one line per country. */
export function countsYaml(c: CountryCounts): string {
  const head = stringify({ source: c.source, years: c.years }, { flowCollectionPadding: false, lineWidth: 0 }).replace(/^years:\n(  - \d+\n)+/m, `years: [${c.years.join(', ')}]\n`);
  const rows = Object.entries(c.counts).map(([name, n]) => `  ${JSON.stringify(name)}: [${n.join(', ')}]`);
  return `# Speeches at the Council by country or body and year, from the corpus's speeches.tsv (see source).\n${head}counts:\n${rows.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: node src/importer/metadata/country-counts.ts <speeches.tsv> [out.yaml]');
    process.exit(2);
  }
  const out = resolve(process.argv[3] ?? join('content', 'countries', 'speeches-by-year.yaml'));
  const table = countsYaml(countSpeeches(readFileSync(input, 'utf8'), input));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, table);
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${out}`);
}
