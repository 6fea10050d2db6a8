/** A bare project root in a temporary folder for the importer to write into: content/ with the real glossary, and fixity.json. */
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
  if (fixity) {
    mkdirSync(join(root, 'tests/content'), { recursive: true });
    cpSync(join(repo, 'tests/content/fixity.json'), join(root, 'tests/content/fixity.json'));
  }
  return {
    root,
    written: () => ['statements', 'sources'].flatMap((d) => readdirSync(join(root, 'content', d)).map((f) => `${d}/${f}`)).sort(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
