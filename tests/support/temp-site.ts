/**
 * A copy of the project in a temporary folder, with extra or replaced content,
 * built exactly as `npm run build` builds the real one. For tests and
 * benchmarks that need another corpus (a second statement, a thousand).
 */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { root } from './statements.ts';

export interface TempSite {
  dir: string;
  /** Writes a file relative to the copy's root. */
  write(path: string, content: string): void;
  /**
   * Removes the copy's statements whose slugs start with `prefix` (their MDX,
   * record and fixity files), so a test can import those records anew.
   */
  removeStatements(prefix: string): void;
  /** Builds the copy (`npm run <script> -- <args>`); returns the build's wall time in milliseconds. */
  build(env?: Record<string, string>, script?: string, args?: string[]): number;
  remove(): void;
}

export function tempSite({ withContent = true }: { withContent?: boolean } = {}): TempSite {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-site-'));
  for (const part of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  if (withContent) cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  else {
    for (const d of ['statements', 'sources', 'glossary', 'notes']) mkdirSync(join(dir, 'content', d), { recursive: true });
    // The edition's own prose pages (about, method) are the site's, not the corpus's: a site without content still has them.
    cpSync(join(root, 'content/pages'), join(dir, 'content/pages'), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    removeStatements(prefix) {
      for (const [folder, ext] of [['statements', '.mdx'], ['sources', '.txt'], ['fixity', '.json']] as const) {
        const at = join(dir, 'content', folder);
        if (!existsSync(at)) continue;
        for (const f of readdirSync(at)) if (f.startsWith(prefix) && f.endsWith(ext)) rmSync(join(at, f));
      }
    },
    build(env = {}, script = 'build', args = []) {
      const started = performance.now();
      // Not the test runner's own environment: its BASE_URL, MODE and NODE_ENV
      // would override what the copy's build sets for itself.
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|NODE_ENV|DEV|PROD|SSR|VITEST.*|TEST|VERBATIM_(SHARD|MERGE|SHARDS_DIR))$/.test(k)),
      );
      execFileSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...clean, ...env } });
      return performance.now() - started;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
