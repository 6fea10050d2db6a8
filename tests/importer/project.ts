/** A bare project root in a temporary folder for the importer to write into: content/ with the real glossary and fixity files. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(repo, 'tests/fixtures/importer');

export interface TempProject {
  root: string;
  /** Files under content/statements and content/sources, sorted. */
  written(): string[];
  remove(): void;
}

export function tempProject({ glossary = true, fixity = true } = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-import-'));
  for (const d of ['statements', 'sources']) mkdirSync(join(root, 'content', d), { recursive: true });
  if (glossary) cpSync(join(repo, 'content/glossary'), join(root, 'content/glossary'), { recursive: true });
  if (fixity) cpSync(join(repo, 'content/fixity'), join(root, 'content/fixity'), { recursive: true });
  return {
    root,
    written: () => ['statements', 'sources'].flatMap((d) => readdirSync(join(root, 'content', d)).map((f) => `${d}/${f}`)).sort(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
