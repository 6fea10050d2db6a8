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
 *   --import-records N (the batch's records, default 1000)
 * Then the real records: the output each of the 20 real statements of
 * S/PV.8698 writes (real-records.ts), the President's 24-word turn against its budget.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type StaticServer } from '../support/serve.ts';
import { tempSite } from '../support/temp-site.ts';
import { listFiles, siteHeaders, repoRoot } from './dist-check.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runMeasured } from './process-tree.ts';
import { KiB, launchChromium, measurePage, measureSearch, readBudgets, type PageMeasure, type SearchMeasure } from './measure.ts';
import { categories, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureRealRecords, type RealRecordsResult } from './real-records.ts';
import { measureImportThroughput } from './import-throughput.ts';
import { measureImport, type ImportBench } from './import-bench.ts';

// ------------------------------------------------------------------ options
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('runs') ?? 3));
const scaleArg = option('scale');
const scaleSizes = flag('no-scale')
  ? []
  : scaleArg === undefined
    ? [1, 100, 1000]
    : scaleArg.includes(',')
      ? scaleArg.split(',').map(Number)
      : [...new Set([1, 100, 1000, Number(scaleArg)])].sort((a, b) => a - b);
/** Time per statement at the largest size may be at most this many times that at 100 (see the report). */
const linearityFactor = 2.5;

/** Figures of a Starlight build of the same statement, measured the same way, for scale. */
const starlight = { pageBytes: 42 * KiB, searchBytes: 83 * KiB, searchMs: 340 };

const budgets = readBudgets();
const dist = join(repoRoot, 'dist');
const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (s: string) => process.stderr.write(`${s}\n`);

