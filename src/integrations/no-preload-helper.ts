/**
 * Vite wraps every `import()` of the browser's code in its preload helper,
 * which fetches the imported chunk's own imports and stylesheets alongside it.
 * This site's scripts load other scripts only on first use, and those chunks
 * bring no stylesheets (a script's CSS is imported `?inline`), so the helper
 * did nothing here but cost ~0.75 KiB (brotli) of the JavaScript every page
 * loads. Astro sets `build.modulePreload` itself, over the project's `false`;
 * this plugin sets it back to `false` for the browser's build (the import
 * lists become empty) and makes the helper just call the import. A chunk that
 * came to need the helper (a stylesheet to load with it) fails the build.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'verbatim:no-preload-helper',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name === 'client') (config.build ??= {}).modulePreload = false;
    },
    resolveId(id) {
      return id === HELPER ? id : undefined;
    },
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
    renderChunk(code, chunk) {
      if (code.includes('__vite__mapDeps')) {
        throw new Error(`${chunk.fileName}: a lazily imported chunk needs files loaded with it (a stylesheet?), which the stub of src/integrations/no-preload-helper.ts does not load; import its CSS ?inline`);
      }
      return null;
    },
  };
}
