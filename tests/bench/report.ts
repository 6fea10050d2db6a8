/**
 * The report's frame: the figures the measures are compared with (a Starlight
 * build of the same statement; the linearity limit), the list of missed
 * budgets that every part of the report adds to, in the order it prints, and
 * the end: bench-results/latest.json and the verdict. The tables themselves
 * are in report-site.ts, report-scale.ts and report-import.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './site-files.ts';
import { KiB, type Budgets } from './measure.ts';
import type { SiteResults } from './site.ts';
import type { ScaleResult } from './scale.ts';
import type { ImportThroughput } from './import-throughput.ts';
import type { ImportBench } from './import-bench.ts';
import type { RealRecordsResult } from './real-records.ts';

/** Time per statement at the largest size may be at most this many times that at 100 (see the report). */
export const linearityFactor = 2.5;

/** Figures of a Starlight build of the same statement, measured the same way, for scale. */
export const starlight = { pageBytes: 42 * KiB, searchBytes: 83 * KiB, searchMs: 340 };

export type Check = (what: string, ok: boolean, detail: string) => 'pass' | 'FAIL';

/** A budget check for a table's status column: 'pass', or 'FAIL' with the miss added to `misses`. */
export function checker(misses: string[]): Check {
  return (what, ok, detail) => {
    if (!ok) misses.push(`${what}: ${detail}`);
    return ok ? 'pass' : 'FAIL';
  };
}

export interface Results {
  started: Date;
  budgets: Budgets;
  site?: SiteResults;
  scale: ScaleResult[];
  imports?: ImportThroughput;
  importBench?: ImportBench;
  real?: RealRecordsResult;
  misses: string[];
}

/** Writes bench-results/latest.json (its shape is what other tools read: keep it). */
export function writeResults({ started, budgets, site, scale, imports, importBench, real, misses }: Results): void {
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const json = {
    date: started.toISOString(),
    budgets,
    starlight,
    site: site && {
      buildMs: site.buildMs,
      page: site.page,
      pageGzip: { bytes: site.pageGzip.bytes, requests: site.pageGzip.requests },
      home: { bytes: site.home.bytes, jsBytes: site.home.jsBytes, domElements: site.home.domElements },
      meeting: { bytes: site.meeting.bytes, jsBytes: site.meeting.jsBytes, requests: site.meeting.requests },
      searches: site.searches,
      lighthouse: site.lighthouse,
    },
    scale,
    imports,
    importBatch: importBench,
    real,
    misses,
  };
  writeFileSync(join(repoRoot, 'bench-results/latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote bench-results/latest.json`);
}

/** Prints the budgets missed, or that all were met; true when none was missed. */
export function printVerdict(misses: string[], siteMeasured: boolean): boolean {
  if (misses.length) {
    console.log(`\nBudgets missed (${misses.length}):\n${misses.map((m) => `  ✗ ${m}`).join('\n')}`);
    return false;
  }
  console.log(siteMeasured ? '\nAll budgets met.' : '\nScale growth within its limit (site budgets not measured: --no-site).');
  return true;
}
