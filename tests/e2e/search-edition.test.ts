/**
 * Search across the whole edition (issue 20), in Chromium, on the built site
 * with the featured statement and the real 2020 records: the default looks in
 * every statement; phrases mean what they say; "the" finds nothing; results
 * say where they come from; the filters narrow, and the search page's address
 * carries and restores them; on a statement, "This meeting" and "This statement".
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, openPage } from '../support/browser.ts';

const featured = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

interface Result {
  kind: string;
  label: string;
  context: string;
  excerpt: string;
  marked: string[];
  href: string;
}

/** Waits until the list is no longer busy and stops changing, and reads it. */
async function answer(page: Page): Promise<Result[]> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && (document.querySelector('.search-status')?.textContent ?? '') !== 'Loading…');
  return page.locator('#search-results [role="option"]').evaluateAll((els) =>
    els.map((e) => ({
      kind: e.classList.contains('sr-paragraph') ? 'passage' : 'entity',
      label: e.querySelector('.sr-label')!.textContent!,
      context: e.querySelector('.sr-context')!.textContent!,
      excerpt: e.querySelector('.sr-excerpt')!.textContent!,
      marked: [...e.querySelectorAll('.sr-excerpt mark')].map((m) => m.textContent!),
      href: (e as HTMLAnchorElement).href,
    })),
  );
}

async function search(page: Page, query: string) {
  if (!(await page.locator('dialog.search-dialog[open]').count())) {
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').waitFor();
  }
  await page.locator('#search-input').fill(query);
  return answer(page);
}

const passages = (r: Result[]) => r.filter((x) => x.kind === 'passage');
/** The text a result lands on: the sentence or paragraph its address names. */
async function landedText(page: Page, href: string) {
  await page.goto(href);
  const id = decodeURIComponent(new URL(href).hash.slice(1));
  return page.locator(`[id="${id}"]`).evaluate((e) => e.textContent!.replace(/\s+/g, ' '));
}

