// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import searchIndex from './src/integrations/search-index.ts';
import buildLock from './src/integrations/build-lock.ts';
import shards from './src/integrations/shards.ts';
import { buildScope } from './src/lib/readers/build-scope.ts';
import { parseShard } from './src/lib/model/shards.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { loadNotes } from './src/lib/readers/notes.ts';

// Where the site is published. Citations and link previews need absolute
// addresses: set SITE (and BASE_PATH for a sub-path such as /verbatim/) when
// building for a real host.
const site = process.env.SITE ?? 'https://verbatim.example';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// `npm run build -- --shard K/N` builds shard K of N; `npm run build:merge` (`--merge`) merges the shards'
// outputs (issue 23: src/lib/readers/build-scope.ts). The flags become the environment (VERBATIM_SHARD,
// VERBATIM_MERGE), which the compile workers, the pages and the integrations read; a bad value fails here.
const argv = process.argv.slice(2);
const flag = argv.findIndex((a) => a === '--shard' || a.startsWith('--shard='));
if (flag >= 0) {
  const value = argv[flag].startsWith('--shard=') ? argv[flag].slice('--shard='.length) : (argv[flag + 1] ?? '');
  parseShard(value, '--shard');
  process.env.VERBATIM_SHARD = value;
}
if (argv.includes('--merge')) process.env.VERBATIM_MERGE = '1';
buildScope();

// The notes are read (and validated, with file:line errors) before anything is
// built, so that a bad file fails at its line before Astro's own YAML reader
// sees it. (The glossary is read once, by its collection's loader, which the
// statements' compiler shares: src/lib/readers/glossary-collection.ts.)
loadNotes(new URL('./content/notes/', import.meta.url).pathname);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content store and the statement compile cache belong to this copy of
  // the project, not to node_modules (which copies made for tests and the
  // bench share by a link).
  cacheDir: './.astro/cache',
  // Stylesheets stay files (never inline <style>), so the CSP needs no 'unsafe-inline'.
  // Four pages rendered at a time: a page mostly waits on files (the compile cache, dist/);
  // at 1,000 statements this took the pages from 25 to 17 s.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    processor: unified({
      // Statements are not compiled here: they are data, compiled by their
      // collection's loader (src/markdown/statement-loader.ts).
      remarkPlugins: [remarkGfm],
    }),
  },
  // Scripts load other scripts only on first use; no preload helper is needed for that
  // (Astro sets modulePreload over this: src/integrations/no-preload-helper.ts sets it back).
  vite: { build: { modulePreload: false }, plugins: [noPreloadHelper()] },
  // The search index is built last, from dist/ (src/integrations/search-index.ts).
  // One build at a time in this folder (src/integrations/build-lock.ts): first, before anything is read.
  // A shard's output and the merge's copy of the shards' (src/integrations/shards.ts): after the search index.
  integrations: [buildLock(), mdx(), searchIndex(), shards()],
});
