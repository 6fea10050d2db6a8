/** One Chromium per test file, pages that record console errors and failed requests, and axe. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { inject } from 'vitest';
import { chromiumArgs } from './chromium.ts';

export const baseUrl = () => inject('baseUrl');

let browser: Browser | undefined;
export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: inject('chromium'), args: chromiumArgs });
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and failed or off-site requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const b = await getBrowser();
  const context = await b.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The browser drops the page's icon request when the reader follows a link before it came: not the site's failure.
    const icon = new URL(r.url()).pathname.endsWith('/favicon.svg') && r.failure()?.errorText === 'net::ERR_ABORTED';
    if (!icon) problems.push(`request failed: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (/^https?:/.test(u) && !u.startsWith(origin)) problems.push(`off-site request: ${u}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** WCAG 2.2 A and AA violations, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}
