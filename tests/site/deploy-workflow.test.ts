/**
 * The GitHub Pages workflow: the jobs that run the project's code read the
 * repository and nothing else, only the publishing job may write to Pages,
 * and nothing is published from a commit whose tests fail. The build runs
 * in shards (issue 23): a matrix of shard jobs, one runner each, whose outputs
 * the merge job takes as artifacts, and whose merge is what is published.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../support/statements.ts';

interface Step {
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean };
  outputs?: Record<string, string>;
  steps: Step[];
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

const shardJobs = jobs.filter(([, j]) => j.steps.some((s) => /npm run build -- --shard /.test(s.run ?? '')));
const mergeJobs = jobs.filter(([, j]) => j.steps.some((s) => /npm run build:merge\b/.test(s.run ?? '')));
const stepOf = (job: Job, uses: string) => job.steps.find((s) => s.uses?.startsWith(uses));

describe('the deploy workflow’s shards', () => {
  it('builds each shard of a matrix on a runner of its own: shard K of N, N from the plan', () => {
    expect(shardJobs).toHaveLength(1);
    const [, shard] = shardJobs[0];
    expect(shard.strategy?.matrix?.shard).toMatch(/^\$\{\{ fromJSON\(needs\.(\w+)\.outputs\.shards\) \}\}$/);
    const plan = /needs\.(\w+)\.outputs/.exec(String(shard.strategy!.matrix!.shard))![1];
    expect(needs(shard)).toContain(plan);
    const build = shard.steps.find((s) => /--shard /.test(s.run ?? ''))!;
    expect(build.run).toBe(`npm run build -- --shard \${{ matrix.shard }}/\${{ needs.${plan}.outputs.count }}`);
    // N defaults to one shard (a small edition: one shard and the merge), else the repository variable's.
    const planStep = workflow.jobs[plan].steps.find((s) => s.env?.SHARDS)!;
    expect(planStep.env!.SHARDS).toBe("${{ vars.SHARDS || '1' }}");
    expect(workflow.jobs[plan].outputs).toEqual({ count: '${{ steps.plan.outputs.count }}', shards: '${{ steps.plan.outputs.shards }}' });
  });

  it('passes each shard’s dist/ and compile cache to the merge as an artifact', () => {
    const [, shard] = shardJobs[0];
    const upload = stepOf(shard, 'actions/upload-artifact@')!;
    expect(upload.with?.name).toBe('shard-${{ matrix.shard }}');
    expect(String(upload.with?.path).trim().split('\n')).toEqual(['dist', '.astro/cache/verbatim-statements']);
    // .astro is a hidden folder, which upload-artifact leaves out unless told.
    expect(upload.with?.['include-hidden-files']).toBe(true);
    expect(upload.with?.['if-no-files-found']).toBe('error');
    expect(mergeJobs).toHaveLength(1);
    const [, merge] = mergeJobs[0];
    const download = stepOf(merge, 'actions/download-artifact@')!;
    expect(download.with).toEqual({ pattern: 'shard-*', path: 'shards' });
    const mergeStep = merge.steps.find((s) => /build:merge/.test(s.run ?? ''))!;
    expect(mergeStep.env?.VERBATIM_SHARDS_DIR).toBe('shards');
    // Each artifact's folder renamed to the shard's number, which the merge reads, before the merge.
    const rename = merge.steps.findIndex((s) => s.run === 'for d in shards/shard-*; do mv "$d" "shards/${d#shards/shard-}"; done');
    expect(rename).toBeGreaterThan(merge.steps.indexOf(download));
    expect(rename).toBeLessThan(merge.steps.indexOf(mergeStep));
  });

  it('builds the shards and the merge for the same address, which their compile caches carry', () => {
    const env = (job: Job, re: RegExp) => job.steps.find((s) => re.test(s.run ?? ''))!.env!;
    const shardEnv = env(shardJobs[0][1], /--shard /);
    const mergeEnv = env(mergeJobs[0][1], /build:merge/);
    // Pages' address, or the bucket's (its repository variables) when the edition is published there.
    expect(shardEnv.SITE).toBe("${{ vars.PUBLISH_TO == 'bucket' && vars.SITE || steps.pages.outputs.origin }}");
    expect(shardEnv.BASE_PATH).toBe("${{ vars.PUBLISH_TO == 'bucket' && vars.BASE_PATH || steps.pages.outputs.base_path }}");
    expect({ SITE: mergeEnv.SITE, BASE_PATH: mergeEnv.BASE_PATH }).toEqual(shardEnv);
  });

  it('runs test, then the shards, then the merge, then the publishing job, which publishes the merge', () => {
    const [shard] = shardJobs[0];
    const [merge] = mergeJobs[0];
    expect(building.map(([n]) => n)).toEqual([merge]);
    expect(needs(workflow.jobs[shard])).toContain('test');
    expect(needs(workflow.jobs[merge])).toContain(shard);
    expect(needs(publishing[0][1])).toContain(merge);
  });

  it('lets the plan, the shards and the merge write nothing', () => {
    const [shard] = shardJobs[0];
    const [merge] = mergeJobs[0];
    const plan = needs(workflow.jobs[shard]).find((n) => n !== 'test')!;
    expect(permissionsOf(workflow.jobs[plan])).toEqual({});
    for (const name of [shard, merge]) expect(permissionsOf(workflow.jobs[name]), name).toEqual({ contents: 'read' });
  });
});

const text = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');
const bucketJobs = jobs.filter(([, j]) => j.steps.some((s) => /aws s3 sync/.test(s.run ?? '')));

describe('the deploy workflow’s bucket, for a corpus-sized edition', () => {
  it('publishes to the bucket instead of Pages exactly when PUBLISH_TO is "bucket"', () => {
    expect(bucketJobs).toHaveLength(1);
    const [, bucket] = bucketJobs[0];
    expect(bucket.if).toBe("vars.PUBLISH_TO == 'bucket'");
    expect(publishing[0][1].if).toBe("vars.PUBLISH_TO != 'bucket'");
    const [, merge] = mergeJobs[0];
    expect(stepOf(merge, 'actions/upload-pages-artifact@')!.if).toBe("vars.PUBLISH_TO != 'bucket'");
    const site = stepOf(merge, 'actions/upload-artifact@')!;
    expect(site.if).toBe("vars.PUBLISH_TO == 'bucket'");
    expect(stepOf(bucket, 'actions/download-artifact@')!.with).toMatchObject({ name: site.with!.name, path: 'dist' });
  });

  it('publishes only what the tests passed and the merge built', () => {
    const [name] = bucketJobs[0];
    expect(upstream(name).has(testing[0][0])).toBe(true);
    expect(needs(workflow.jobs[name])).toContain(mergeJobs[0][0]);
  });

  it('holds no GitHub permission, and is the only job given the bucket’s keys', () => {
    const [name, bucket] = bucketJobs[0];
    expect(permissionsOf(bucket)).toEqual({});
    const blocks = text.split(/\n(?=  [a-z][\w-]*:\n)/);
    const withSecrets = blocks.filter((b) => /\$\{\{\s*secrets\./.test(b)).map((b) => b.trim().split(':')[0]);
    expect(withSecrets).toEqual([name]);
  });

  it('syncs the hashed assets first, kept a year, then the rest, checked on each visit, removing what went', () => {
    const run = bucketJobs[0][1].steps.find((s) => /aws s3 sync/.test(s.run ?? ''))!.run!;
    const syncs = run.split('\n').filter((l) => l.startsWith('aws s3 sync'));
    expect(syncs).toHaveLength(2);
    expect(syncs[0]).toMatch(/^aws s3 sync dist\/_astro "s3:\/\/\$BUCKET\/_astro" .*immutable/);
    expect(syncs[1]).toMatch(/--exclude "_astro\/\*" --cache-control "no-cache" --delete$/);
    expect(run).toMatch(/test -n "\$BUCKET" \|\| \{ echo "::error::/);
  });

  it('builds the shards and the merge for the bucket’s address when publishing there (Pages need not be on)', () => {
    for (const [name, job] of [...shardJobs, ...mergeJobs]) {
      expect(stepOf(job, 'actions/configure-pages@')!.if, name).toBe("vars.PUBLISH_TO != 'bucket'");
      const build = job.steps.find((s) => /npm run build/.test(s.run ?? ''))!;
      expect(build.env!.SITE, name).toBe("${{ vars.PUBLISH_TO == 'bucket' && vars.SITE || steps.pages.outputs.origin }}");
    }
  });
});