describe('searching the whole edition', () => {
  it('finds, from the featured statement, the 2020 statements that say “Charter of the United Nations”, and no featured paragraph', async () => {
    const { page, problems, close } = await openPage(featured);
    const results = passages(await search(page, 'Charter of the United Nations'));
    expect(results.length).toBeGreaterThan(2);
    // Each says where it is from: speaker, meeting, date.
    for (const r of results) expect(r.context).toMatch(/ · S\/PV\.\d+.* · \d{1,2} \w+ 2020$/);
    expect(results.some((r) => r.context.includes('Abdrakhmanov'))).toBe(false);
    // Those holding the phrase come first, the phrase marked whole.
    expect(results[0].marked.join(' | ')).toMatch(/Charter of the United Nations/);
    expect(await page.locator('.search-status').textContent()).toMatch(/\d+ statements? \(\d+ with the exact phrase\)/);
    // A long one-paragraph speech lands on the sentence that says it.
    const sentence = results.find((r) => /sentence \d+$/.test(r.label))!;
    expect(sentence.href).toMatch(/#p\d+-s\d+$/);
    expect(await landedText(page, sentence.href)).toContain('Charter of the United Nations');
    const id = new URL(sentence.href).hash.slice(1);
    await page.locator(`[id="${id}"] .search-hit`).first().waitFor();
    expect((await page.locator(`[id="${id}"] .search-hit`).allTextContents()).join(' ')).toMatch(/Charter/);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds for “"Security Council"” only passages that hold that phrase', async () => {
    const { page, close } = await openPage(featured);
    const results = passages(await search(page, '"Security Council"'));
    expect(results.length).toBeGreaterThan(2);
    for (const r of results) expect(r.marked, r.label).toContain('Security Council');
    for (const r of results.slice(0, 3)) expect((await landedText(page, r.href)).toLowerCase(), r.href).toContain('security council');
    await close();
  });

  it('finds nothing for “the” alone, and marks nothing where a link with it lands', async () => {
    const { page, close } = await openPage(featured);
    expect(await search(page, 'the')).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toMatch(/too common to search for on its own/);
    await page.goto(new URL(`${featured}?q=the#p1`, page.url()).href);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('mark.search-hit').count()).toBe(0);
    // "of the" inside a phrase is the phrase's: marked only there.
    const results = passages(await search(page, 'Office on Drugs and Crime'));
    expect(results[0].marked.join(' ')).not.toMatch(/^(the|of|on|and)$/i);
    await close();
  });

  it('on a statement, narrows to this meeting or to this statement in one step', async () => {
    const { page, close } = await openPage('statements/unsc-2020-spv-8698-spch002/');
    expect(passages(await search(page, 'Sahel')).length).toBeGreaterThan(0);
    // The whole edition: the meetings that speak of it are offered, with their counts, once the reader goes to the list.
    await page.locator('select[name="meeting"]').focus();
    await expect.poll(() => page.locator('select[name="meeting"] option').count()).toBeGreaterThan(2);
    const meetings = await page.locator('select[name="meeting"] option').allTextContents();
    expect(meetings.length, meetings.join(', ')).toBeGreaterThan(2);
    await page.getByRole('radio', { name: /This meeting \(S\/PV\.8698\)/ }).check();
    const meeting = passages(await answer(page));
    expect(meeting.length).toBeGreaterThan(0);
    for (const r of meeting) expect(r.context).toContain('S/PV.8698');
    await page.getByRole('radio', { name: 'This statement' }).check();
    const here = passages(await answer(page));
    expect(here.length).toBeGreaterThan(0);
    for (const r of here) {
      expect(r.context).toBe('This statement');
      expect(r.href).toMatch(/\/statements\/unsc-2020-spv-8698-spch002\/\?q=Sahel#p\d+(-s\d+)?$/);
    }
    await close();
  });

  it('orders by date when asked, newest or oldest first', async () => {
    const { page, close } = await openPage('search/?q=terrorism&sort=oldest');
    const oldest = passages(await answer(page));
    expect(oldest[0].context).toMatch(/2014$/);
    await page.locator('select[name="sort"]').selectOption('newest');
    const newest = passages(await answer(page));
    expect(newest[0].context).toMatch(/2020$/);
    await expect.poll(() => page.url()).toMatch(/sort=newest/);
    await close();
  });
});

describe('the search page', () => {
  it('carries the words and filters in its address, and restores them', async () => {
    const { page, problems, close } = await openPage('search/?q=UNODC');
    expect(await page.locator('#search-input').inputValue()).toBe('UNODC');
    const all = passages(await answer(page));
    expect(all.map((r) => r.label)).toContain('¶ 5');
    await page.locator('select[name="year"]').selectOption('2014');
    await answer(page);
    // Years are listed with what they hold of this answer.
    expect(await page.locator('select[name="year"] option').allTextContents()).toEqual(['All years', '2014 (1)']);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=UNODC&year=2014');
    await page.locator('#search-input').fill('Libya');
    expect(await answer(page)).toEqual([]);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Libya&year=2014');
    await page.locator('select[name="year"]').selectOption('');
    const libya = passages(await answer(page));
    expect(libya.length).toBeGreaterThan(0);
    await page.locator('select[name="country"]').focus();
    await expect.poll(() => page.locator('select[name="country"] option').count()).toBeGreaterThan(1);
    await page.locator('select[name="country"]').selectOption({ index: 1 });
    const country = await page.locator('select[name="country"]').inputValue();
    await answer(page);
    await expect.poll(() => new URLSearchParams(new URL(page.url()).search).get('country')).toBe(country);
    // Reloading the address gives the same search back.
    const before = passages(await answer(page)).map((r) => r.href);
    await page.reload();
    expect(await page.locator('#search-input').inputValue()).toBe('Libya');
    const after = passages(await answer(page)).map((r) => r.href);
    expect(after).toEqual(before);
    expect(await page.locator('select[name="country"]').inputValue()).toBe(country);
    expect(problems).toEqual([]);
    await close();
  });

  it('is linked from the dialog with the search as it stands', async () => {
    const { page, close } = await openPage(featured);
    await search(page, 'OSCE');
    expect(await page.locator('a.search-as-page').getAttribute('href')).toBe('/search/?q=OSCE');
    await close();
  });

  it('says without JavaScript what to use instead', async () => {
    const { page, close } = await openPage('search/', { javaScriptEnabled: false });
    expect(await page.locator('.search-noscript').textContent()).toMatch(/Search needs JavaScript/);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with results, at 375 px in ${colorScheme}`, async () => {
      const { page, close } = await openPage('search/?q=Charter', { viewport: { width: 375, height: 800 }, colorScheme });
      expect(passages(await answer(page)).length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await close();
    });
  }
});
