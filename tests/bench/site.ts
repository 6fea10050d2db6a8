/**
 * The real site's measures: builds it (timed), serves dist/ twice on
 * 127.0.0.1 (brotli with the headers of public/_headers, and gzip alone as
 * GitHub Pages serves it), and measures in Chromium with a cold cache the
 * statement, home and meeting pages, each budget query's first search, and
 * Lighthouse (mobile). It only measures: the budgets are compared in the
 * report (report-site.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, type StaticServer } from '../support/serve.ts';
import { repoRoot } from './site-files.ts';
import { siteHeaders } from './headers.ts';
import { launchChromium, measurePage, type Budgets, type PageMeasure } from './measure.ts';
import { measureSearch, type SearchMeasure } from './search-measure.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { log, median } from './format.ts';

export interface SiteResults {
  buildMs: number;
  page: PageMeasure;
  pageGzip: PageMeasure;
  home: PageMeasure;
  meeting: PageMeasure;
  /** The whole edition's first search (the dialog's default), and one year's (2014 chosen in the dialog). */
  searches: (SearchMeasure & { runsMs: number[]; medianMs: number })[];
  yearSearches: (SearchMeasure & { runsMs: number[]; medianMs: number })[];
  lighthouse?: LighthouseResult;
}

function build(cwd: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return performance.now() - started;
}

export async function measureSite(budgets: Budgets, { runs, lighthouse: withLighthouse }: { runs: number; lighthouse: boolean }): Promise<SiteResults> {
  const dist = join(repoRoot, 'dist');
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
    const yearSearches: SiteResults['yearSearches'] = [];
    const timed = async (measure: () => Promise<SearchMeasure>) => {
      const all: SearchMeasure[] = [];
      for (let i = 0; i < runs; i++) all.push(await measure());
      const runsMs = all.map((m) => m.ms);
      return { ...all[0], runsMs, medianMs: median(runsMs) };
    };
    for (const q of budgets.queries) {
      log(`searching "${q}", the whole edition and one year (${runs} runs each)…`);
      searches.push(await timed(() => measureSearch(browser, url(br), q)));
      yearSearches.push(await timed(() => measureSearch(browser, url(br), q, {}, '2014')));
    }
    let lighthouse: LighthouseResult | undefined;
    if (withLighthouse) {
      log('running Lighthouse (mobile)…');
      lighthouse = await runLighthouse(url(br));
    }
    return { buildMs, page, pageGzip, home, meeting, searches, yearSearches, lighthouse };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}
