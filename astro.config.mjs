// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { loadGlossary } from './src/lib/glossary-files.ts';
import { loadNotes } from './src/lib/notes-files.ts';
import remarkRecord from './src/markdown/remark-record.ts';
import remarkEntities from './src/markdown/remark-entities.ts';
import remarkParagraphs from './src/markdown/remark-paragraphs.ts';

// Where the site is published. Citations and link previews need absolute
// addresses: set SITE (and BASE_PATH for a sub-path such as /verbatim/) when
// building for a real host.
const site = process.env.SITE ?? 'https://verbatim.example';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// The glossary is read (and validated, with file:line errors) before anything
// is built, because the plugins that link mentions need every name in it.
const glossary = loadGlossary(new URL('./content/glossary/', import.meta.url).pathname);
// The notes files too, so that a bad one fails at its line before Astro's own YAML reader sees it.
loadNotes(new URL('./content/notes/', import.meta.url).pathname);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets stay files (never inline <style>), so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkGfm,
        remarkRecord,
        [remarkEntities, { entities: glossary.entries.map((e) => e.entity), index: glossary.index, base }],
        remarkParagraphs,
      ],
    }),
  },
  // Scripts load other scripts only on first use; no preload helper is needed for that.
  vite: { build: { modulePreload: false } },
  integrations: [mdx()],
});
