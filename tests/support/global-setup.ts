/**
 * Builds the site once (exactly as `npm run build` does) and serves dist/ on
 * 127.0.0.1 for the browser tests. Set VERBATIM_REUSE_DIST=1 to test an
 * existing build while working on the tests themselves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serve } from './serve.ts';
import { chromiumPath } from './chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  if (!(process.env.VERBATIM_REUSE_DIST && existsSync(`${root}dist/index.html`))) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serve(`${root}dist`, '/');
  project.provide('baseUrl', server.url);
  project.provide('chromium', chromium);
  return () => server.close();
}