function dirBytes(dir: string, filter: (f: string) => boolean = () => true): number {
  return listFiles(dir)
    .filter(filter)
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
/** Pagefind's index proper (words, fragments, filters, metadata) of every bundle, without its library and UI files. */
const isIndexFile = (f: string) =>
  /^pagefind\/(years\/\d{4}\/)?(index|fragment|filter)\//.test(f) || /^pagefind\/(years\/\d{4}\/)?pagefind\.[^/]+\.pf_meta$/.test(f);

function build(cwd: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return performance.now() - started;
}

// -------------------------------------------------------------- the site
interface SiteResults {
  buildMs: number;
  page: PageMeasure;
  pageGzip: PageMeasure;
  home: PageMeasure;
  meeting: PageMeasure;
  searches: (SearchMeasure & { runsMs: number[]; medianMs: number })[];
  lighthouse?: LighthouseResult;
}

async function measureSite(): Promise<SiteResults> {
  log('building the site…');
  const buildMs = build(repoRoot);
  const headers = siteHeaders(dist);
  const servers: StaticServer[] = [];
  const browser = await launchChromium();
  try {
    const br = await serve(dist, '/', 0, { headers });
    const gz = await serve(dist, '/', 0, { headers, encodings: ['gzip'] });
    servers.push(br, gz);
    const url = (s: StaticServer, path = budgets.statementPath) => new URL(path, s.url).href;
    // Warm-up: the servers compress each file once and keep it, as an edge does.
    await measurePage(browser, url(br));
    await measureSearch(browser, url(br), budgets.queries[0]);
    await measurePage(browser, url(gz));

    log('measuring the statement page…');
    const page = await measurePage(browser, url(br));
    const pageGzip = await measurePage(browser, url(gz));
    const home = await measurePage(browser, url(br, ''));
    const meeting = await measurePage(browser, url(br, budgets.meetingPath));
    const searches: SiteResults['searches'] = [];
    for (const q of budgets.queries) {
      log(`searching "${q}" (${runs} runs)…`);
      const all: SearchMeasure[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureSearch(browser, url(br), q));
      const runsMs = all.map((m) => m.ms);
      searches.push({ ...all[0], runsMs, medianMs: median(runsMs) });
    }
    let lighthouse: LighthouseResult | undefined;
    if (!flag('no-lighthouse')) {
      log('running Lighthouse (mobile)…');
      lighthouse = await runLighthouse(url(br));
    }
    return { buildMs, page, pageGzip, home, meeting, searches, lighthouse };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

// ------------------------------------------------------------------ scale
interface ScaleResult {
  n: number;
  words: number;
  paragraphs: number;
  buildMs: number;
  msPerStatement: number;
  /** Peak resident memory of the build's processes, added up. */
  peakBytes: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  indexBytes: number;
  largestPage: { path: string; bytes: number };
  statementPageBytes: number;
  firstSearchBytes: number;
  firstSearchMs: number;
  /** The largest requests of that search, to see what grows with the corpus. */
  firstSearchLargest: string[];
}

async function measureScale(n: number): Promise<ScaleResult> {
  log(`scale: generating and building ${n} synthetic statement(s)…`);
  const corpus = generateCorpus({ n });
  const site = tempSite({ withContent: false });
  try {
    // The real glossary (its entities are what the corpus names), without the real statement or its notes.
    cpSync(join(repoRoot, 'content/glossary'), join(site.dir, 'content/glossary'), { recursive: true });
    for (const f of corpus.files) site.write(f.path, f.content);
    const { ms: buildMs, peakBytes } = await runMeasured('npm', ['run', '--silent', 'build'], site.dir, {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
    });
    const out = join(site.dir, 'dist');
    const files = listFiles(out);
    const largest = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ path: f, bytes: statSync(join(out, f)).size }))
      .sort((a, b) => b.bytes - a.bytes)[0];
    const server = await serve(out, '/', 0, { headers: siteHeaders(out) });
    const browser = await launchChromium();
    let page: PageMeasure;
    let search: SearchMeasure;
    try {
      const url = new URL(`statements/${corpus.slugs[0]}/`, server.url).href;
      await measureSearch(browser, url, 'UNODC'); // warm-up (compression)
      page = await measurePage(browser, url);
      const all: SearchMeasure[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureSearch(browser, url, 'UNODC'));
      // Bytes of the first run (each run starts with a cold cache); the median time of all.
      search = { ...all[0], ms: median(all.map((m) => m.ms)) };
    } finally {
      await browser.close();
      await server.close();
    }
    return {
      n,
      words: corpus.words,
      paragraphs: corpus.paragraphs,
      buildMs,
      msPerStatement: buildMs / n,
      peakBytes,
      pages: files.filter((f) => f.endsWith('.html')).length,
      distBytes: dirBytes(out),
      pagefindBytes: dirBytes(out, (f) => f.startsWith('pagefind/')),
      indexBytes: dirBytes(out, isIndexFile),
      largestPage: largest,
      statementPageBytes: page.bytes,
      firstSearchBytes: search.bytes,
      firstSearchMs: search.ms,
      firstSearchLargest: [...search.requests]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => `${kib(r.bytes)} ${new URL(r.url).pathname}`),
    };
  } finally {
    site.remove();
  }
}

// ------------------------------------------------------------------- main
const started = new Date();
if (!flag('no-import')) log('importing a 5 MB record…');
const imports = flag('no-import') ? undefined : measureImportThroughput();
const site = flag('no-site') ? undefined : await measureSite();
const scale: ScaleResult[] = [];
for (const n of scaleSizes) scale.push(await measureScale(n));
let importBench: ImportBench | undefined;
if (!flag('no-import')) {
  log(`import: npm run add --meta on ${option('import-records') ?? 1000} records…`);
  importBench = await measureImport(Number(option('import-records') ?? 1000));
}

