/**
 * Search and preview cards when their files cannot load (404, 503, offline):
 * the reader is told, offered a retry and the A–Z glossary, and nothing of the
 * failure is kept: once the network is back, Search, Ctrl+K and the preview
 * cards work without reloading the page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

const failures: [string, (route: Route) => Promise<void>][] = [
  ['404', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' })],
  ['503', (r) => r.fulfill({ status: 503, contentType: 'text/html', body: '<!doctype html><title>Unavailable</title>' })],
  ['offline', (r) => r.abort('internetdisconnected')],
];

const status = (page: Page) => page.locator('.search-status').textContent();

describe.each(failures)('when /pagefind/ answers %s', (_name, failure) => {
  it('search says "Loading…" at once, then that it could not load, with a retry and the A–Z glossary; after the network is back it works without a reload', async () => {
    const { page, close } = await openPage(statementPath);
    // Hold the first Pagefind request, to see what the reader sees meanwhile; then fail it (and all others).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await failure(route);
    });
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').waitFor();
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent === 'Loading…', null, { timeout: 3000 });
    await page.locator('#search-input').fill('UNODC');
    expect(await status(page)).toBe('Loading…');
    release();
    await page.locator('.search-error:not([hidden])').waitFor({ timeout: 10_000 });
    expect(await status(page)).toMatch(/could not load/i);
    expect(await page.locator('.search-error a').getAttribute('href')).toBe('/glossary/');
    const retry = page.locator('.search-error button', { hasText: 'Try again' });
    expect(await retry.isVisible()).toBe(true);
    expect(await page.locator('#search-results [role="option"]').count()).toBe(0);

    // Still failing: a retry fails again, and says so again.
    await retry.click();
    await page.locator('.search-error:not([hidden])').waitFor({ timeout: 10_000 });

    // The network is back.
    await page.unroute('**/pagefind/**');
    await retry.click();
    await page.locator('#search-results .sr-paragraph').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.search-error').isHidden()).toBe(true);
    expect(await status(page)).toMatch(/passage/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');

    // Closed and opened again with Ctrl+K, it searches.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').fill('SCO');
    await page.waitForFunction(() => document.querySelector('#search-results .sr-label')?.textContent === 'Shanghai Cooperation Organization', null, { timeout: 10_000 });
    await close();
  });
});

describe('when the network fails after the search has loaded', () => {
  it('a search whose index pieces cannot load says so, and the next one works', async () => {
    const { page, close } = await openPage(statementPath);
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').fill('CTC');
    await page.locator('#search-results .sr-paragraph').first().waitFor({ timeout: 10_000 });
    await page.route('**/pagefind/**', (r) => r.abort('internetdisconnected'));
    await page.locator('#search-input').fill('Almaty');
    await page.locator('.search-error:not([hidden])').waitFor({ timeout: 10_000 });
    await page.unroute('**/pagefind/**');
    await page.locator('#search-input').fill('Ashgabat');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results .sr-label')].some((l) => l.textContent === 'Ashgabat'), null, { timeout: 10_000 });
    expect(await page.locator('.search-error').isHidden()).toBe(true);
    await close();
  });
});

describe('when the preview cards’ code cannot load', () => {
  it('says so, keeps the mention a link, and shows cards once the network is back', async () => {
    const { page, close } = await openPage(statementPath);
    await page.route('**/_astro/preview*.js', (r) => r.abort('internetdisconnected'));
    const first = page.locator('#p2 a.term').first();
    await first.hover();
    await page.waitForFunction(() => /Preview cards could not load/.test(document.querySelector('[data-toast]')?.textContent ?? ''), null, { timeout: 5000 });
    expect(await page.locator('#preview-card').count()).toBe(0);
    await page.unroute('**/_astro/preview*.js');
    await page.mouse.move(0, 0);
    const other = page.locator('#p5 a.term').first();
    await other.hover();
    await page.locator('#preview-card:not([hidden])').waitFor({ timeout: 5000 });
    expect(await page.locator('#preview-card .preview-name').textContent()).toBeTruthy();
    await close();
  });

  it('search code that cannot load is tried again on the next Ctrl+K', async () => {
    const { page, close } = await openPage(statementPath);
    // The dialog's code (src/scripts/search/dialog.ts, a chunk of its own).
    await page.route('**/_astro/dialog*.js', (r) => r.abort('internetdisconnected'));
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => /Search could not load/.test(document.querySelector('[data-toast]')?.textContent ?? ''), null, { timeout: 5000 });
    await page.unroute('**/_astro/dialog*.js');
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog[open] #search-input').waitFor({ timeout: 5000 });
    await close();
  });
});
