/**
 * The output each real statement writes: the 20 speeches of S/PV.8698
 * (tests/fixtures/corpus-8698) imported with `npm run add` into a copy of the
 * site and built; for each statement, the bytes of every file under its
 * address (its page, data files, context page if any). The President's
 * 24-word turn (spch005) is the smallest statement the corpus has: what it
 * writes is the edition's fixed cost per statement.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite } from '../support/temp-site.ts';
import { listFiles, repoRoot } from './site-files.ts';

export interface RealRecordsResult {
  statements: { slug: string; bytes: number; files: number }[];
  /** The President's 24-word turn at S/PV.8698. */
  smallest: { slug: string; bytes: number; files: string[] };
  meetingPageBytes: number;
}

export function measureRealRecords(): RealRecordsResult {
  const site = tempSite();
  try {
    // The edition holds these speeches already: they are imported anew, as a user would.
    site.removeStatements('unsc-2020-spv-8698');
    execFileSync(process.execPath, [join(repoRoot, 'src/importer/cli.ts'), join(repoRoot, 'tests/fixtures/corpus-8698')], {
      cwd: site.dir,
      env: { ...process.env, INIT_CWD: site.dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    site.build();
    const dist = join(site.dir, 'dist');
    const files = listFiles(join(dist, 'statements'));
    const of = (slug: string) => files.filter((f) => f.startsWith(`${slug}/`) || f.startsWith(`${slug}.`));
    const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(join(dist, 'statements', f)).size, 0);
    const slugs = [...new Set(files.map((f) => /^(unsc-2020-spv-8698-spch\d+)[./]/.exec(f)?.[1]).filter((s): s is string => !!s))].sort();
    const statements = slugs.map((slug) => ({ slug, bytes: size(of(slug)), files: of(slug).length }));
    const smallestSlug = 'unsc-2020-spv-8698-spch005';
    const meeting = join(dist, 'meetings/s-pv-8698/index.html');
    return {
      statements,
      smallest: { slug: smallestSlug, bytes: size(of(smallestSlug)), files: of(smallestSlug) },
      meetingPageBytes: existsSync(meeting) ? statSync(meeting).size : 0,
    };
  } finally {
    site.remove();
  }
}
