/**
 * `npm run bench`: builds the site (timed), serves dist/ on 127.0.0.1 as a
 * static host would (brotli, with the headers of public/_headers; gzip alone
 * as GitHub Pages serves it, for comparison), and measures in Chromium with a
 * cold cache: the statement page's bytes until the network is idle, its
 * JavaScript, its DOM size, Lighthouse (mobile), and for each query the bytes
 * of the first search and the time from the completing keystroke to the first
 * paragraph result. Then the scale run: synthetic corpora of 1, 100 and 1000
 * statements (`--scale 10000` adds 10000; `--scale 1,50` picks sizes) built in
 * temporary copies of the site.
 *
 * Prints a table, writes bench-results/latest.json, compares with
 * tests/bench/budgets.json and exits 1 when a budget is missed, saying which.
 *
 * First, the import line (import-throughput.ts): a 5 MB record through the
 * importer. Last, the importer on a batch (import-bench.ts): `npm run add --meta`
 * on 1,000 real records, in records per second and peak memory.
 *
 * Options: --scale LIST|N  --no-scale  --no-site (scale only)  --no-import (both import measures)  --no-real  --no-lighthouse  --runs N (timing runs per query, default 3)
 *   --shards N (the scale run's shards line, default 8; 0: none)  --shards-up-to N (only at sizes up to N)
 *   --import-records N (the batch's records, default 1000)
 * Then the real records: the output each of the 20 real statements of
 * S/PV.8698 writes (real-records.ts), the President's 24-word turn against its budget.
 */
import { options } from './options.ts';
import { log } from './format.ts';
import { readBudgets } from './measure.ts';
import { measureSite } from './site.ts';
import { measureScale, type ScaleResult } from './scale.ts';
import { measureRealRecords, type RealRecordsResult } from './real-records.ts';
import { measureImportThroughput } from './import-throughput.ts';
import { measureImport, type ImportBench } from './import-bench.ts';
import { printVerdict, writeResults } from './report.ts';
import { printSite } from './report-site.ts';
import { printScale } from './report-scale.ts';
import { printImportBatch, printImports, printRealRecords } from './report-import.ts';

const budgets = readBudgets();
const started = new Date();

// Measures, in this order: the 5 MB record, the real site, the scale run, the import batch.
if (options.import) log('importing a 5 MB record…');
const imports = options.import ? measureImportThroughput() : undefined;
const site = options.site ? await measureSite(budgets, options) : undefined;
const scale: ScaleResult[] = [];
for (const n of options.scaleSizes) {
  const result = await measureScale(n, options.runs);
  scale.push(result);
  // Each size as it is measured: a larger size that fails later (out of memory, say) does not take these with it.
  log(`scale ${n}: ${JSON.stringify(result)}`);
}
let importBench: ImportBench | undefined;
if (options.import) {
  log(`import: npm run add --meta on ${options.importRecordsArg} records…`);
  importBench = await measureImport(options.importRecords);
}

// The report; each part adds the budgets it finds missed, in this order.
const misses: string[] = [];
if (site) printSite(site, budgets, options.runs, started, misses);
if (scale.length) printScale(scale, budgets, misses);
if (importBench) printImportBatch(importBench, budgets, misses);
if (imports) printImports(imports, budgets, misses);

// The real records last: measured once the rest is printed.
let real: RealRecordsResult | undefined;
if (options.real) {
  log('importing and building the 20 real statements of S/PV.8698…');
  real = measureRealRecords();
  printRealRecords(real, budgets, misses);
}

writeResults({ started, budgets, site, scale, imports, importBench, real, misses });
if (!printVerdict(misses, site !== undefined)) process.exitCode = 1;
