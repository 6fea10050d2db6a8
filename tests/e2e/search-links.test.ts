/** Search results are links: new tab, middle-click, copying the address; the keyboard stays the combobox's. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

async function results(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  await page.locator('#search-input').fill(query);
  await page.waitForFunction(() => /passage/.test(document.querySelector('.search-status')?.textContent ?? '') && document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
  return page.locator('#search-results [role="option"]');
}

describe('a search result', () => {
  it('is a link to where it lands, and the option of the listbox', async () => {
    const { page, problems, close } = await openPage(statementPath);
    const options = await results(page, 'UNODC');
    const found = await options.evaluateAll((els) =>
      els.map((o) => {
        const a = o.closest('a[href]') ?? o.querySelector('a[href]');
        return { href: a ? (a as HTMLAnchorElement).href : null, label: o.querySelector('.sr-label')!.textContent, tabindex: a?.getAttribute('tabindex') };
      }),
    );
    expect(found.length).toBeGreaterThan(1);
    for (const r of found) {
      expect(r.href, r.label!).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(glossary\/[a-z0-9-]+\/|statements\/kazakhstan-2014-terrorism\/\?q=UNODC&e=unodc#p\d+)$/);
      // Out of the tab order: focus stays in the field, the arrow keys move through the results.
      expect(r.tabindex).toBe('-1');
    }
    expect(found.find((r) => r.label === '¶ 5')?.href).toMatch(/\?q=UNODC&e=unodc#p5$/);
    expect(await page.locator('#search-results').getAttribute('role')).toBe('listbox');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-close');
    expect(problems).toEqual([]);
    await close();
  });

  it('opens in a new tab by middle-click and by Ctrl+click, leaving the search open', async () => {
    const { page, close } = await openPage(statementPath);
    const options = await results(page, 'UNODC');
    const p5 = options.filter({ has: page.locator('.sr-label', { hasText: '¶ 5' }) });
    for (const how of [{ button: 'middle' as const }, { modifiers: ['Control' as const] }]) {
      const [tab] = await Promise.all([page.context().waitForEvent('page'), p5.click(how)]);
      await tab.waitForLoadState();
      expect(tab.url(), JSON.stringify(how)).toMatch(/\/statements\/kazakhstan-2014-terrorism\/\?q=UNODC&e=unodc#p5$/);
      await tab.waitForSelector('#p5 .search-hit');
      await tab.close();
      expect(page.url()).toMatch(/\/statements\/kazakhstan-2014-terrorism\/$/);
      expect(await page.locator('dialog.search-dialog[open]').count()).toBe(1);
    }
    await close();
  });

  it('opens where it links with a plain click', async () => {
    const { page, close } = await openPage(statementPath);
    const options = await results(page, 'UNODC');
    const entry = options.first();
    const href = await entry.evaluate((o) => (o.closest('a[href]') ?? o.querySelector('a[href]'))!.getAttribute('href'));
    await Promise.all([page.waitForURL((u) => u.pathname === href), entry.click()]);
    await close();
  });
});
