import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// One run for everything (`npm test`): unit tests of the pure modules and
// plugins, data tests of content/, and browser tests of the built site, whose
// global setup builds the site once and serves dist/. `--project unit` runs
// the first two alone while working.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/{lib,markdown,content,importer,support}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
