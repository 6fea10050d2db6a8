/**
 * Compiles a list of statement files into the compile cache (in the loader's
 * thread or a worker's). Each statement's citations are rendered here too
 * (citeproc-js, some 13 ms a statement): on every core, and once per change
 * of the statement rather than once per build.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { buildNameIndex } from '../lib/model/glossary/names.ts';
import type { Entity } from '../lib/model/schemas/entity.ts';
import { citationCachePath, summarise } from '../lib/model/statement/summary.ts';
import { citationFile } from '../lib/formats/citations.ts';
import type { StatementSummary } from '../lib/model/statement/statement.ts';
import { compileStatement, statementProcessor, StatementError } from './compile-statement.ts';
import { cacheSeal } from './statement-digest.ts';

export interface CompileJob {
  /** The glossary as the loader read it (once per build: a worker is handed it, not told to read it again). */
  entities: Entity[];
  base: string;
  /** The site's origin (astro.config.mjs `site`): citations carry absolute URLs. */
  site: string | undefined;
  /** Each file: absolute path, path relative to the root, and the cache file to write. */
  files: { path: string; file: string; cache: string; digest: string }[];
}

export interface CompileResult {
  compiled: { summary: StatementSummary; digest: string; file: string }[];
  problems: string[];
}

export function compileBatch({ entities, base, site, files }: CompileJob): CompileResult {
  // The glossary was checked when it was read (names that clash fail there), so the index is all this needs.
  const processor = statementProcessor({ entities, index: buildNameIndex(entities).index, base });
  const out: CompileResult = { compiled: [], problems: [] };
  for (const { path, file, cache, digest } of files) {
    try {
      const statement = compileStatement({ path, file, text: readFileSync(path, 'utf8') }, processor);
      // Written whole, then renamed: a build that stops midway leaves no half file.
      // The citations first: the statement's file is what marks the pair complete.
      // The statement's file ends with its digest and the citations' size (statement-digest.ts), so a
      // later build knows a file cut short or left by another digest. Temporary names carry the
      // process id: a second build (which the build lock should prevent) never writes into this one's.
      const cite = citationCachePath(cache);
      const citeText = JSON.stringify(citationFile(statement, { site, base }));
      writeFileSync(`${cite}.${process.pid}.tmp`, citeText);
      renameSync(`${cite}.${process.pid}.tmp`, cite);
      writeFileSync(`${cache}.${process.pid}.tmp`, JSON.stringify(statement).slice(0, -1) + cacheSeal(Buffer.byteLength(citeText), digest));
      renameSync(`${cache}.${process.pid}.tmp`, cache);
      out.compiled.push({ summary: summarise(statement, cache), digest, file });
    } catch (e) {
      if (e instanceof StatementError) out.problems.push(...e.problems);
      else throw e;
    }
  }
  return out;
}
