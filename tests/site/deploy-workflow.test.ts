/**
 * The GitHub Pages workflow: the jobs that run the project's code read the
 * repository and nothing else, only the publishing job may write to Pages,
 * and nothing is published from a commit whose tests fail.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../support/statements.ts';

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  steps: { uses?: string; run?: string }[];
}
const workflow = parse(readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8')) as {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);
const needs = (job: Job) => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs));
/** Every job a job waits for, directly or not. */
const upstream = (name: string, seen = new Set<string>()): Set<string> => {
  for (const n of needs(workflow.jobs[name])) if (!seen.has(n)) upstream(n, seen.add(n));
  return seen;
};
/** The permissions a job ends up with: its own, else the workflow's (GitHub's default is broad: refuse it). */
const permissionsOf = (job: Job) => {
  const p = job.permissions ?? workflow.permissions;
  if (p === undefined || typeof p === 'string') throw new Error(`permissions left to a default or a shorthand: ${String(p)}`);
  return p;
};
const writes = (job: Job) => Object.entries(permissionsOf(job)).filter(([, v]) => v === 'write').map(([k]) => k).sort();

const publishing = jobs.filter(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
const building = jobs.filter(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')));
const testing = jobs.filter(([, j]) => j.steps.some((s) => /(^|\s)(bash \.ci\/run|npm test)\b/.test(s.run ?? '')));

describe('the deploy workflow', () => {
  it('has one job that builds, one that publishes and one that runs the tests', () => {
    expect(publishing).toHaveLength(1);
    expect(building).toHaveLength(1);
    expect(testing.length).toBeGreaterThanOrEqual(1);
  });

  it('gives the workflow no permissions by default', () => {
    expect(workflow.permissions ?? {}).toEqual({});
  });

  it('lets the build and the tests read the repository and write nothing', () => {
    for (const [name, job] of [...building, ...testing]) {
      expect(permissionsOf(job), name).toEqual({ contents: 'read' });
    }
  });

  it('lets only the publishing job write to Pages and get an id token', () => {
    for (const [name, job] of jobs) {
      const expected = publishing.some(([n]) => n === name) ? ['id-token', 'pages'] : [];
      expect(writes(job), name).toEqual(expected);
    }
  });

  it('publishes nothing unless the tests passed: build and publish wait for the tests', () => {
    const tests = testing.map(([n]) => n);
    for (const [name] of [...building, ...publishing]) {
      expect(tests.some((t) => upstream(name).has(t)), `${name} needs a test job`).toBe(true);
    }
    expect(upstream(publishing[0][0]).has(building[0][0])).toBe(true);
  });
});
