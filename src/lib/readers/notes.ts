/**
 * Reads the editorial notes from `content/notes/<slug>.yaml`, one file per
 * statement, named after it, and reports each problem as `file:line: message`.
 * The build reads them before anything else (astro.config.mjs), as it does the
 * glossary, so a bad file fails with its line rather than inside Astro's loader.
 * Whether each statement exists and each quote is in its paragraph is checked
 * later, with the statements (src/lib/model/validate.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { claimNotesSchema, type ClaimNote } from '../model/schemas/claims.ts';
import { DataError, parseYamlFile } from './yaml.ts';
import { yamlFilesIn } from './data-files.ts';

export interface LoadedNotes {
  statement: string;
  notes: ClaimNote[];
  /** Path relative to the project root, for messages. */
  file: string;
  /** 1-based line of a key path in the file, for messages. */
  lineOf: (path: (string | number)[]) => number;
}

/** Loads every notes file of a folder (none is fine); throws a DataError listing every problem. */
export function loadNotes(dir: string, root = process.cwd()): LoadedNotes[] {
  if (!existsSync(dir)) return [];
  const { files, problems } = yamlFilesIn(dir, root);
  const out: LoadedNotes[] = [];
  const slugOf = new Map<LoadedNotes, string>();
  for (const { path, file, slug } of files) {
    const parsed = parseYamlFile(readFileSync(path, 'utf8'), file, (d) => claimNotesSchema.safeParse(d));
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const loaded = { ...parsed.data, file, lineOf: parsed.lineOf };
    slugOf.set(loaded, slug);
    out.push(loaded);
  }
  for (const n of out) {
    if (n.statement === slugOf.get(n)) continue;
    const other = out.find((o) => o !== n && o.statement === n.statement);
    problems.push(
      `${n.file}:${n.lineOf(['statement'])}: statement "${n.statement}" must equal the file name: the notes on a statement are in one file, named after it` +
        (other ? ` (${other.file} also has notes on "${n.statement}")` : ''),
    );
  }
  if (problems.length > 0) throw new DataError(problems);
  return out;
}
