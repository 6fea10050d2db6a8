/**
 * Published ids, frozen: `content/fixity/<slug>.json` holds, for one
 * statement, each paragraph id (and any sentence id) with a short hash of its
 * text: `{ "p1": "98e0463b302be492", … }`. People cite `#p6`; an edit that
 * would renumber or change a cited paragraph fails tests/content/fixity.test.ts.
 * One file a statement, so an import writes its own file and never rewrites
 * the others (a single file rewritten whole grew quadratic with the corpus).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesAtomically } from './write-files.ts';

export type FixityEntries = Record<string, string>;

/** Where the fixity files are, under the project's root. */
export const fixityDir = (root: string) => join(root, 'content/fixity');
export const fixityPath = (slug: string, root = process.cwd()) => join(fixityDir(root), `${slug}.json`);

/** Short hash of a paragraph's (or sentence's) text: sha256 of its NFC form, first 16 hex digits. */
export const fixityHash = (text: string) => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);

/** The entries for a statement's paragraph texts: p1, p2, … in order. */
export const paragraphEntries = (texts: string[]): FixityEntries => Object.fromEntries(texts.map((t, i) => [`p${i + 1}`, fixityHash(t)]));

/** The file's text as written: the entries in the order given (paragraphs first, then sentences), two-space indent, final newline. */
export const fixityText = (entries: FixityEntries) => `${JSON.stringify(entries, null, 2)}\n`;

/** The frozen entries of a statement, or undefined if it has no fixity file. Throws, naming the file, if it does not parse. */
export function readFixity(slug: string, root = process.cwd()): FixityEntries | undefined {
  const path = fixityPath(slug, root);
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`content/fixity/${slug}.json:1: not JSON (${(e as Error).message}): restore it from git`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((h) => typeof h === 'string' && /^[0-9a-f]{16}$/.test(h))) {
    throw new Error(`content/fixity/${slug}.json:1: not a flat object of id → 16-hex hash`);
  }
  return value as FixityEntries;
}

/** Writes a statement's fixity file atomically (a temporary file renamed), replacing any. */
export function writeFixity(slug: string, entries: FixityEntries, root = process.cwd()): void {
  writeFilesAtomically([{ path: fixityPath(slug, root), content: fixityText(entries) }]);
}
