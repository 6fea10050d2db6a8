/**
 * What the first search costs, measured in Chromium with a cold cache: the
 * bytes from opening the dialog to the results of the query (the whole
 * edition, or one year chosen first), and the time from the keystroke that
 * completes the query to the first passage. Shared by the bench and the
 * budget tests (tests/site/budgets.test.ts).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inFreshPage, sum, type Fetched } from './measure.ts';

export interface SearchMeasure {
  query: string;
  /** Bytes fetched from opening the search to the results of the query, network idle. */
  bytes: number;
  /** Of those, the bytes that had come by the first paragraph result (the browser's resource timing). */
  bytesToFirst: number;
  /** Of which JavaScript (search code, Pagefind's library and worker). */
  jsBytes: number;
  /** From the keystroke that completes the query to the first paragraph result in the list. */
  ms: number;
  /** From that keystroke to the status saying how many statements the whole answer holds. */
  countMs: number;
  /** That count, as the status says it. */
  statements: number;
  paragraphResults: number;
  entityResults: number;
  requests: Fetched[];
}

/**
 * Opens the search dialog on `url` (fresh context, cold cache) and searches for `query` as a reader types it:
 * the whole edition (the default), or one `year` chosen in the dialog before typing.
 */
export function measureSearch(browser: Browser, url: string, query: string, options: BrowserContextOptions = {}, year?: string): Promise<SearchMeasure> {
  return inFreshPage(browser, url, options, async (page, log) => {
    const mark = log.mark();
    await page.evaluate(() => {
      performance.setResourceTimingBufferSize(2000);
      (window as unknown as { __opened: number }).__opened = performance.now();
    });
    await openSearch(page);
    if (year) {
      await page.locator(`select[name="year"] option[value="${year}"]`).waitFor({ state: 'attached' });
      await page.locator('select[name="year"]').selectOption(year);
    }
    await log.idle();
    const result = await typeAndTime(page, query);
    await log.idle();
    const requests = log.since(mark);
    return { query, bytes: sum(requests), jsBytes: sum(requests, 'js'), requests, ...result };
  });
}


/** Clicks the header's search button and waits for the dialog's input to have focus. */
export async function openSearch(page: Page): Promise<void> {
  await page.locator('button.search-trigger').click();
  await page.locator('dialog.search-dialog[open] #search-input').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
}

/**
 * Types `query` into the search input, key by key, and times, inside the page
 * with performance.now(), from the input event of the last keystroke to the
 * mutation that first puts a `.sr-paragraph` in the list.
 */
export async function typeAndTime(page: Page, query: string, timeoutMs = 10_000) {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { inputs: number[]; paragraphs: number[]; counts: [number, string][] } };
    w.__bench = { inputs: [], paragraphs: [], counts: [] };
    const input = document.getElementById('search-input')!;
    input.addEventListener('input', () => w.__bench.inputs.push(performance.now()), true);
    const list = document.getElementById('search-results')!;
    new MutationObserver(() => {
      if (list.querySelector('.sr-paragraph')) w.__bench.paragraphs.push(performance.now());
    }).observe(list, { childList: true, subtree: true });
    // The status says the answer's count ("1,234 statements") once the search has answered.
    const status = document.querySelector('.search-status')!;
    new MutationObserver(() => {
      const n = /([\d,]+) statements?\b/.exec(status.textContent ?? '')?.[1];
      if (n) w.__bench.counts.push([performance.now(), n]);
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('#search-input').pressSequentially(query);
  await page.waitForFunction(
    ({ n }) => {
      const b = (window as unknown as { __bench: { inputs: number[]; paragraphs: number[] } }).__bench;
      return b.inputs.length >= n && b.paragraphs.some((t) => t > b.inputs[b.inputs.length - 1]);
    },
    { n: query.length },
    { timeout: timeoutMs },
  );
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { inputs: number[]; paragraphs: number[]; counts: [number, string][] } }).__bench;
    const last = b.inputs[b.inputs.length - 1];
    const first = b.paragraphs.find((t) => t > last)!;
    const count = b.counts.find(([t]) => t > last);
    const options = [...document.querySelectorAll('#search-results [role="option"]')];
    return {
      ms: first - last,
      countMs: count ? count[0] - last : NaN,
      bytesToFirst: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.startTime >= (window as unknown as { __opened: number }).__opened && r.responseEnd <= first)
        .reduce((n, r) => n + r.encodedBodySize, 0),
      statements: count ? Number(count[1].replace(/,/g, '')) : NaN,
      paragraphResults: options.filter((o) => o.classList.contains('sr-paragraph')).length,
      entityResults: options.filter((o) => o.classList.contains('sr-entity')).length,
    };
  });
}
