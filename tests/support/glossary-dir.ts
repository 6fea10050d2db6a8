/** Loads a glossary made of the given files (name → YAML) as the build does; returns its problems, [] when it loads. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../src/lib/readers/yaml.ts';
import { loadGlossary } from '../../src/lib/readers/glossary.ts';

export function glossaryProblems(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-glossary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    loadGlossary(dir, dir);
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
}
