/**
 * The glossary collection's loader: the entries as readers/glossary.ts reads
 * and checks them (file:line problems, duplicate keys, alias bombs), from the
 * one reading the statements' compiler shares — so Astro's own YAML reader
 * never reads the glossary, and a build reads its files once.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readGlossaryOnce } from './glossary.ts';

export function glossaryLoader(): Loader {
  return {
    name: 'verbatim-glossary',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, 'content/glossary');
      const sync = () => {
        const { entries } = readGlossaryOnce(dir, root);
        store.clear();
        for (const { entity, file } of entries) store.set({ id: entity.id, data: { ...entity }, filePath: file });
      };
      sync();
      // In `astro dev`, a changed entry is read again.
      watcher?.on('all', (_event, path) => {
        if (/content\/glossary\//.test(path)) {
          try {
            sync();
          } catch (e) {
            logger.error((e as Error).message);
          }
        }
      });
    },
  };
}
