/**
 * Where a build is and what it holds: the repository's root (whose dist/ the
 * real build writes), every file under a dist/ folder, its HTML pages and the
 * address each page file is served at. The other checks of a build, the site
 * tests and the bench all walk a build through these, so they agree on what
 * counts as a page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML pages of a build (Pagefind's own folder holds none that readers reach). */
export function htmlPages(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The address of a page file: `glossary/x/index.html` → `glossary/x/`, `404.html` → `404.html`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