// Budgets.
const misses: string[] = [];
const check = (what: string, ok: boolean, detail: string) => {
  if (!ok) misses.push(`${what}: ${detail}`);
  return ok ? 'pass' : 'FAIL';
};
function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (site) {
  const worstSearchBytes = Math.max(...site.searches.map((s) => s.bytes));
  const worstSearchMs = Math.max(...site.searches.map((s) => s.medianMs));
  const rows: [string, string, string, string, string][] = [
    ['build time (real site)', `${(site.buildMs / 1000).toFixed(1)} s`, '', '', ''],
    [
      'statement page, bytes until idle (br)',
      kib(site.page.bytes),
      `≤ ${kib(budgets.pageBytes)}`,
      check('statement page bytes', site.page.bytes <= budgets.pageBytes, `${kib(site.page.bytes)} > ${kib(budgets.pageBytes)}`),
      kib(starlight.pageBytes),
    ],
    ['  of which HTML / CSS / JS', `${kib(site.page.htmlBytes)} / ${kib(site.page.cssBytes)} / ${kib(site.page.jsBytes)}`, '', '', ''],
    ['statement page, bytes until idle (gzip, as GitHub Pages)', kib(site.pageGzip.bytes), '(info)', '', ''],
    [
      'JavaScript before interaction',
      kib(site.page.jsBytes),
      `≤ ${kib(budgets.jsBytes)}`,
      check('JavaScript before interaction', site.page.jsBytes <= budgets.jsBytes, `${kib(site.page.jsBytes)} > ${kib(budgets.jsBytes)}`),
      '',
    ],
    ['requests until idle', String(site.page.requests.length), '', '', ''],
    ['DOM elements (statement page)', String(site.page.domElements), '', '', ''],
    ['home page, bytes until idle (br)', kib(site.home.bytes), '(info)', '', ''],
    [
      `meeting page /${budgets.meetingPath}, bytes until idle (br)`,
      kib(site.meeting.bytes),
      `≤ ${kib(budgets.meetingPageBytes)}`,
      check('meeting page bytes', site.meeting.bytes <= budgets.meetingPageBytes, `${kib(site.meeting.bytes)} > ${kib(budgets.meetingPageBytes)}`),
      '',
    ],
    ['  of which JavaScript', kib(site.meeting.jsBytes), '(info)', '', ''],
  ];
  if (site.lighthouse) {
    for (const c of categories) {
      const score = site.lighthouse.scores[c];
      const want = budgets.lighthouse[c];
      rows.push([
        `Lighthouse ${c} (mobile)`,
        String(score),
        `≥ ${want}`,
        check(`Lighthouse ${c}`, score >= want, `${score} < ${want}${site.lighthouse.failing[c].length ? ` (${site.lighthouse.failing[c].join(', ')})` : ''}`),
        '',
      ]);
    }
  }
  rows.push(
    [
      'first search, bytes (worst query)',
      kib(worstSearchBytes),
      `≤ ${kib(budgets.searchBytes)}`,
      worstSearchBytes <= budgets.searchBytes ? 'pass' : 'FAIL',
      `${kib(starlight.searchBytes)} to open`,
    ],
    [
      `typing → first paragraph result (worst median of ${runs})`,
      `${worstSearchMs.toFixed(0)} ms`,
      `< ${budgets.searchMs} ms`,
      worstSearchMs < budgets.searchMs ? 'pass' : 'FAIL',
      `${starlight.searchMs} ms`,
    ],
  );
  for (const s of site.searches) {
    rows.push([
      `  "${s.query}"`,
      `${kib(s.bytes)}, ${s.medianMs.toFixed(0)} ms (${s.runsMs.map((m) => m.toFixed(0)).join('/')}), ${s.entityResults}+${s.paragraphResults} results`,
      '',
      s.bytes <= budgets.searchBytes && s.medianMs < budgets.searchMs ? 'pass' : 'FAIL',
      '',
    ]);
  }
  for (const s of site.searches) {
    if (s.medianMs >= budgets.searchMs) misses.push(`first paragraph result for "${s.query}": median ${s.medianMs.toFixed(0)} ms ≥ ${budgets.searchMs} ms`);
    if (s.bytes > budgets.searchBytes) misses.push(`first search bytes for "${s.query}": ${kib(s.bytes)} > ${kib(budgets.searchBytes)}`);
  }

  console.log(`\nVerbatim bench, ${started.toISOString()} (cold cache, Chromium, 127.0.0.1)\n`);
  console.log(table(['measure', 'Verbatim', 'budget', 'status', 'Starlight'], rows));
  if (site.lighthouse) {
    const m = site.lighthouse.metrics;
    console.log(`\nLighthouse metrics: FCP ${m.fcpMs.toFixed(0)} ms, LCP ${m.lcpMs.toFixed(0)} ms, TBT ${m.tbtMs.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, Speed Index ${m.speedIndexMs.toFixed(0)} ms`);
  }
  console.log(`\nStatement page requests:\n${site.page.requests.map((r) => `  ${String(r.bytes).padStart(6)} B  ${r.type.padEnd(5)} ${r.encoding.padEnd(4)} ${new URL(r.url).pathname}`).join('\n')}`);
  console.log(`\nFirst search ("${site.searches[0].query}") requests:\n${site.searches[0].requests.map((r) => `  ${String(r.bytes).padStart(6)} B  ${r.type.padEnd(5)} ${r.encoding.padEnd(4)} ${new URL(r.url).pathname}`).join('\n')}`);
}

