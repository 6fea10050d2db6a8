/**
 * The real site's part of the report: the table of the statement, home and
 * meeting pages, Lighthouse and the first searches against their budgets (and
 * a Starlight build's figures beside them), then the Lighthouse metrics and
 * the requests of the statement page and of the first search. Budgets missed
 * are added to `misses` in the order of the table.
 */
import { categories } from './lighthouse.ts';
import type { Budgets, Fetched } from './measure.ts';
import type { SiteResults } from './site.ts';
import { kib, table } from './format.ts';
import { checker, starlight } from './report.ts';

const requestLine = (r: Fetched) => `  ${String(r.bytes).padStart(6)} B  ${r.type.padEnd(5)} ${r.encoding.padEnd(4)} ${new URL(r.url).pathname}`;

export function printSite(site: SiteResults, budgets: Budgets, runs: number, started: Date, misses: string[]): void {
  const check = checker(misses);
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
  console.log(`\nStatement page requests:\n${site.page.requests.map(requestLine).join('\n')}`);
  console.log(`\nFirst search ("${site.searches[0].query}") requests:\n${site.searches[0].requests.map(requestLine).join('\n')}`);
}
