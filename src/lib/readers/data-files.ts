/**
 * The rules of a data folder (`content/glossary`, `content/notes`): it holds
 * `<slug>.yaml` files and nothing else. Anything else there would be skipped by
 * one reader and read by another (Astro's loader, the build's own checks), so
 * it is refused, naming the file.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { showInvisible } from '../model/text/text.ts';

/** A slug: lower-case ASCII letters and digits in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface DataFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** File name without `.yaml`. */
  slug: string;
}

/** The `<slug>.yaml` files of `dir`, sorted, and a `file:line: message` for every other entry. */
export function yamlFilesIn(dir: string, root: string): { files: DataFile[]; problems: string[] } {
  const folder = relative(root, dir) || '.';
  const files: DataFile[] = [];
  const problems: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = relative(root, path);
    const rule = `${folder} holds only <slug>.yaml files`;
    if (entry.isDirectory()) {
      problems.push(`${file}:1: a folder; ${rule}, and sub-folders are not read`);
      continue;
    }
    if (!entry.isFile()) {
      problems.push(`${file}:1: not a regular file (a link?); ${rule}`);
      continue;
    }
    const m = /^(.*)\.(yaml|yml)$/i.exec(entry.name);
    if (!m || m[2] !== 'yaml') {
      const hint = m ? ` (rename it ${showInvisible(m[1])}.yaml)` : '';
      problems.push(`${file}:1: not a .yaml file${hint}; ${rule}`);
      continue;
    }
    const slug = m[1];
    if (!slugPattern.test(slug)) {
      problems.push(
        `${file}:1: the file name "${showInvisible(slug)}" is not a slug (lower-case letters and digits, words joined by single hyphens: e.g. "ctc" or "sco-rats")`,
      );
      continue;
    }
    files.push({ path, file, slug });
  }
  return { files, problems };
}