if (scale.length) {
  console.log('\nScale (synthetic statements, real glossary, no real statement):\n');
  console.log(
    table(
      ['N', 'words', 'build', 'per statement', 'peak memory', 'pages', 'dist', 'dist/statement', 'index', 'index/statement', 'largest page', 'stmt page', 'first search'],
      scale.map((s) => [
        String(s.n),
        String(s.words),
        `${(s.buildMs / 1000).toFixed(1)} s`,
        `${s.msPerStatement.toFixed(0)} ms`,
        `${(s.peakBytes / KiB / KiB / KiB).toFixed(2)} GiB`,
        String(s.pages),
        `${(s.distBytes / KiB / KiB).toFixed(1)} MiB`,
        kib(s.distBytes / s.n),
        kib(s.indexBytes),
        kib(s.indexBytes / s.n),
        `${s.largestPage.path} ${kib(s.largestPage.bytes)}`,
        kib(s.statementPageBytes),
        `${kib(s.firstSearchBytes)}, ${s.firstSearchMs.toFixed(0)} ms`,
      ]),
    ),
  );
  const sb = budgets.scale;
  for (const x of scale) {
    if (x.firstSearchBytes > sb.firstSearchBytes) misses.push(`first search at ${x.n}: ${kib(x.firstSearchBytes)} > ${kib(sb.firstSearchBytes)}`);
    if (x.firstSearchMs > sb.firstSearchMs) misses.push(`typed → first result at ${x.n}: ${x.firstSearchMs.toFixed(0)} ms > ${sb.firstSearchMs} ms`);
    if (x.n >= 1000 && x.msPerStatement > sb.msPerStatement) misses.push(`build at ${x.n}: ${x.msPerStatement.toFixed(0)} ms per statement > ${sb.msPerStatement} ms`);
    if (x.peakBytes > sb.peakBytes) misses.push(`peak memory at ${x.n}: ${(x.peakBytes / KiB ** 3).toFixed(2)} GiB > ${(sb.peakBytes / KiB ** 3).toFixed(2)} GiB`);
    if (x.largestPage.bytes > sb.largestPageBytes) misses.push(`largest page at ${x.n}: ${x.largestPage.path} ${kib(x.largestPage.bytes)} > ${kib(sb.largestPageBytes)}`);
  }
  // Linearity: the time per statement at the largest size against that at 100
  // (at N=1 the fixed cost of a build dominates, so it is no baseline).
  const ref = scale.find((s) => s.n === 100) ?? scale[0];
  const top = scale[scale.length - 1];
  if (top !== ref) {
    const ratio = top.msPerStatement / ref.msPerStatement;
    const marginal = (top.buildMs - ref.buildMs) / (top.n - ref.n);
    for (const x of scale) console.log(`First search at ${x.n}, largest requests: ${x.firstSearchLargest.join(', ')}`);
    console.log(
      `\nGrowth: ${top.msPerStatement.toFixed(0)} ms per statement at ${top.n} vs ${ref.msPerStatement.toFixed(0)} ms at ${ref.n} (×${ratio.toFixed(2)}; limit ×${linearityFactor}); ` +
        `marginal ${marginal.toFixed(0)} ms per added statement.`,
    );
    if (ratio > linearityFactor) misses.push(`build growth: ${ratio.toFixed(2)}× the time per statement at ${top.n} than at ${ref.n} (limit ${linearityFactor}×): not linear`);
  }
}

