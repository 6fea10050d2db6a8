/**
 * What a reader's browser fetches, measured in Chromium with a cold cache:
 * bytes until the network is idle, the JavaScript among them, the DOM size,
 * (the first search's measure is search-measure.ts). Shared by the bench
 * (`npm run bench`) and the budget tests (tests/site/budgets.test.ts).
 *
 * Bytes are encoded body sizes (what came over the wire after compression,
 * without HTTP headers), from Playwright's `request.sizes()`, which reads
 * Chromium's own network accounting. Requests made by Pagefind's Web Worker
 * are counted too.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

export const KiB = 1024;

export interface Budgets {
  statementPath: string;
  /** A meeting page with its whole roster (136 speeches), and the bytes it may transfer until idle. */
  meetingPath: string;
  meetingPageBytes: number;
  /** What the smallest real statement (a 24-word turn of the President) may write in all. */
  smallestStatementOutputBytes: number;
  /** Bytes transferred for the statement page until the network is idle. */
  pageBytes: number;
  /** Milliseconds to import a 5 MB record (import-throughput.ts). */
  importMs: number;
  /** JavaScript bytes fetched before any interaction. */
  jsBytes: number;
  /** Bytes fetched by the first search of one year (2014 chosen in the dialog before typing). */
  searchBytes: number;
  /** Bytes fetched by the first search of the whole edition, the default (opening the dialog and the query; issue 20). */
  editionSearchBytes: number;
  /** Milliseconds from the completing keystroke to the first paragraph result (exclusive). */
  searchMs: number;
  /** Lighthouse scores (0–100), mobile. */
  lighthouse: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  queries: string[];
  /** Budgets of the scale run, at every corpus size measured. */
  scale: {
    firstSearchBytes: number;
    firstSearchMs: number;
    /** The whole edition's complete result count, from the last keystroke. */
    countMs: number;
    /** Build time per statement, from 1,000 statements up. */
    msPerStatement: number;
    /** Peak resident memory of the build's processes. */
    peakBytes: number;
    /** The largest HTML page of the build. */
    largestPageBytes: number;
  };
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(fileURLToPath(new URL('./budgets.json', import.meta.url)), 'utf8')) as Budgets;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export interface Fetched {
  url: string;
  type: string;
  status: number;
  encoding: string;
  /** Encoded body bytes. */
  bytes: number;
}

/** Watches every request of a browser context (pages and their workers). */
export class NetworkLog {
  readonly fetched: Fetched[] = [];
  private inflight = new Set<Request>();
  private pending: Promise<void>[] = [];
  private lastChange = performance.now();

  constructor(context: BrowserContext) {
    context.on('request', (r) => {
      this.inflight.add(r);
      this.lastChange = performance.now();
    });
    const done = (r: Request) => {
      this.inflight.delete(r);
      this.lastChange = performance.now();
      this.pending.push(
        (async () => {
          const response = await r.response().catch(() => null);
          const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
          const header = async (name: string) => (response ? ((await response.headerValue(name).catch(() => null)) ?? '') : '');
          // Chromium reports no body size for a worker's own script: the
          // server's content-length (the encoded size) stands in for it.
          const bytes = sizes.responseBodySize > 0 ? sizes.responseBodySize : Number(await header('content-length')) || 0;
          this.fetched.push({
            url: r.url(),
            type: resourceKind(r.url(), await header('content-type')),
            status: response?.status() ?? 0,
            encoding: await header('content-encoding'),
            bytes,
          });
        })(),
      );
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
  }

  /** Resolves once no request has been in flight for `quietMs` (as Playwright's "networkidle", 500 ms). */
  async idle(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const started = performance.now();
    for (;;) {
      if (this.inflight.size === 0 && performance.now() - this.lastChange >= quietMs) break;
      if (performance.now() - started > timeoutMs) throw new Error(`network not idle after ${timeoutMs} ms: ${[...this.inflight].map((r) => r.url()).join(', ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await Promise.all(this.pending);
  }

  /** A mark to count from. */
  mark(): number {
    return this.fetched.length;
  }

  since(mark = 0): Fetched[] {
    return this.fetched.slice(mark);
  }
}

function resourceKind(url: string, contentType: string): string {
  const path = new URL(url).pathname;
  if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
  if (/css/.test(contentType) || path.endsWith('.css')) return 'css';
  if (/html/.test(contentType)) return 'html';
  if (/wasm/.test(path)) return 'wasm';
  if (/\/pagefind\//.test(path)) return 'index';
  if (/image/.test(contentType)) return 'image';
  if (/json/.test(contentType)) return 'json';
  return 'other';
}

export const sum = (xs: Fetched[], kind?: string) => xs.filter((f) => !kind || f.type === kind).reduce((n, f) => n + f.bytes, 0);

export interface PageMeasure {
  url: string;
  /** Every byte until the network was idle. */
  bytes: number;
  jsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  domElements: number;
  requests: Fetched[];
}

/**
 * Runs `measure` on `url` loaded in a fresh context (cold cache, 1280 × 900
 * unless told otherwise) with its network log, once the network is idle; the
 * context is closed after.
 */
export async function inFreshPage<T>(browser: Browser, url: string, options: BrowserContextOptions, measure: (page: Page, log: NetworkLog) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    const log = new NetworkLog(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await log.idle();
    return await measure(page, log);
  } finally {
    await context.close();
  }
}

/** Loads `url` in a fresh context (cold cache) and counts what arrives until the network is idle. */
export function measurePage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<PageMeasure> {
  return inFreshPage(browser, url, options, async (page, log) => {
    const requests = log.since();
    return {
      url,
      bytes: sum(requests),
      jsBytes: sum(requests, 'js'),
      cssBytes: sum(requests, 'css'),
      htmlBytes: sum(requests, 'html'),
      domElements: await page.evaluate(() => document.getElementsByTagName('*').length),
      requests,
    };
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page and worker errors, failed, erroneous (≥ 400) and off-site requests. */
  problems: string[];
  /** CSP violations the page has reported so far (securitypolicyviolation events). */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fresh context and page on a server of our own (not the test setup's), recording what goes wrong. */
export async function openWatched(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const own = new URL(origin).origin;
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker console: ${m.text()}`)));
  page.on('requestfailed', (r) => {
    // A request cut short by leaving the page (a favicon still loading) is no failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== own) problems.push(`off-site request: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
    close: () => context.close(),
  };
}
