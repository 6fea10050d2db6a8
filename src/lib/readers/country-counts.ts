/**
 * The corpus's speeches by country or body and year, as kept in
 * content/countries/speeches-by-year.yaml (written by
 * src/importer/metadata/country-counts.ts from the corpus's speeches.tsv): read once,
 * checked at its lines, found by a country page's address, so the corpus's
 * spellings meet the labels' ("Republic Of Korea" and "Republic of Korea").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DataError, parseYamlFile } from './yaml.ts';
import { slugify } from '../model/browse/browse.ts';

const FILE = 'content/countries/speeches-by-year.yaml';

const countsSchema = z
  .strictObject({
    source: z.strictObject({ corpus: z.string(), version: z.string(), doi: z.string().regex(/^10\.\d+\/\S+$/), file: z.string(), rows: z.number().int().nonnegative(), derivedBy: z.string() }),
    years: z.array(z.number().int().min(1945).max(2100)).min(1),
    counts: z.record(z.string().min(1), z.array(z.number().int().nonnegative())),
  })
  .superRefine((t, ctx) => {
    for (const [name, row] of Object.entries(t.counts)) {
      if (row.length !== t.years.length) ctx.addIssue({ code: 'custom', path: ['counts', name], message: `${row.length} counts for ${t.years.length} years` });
    }
  });

export interface CountrySeries {
  /** The corpus's spellings that meet at this address. */
  names: string[];
  years: number[];
  counts: number[];
  source: z.infer<typeof countsSchema>['source'];
}

let table: Map<string, CountrySeries> | undefined;

/** The series of each address (slugify of the name); empty when the file is absent. */
export function countrySeries(root = process.cwd()): Map<string, CountrySeries> {
  if (table) return table;
  table = new Map();
  const path = join(root, FILE);
  if (!existsSync(path)) return table;
  const { data, problems } = parseYamlFile(readFileSync(path, 'utf8'), FILE, (d) => countsSchema.safeParse(d));
  if (!data) throw new DataError(problems);
  for (const [name, counts] of Object.entries(data.counts)) {
    const key = slugify(name);
    const s = table.get(key);
    // Two spellings of one country in the corpus ("Cote D'Ivoire", "Côte d'Ivoire") add up.
    if (s) {
      s.names.push(name);
      s.counts = s.counts.map((n, i) => n + counts[i]);
    } else table.set(key, { names: [name], years: data.years, counts: [...counts], source: data.source });
  }
  return table;
}