if (importBench) {
  const want = (budgets as { import?: { recordsPerSecond: number } }).import?.recordsPerSecond ?? 50;
  const ib = importBench;
  console.log(
    `\nImport: ${ib.records} records (npm run add --meta, metadata of ${ib.speechRows} speeches and ${ib.meetingRows} meetings read once) in ${(ib.ms / 1000).toFixed(1)} s: ` +
      `${ib.recordsPerSecond.toFixed(1)} records/s (budget ≥ ${want}), peak memory ${(ib.peakBytes / KiB / KiB).toFixed(0)} MiB` +
      `${ib.cpuMs ? `; CPU ${(ib.cpuMs / 1000).toFixed(1)} s, ${ib.recordsPerCpuSecond!.toFixed(1)} records per CPU second` : ''}; load average ${ib.loadAverage.toFixed(1)}.`,
  );
  if (ib.recordsPerSecond < want) misses.push(`import: ${ib.recordsPerSecond.toFixed(1)} records/s < ${want} records/s`);
}
if (imports) {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const perMb = (m: { ms: number; bytes: number }) => m.ms / (m.bytes / 1e6);
  const ratio = perMb(imports.import5) / perMb(imports.import1);
  const ok = imports.import5.ms <= budgets.importMs;
  if (!ok) misses.push(`import of a 5 MB record: ${s(imports.import5.ms)} > ${s(budgets.importMs)}`);
  if (ratio > linearityFactor) misses.push(`import growth: ${ratio.toFixed(2)}× the time per MB at 5 MB than at 1 MB (limit ${linearityFactor}×): not linear`);
  console.log('\nImport (npm run add, through importRecord; the 1 MiB record limit raised for this measure):\n');
  console.log(
    table(
      ['measure', 'time', 'budget', 'status'],
      [
        [`import, ${mb(imports.import5.bytes)} in ${imports.import5.paragraphs} paragraphs`, s(imports.import5.ms), `≤ ${s(budgets.importMs)}`, ok ? 'pass' : 'FAIL'],
        [`import, ${mb(imports.import1.bytes)} in ${imports.import1.paragraphs} paragraphs`, s(imports.import1.ms), '', ''],
        ['time per MB, 5 MB against 1 MB', `×${ratio.toFixed(2)}`, `≤ ×${linearityFactor}`, ratio <= linearityFactor ? 'pass' : 'FAIL'],
        ['record check alone (recordParagraphs, compareWithRecord), 5 MB', s(imports.checkMs5), '(info)', ''],
        [`import, one paragraph of ${mb(imports.oneParagraph.bytes)} (the paragraph limit's worst case; the MDX parser is slower than linear in a paragraph)`, s(imports.oneParagraph.ms), '(info)', ''],
      ],
    ),
  );
}

let real: RealRecordsResult | undefined;
if (!flag('no-real')) {
  log('importing and building the 20 real statements of S/PV.8698…');
  real = measureRealRecords();
  const sizes = real.statements.map((x) => x.bytes);
  console.log('\nOutput per statement, real records (S/PV.8698, 20 statements; every file under the statement’s address):\n');
  console.log(
    table(
      ['measure', 'bytes', 'budget', 'status'],
      [
        [`${real.smallest.slug} (the President, 24 words)`, kib(real.smallest.bytes), `≤ ${kib(budgets.smallestStatementOutputBytes)}`, check('output of the 24-word statement', real.smallest.bytes <= budgets.smallestStatementOutputBytes, `${kib(real.smallest.bytes)} > ${kib(budgets.smallestStatementOutputBytes)}`)],
        ['smallest / median / largest of the 20', `${kib(Math.min(...sizes))} / ${kib(median(sizes))} / ${kib(Math.max(...sizes))}`, '(info)', ''],
        ['the 20 together', kib(sizes.reduce((a, b) => a + b, 0)), '(info)', ''],
        ['meeting page s-pv-8698 (HTML, uncompressed)', kib(real.meetingPageBytes), '(info)', ''],
      ],
    ),
  );
  console.log(`\nFiles of ${real.smallest.slug}: ${real.smallest.files.join(', ')}`);
}

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
if (misses.length) {
  console.log(`\nBudgets missed (${misses.length}):\n${misses.map((m) => `  ✗ ${m}`).join('\n')}`);
  process.exitCode = 1;
} else console.log(site ? '\nAll budgets met.' : '\nScale growth within its limit (site budgets not measured: --no-site).');
