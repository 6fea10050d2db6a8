/**
 * A sentence's link and "Cite" (issue 18/19) in Chromium, on the featured
 * statement: a link to #p5-s2 lands on that sentence and marks it; pointing
 * at a sentence, or moving to it with the keyboard, shows its link and a
 * "Cite" that names it (¶ 5, sentence 3), in the plain line and in the styles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, type OpenedPage } from '../support/browser.ts';

/**
 * A point on the sentence's own words (a text node of its own, not a mention
 * link in it), in the viewport: a sentence is an inline box over several
 * lines, whose box's centre may be another sentence's.
 */
async function firstLine(page: Page, id: string) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  return page.evaluate((id) => {
    const text = [...document.getElementById(id)!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 3)!;
    const range = document.createRange();
    const at = text.textContent!.search(/\S/);
    range.setStart(text, at);
    range.setEnd(text, at + 2);
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, id);
}

const statementPath = 'statements/kazakhstan-2014-terrorism/';
let opened: OpenedPage;
beforeAll(async () => {
  opened = await openPage(`${statementPath}#p5-s2`, { permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await opened?.close();
  await closeBrowser();
});

describe('a sentence of a statement', () => {
  it('has its permanent id, and a link to it lands on it and marks it', async () => {
    const { page } = opened;
    // In view once the page has settled (fonts and layout may move it after load).
    await page.waitForFunction(() => {
      const r = document.querySelector(':target')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    }, null, { timeout: 5000 });
    const target = await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>(':target')!;
      const r = s.getBoundingClientRect();
      return { id: s.id, text: s.textContent, inView: r.top >= 0 && r.bottom <= innerHeight, background: getComputedStyle(s).backgroundColor, other: getComputedStyle(document.getElementById('p5-s1')!).backgroundColor };
    });
    expect(target.id).toBe('p5-s2');
    expect(target.text).toBe('We also work closely with various agencies of the United Nations system.');
    expect(target.inView).toBe(true);
    // Marked: its background is not that of the sentence before it.
    expect(target.background).not.toBe(target.other);
    expect(await page.locator('.para span.s[id]').count()).toBe(22);
  });

  it('shows its link and a Cite that names it, on hover', async () => {
    const { page } = opened;
    // A sentence is an inline box over several lines: point at its first line's start, not its box's centre.
    const at = await firstLine(page, 'p5-s3');
    await page.mouse.move(at.x, at.y);
    const tools = page.locator('.sentence-tools');
    await tools.waitFor({ state: 'visible', timeout: 5000 });
    expect(await tools.locator('a').getAttribute('href')).toBe('#p5-s3');
    await tools.locator('summary').click();
    const plain = await tools.locator('[data-cite="Citation"]').first().textContent();
    expect(plain).toMatch(/, ¶ 5, sentence 3\. https:\/\/verbatim\.example\/statements\/kazakhstan-2014-terrorism\/#p5-s3$/);
    // The styles, fetched from the .cite.json, cite the sentence as the locator.
    await page.waitForFunction(() => document.querySelector('.sentence-tools details')?.getAttribute('data-filled') === 'done', null, { timeout: 10000 });
    const chicago = await tools.locator('[data-cite="Chicago note"]').textContent();
    expect(chicago).toContain('5, sentence 3');
  });

  it('is reached with the keyboard: the arrow keys move from sentence to sentence, Tab goes into its tools', async () => {
    const { page } = opened;
    await page.keyboard.press('Escape');
    // The pointer out of the text: a sentence it rests on would show its own tools.
    await page.mouse.move(1, 1);
    await page.locator('#p5-s1').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p5-s2');
    const tools = page.locator('.sentence-tools');
    await tools.waitFor({ state: 'visible', timeout: 5000 });
    expect(await tools.locator('a').getAttribute('href')).toBe('#p5-s2');
    // One stop in the tab order for the whole text: the sentence focused last.
    expect(await page.evaluate(() => [...document.querySelectorAll('.para span.s[tabindex="0"]')].map((s) => s.id))).toEqual(['p5-s2']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.sentence-tools') !== null)).toBe(true);
  });

  it('a tap shows the tools too', async () => {
    const { page } = opened;
    const at = await firstLine(page, 'p6-s2');
    await page.mouse.click(at.x, at.y);
    const tools = page.locator('.sentence-tools');
    await tools.waitFor({ state: 'visible', timeout: 5000 });
    expect(await tools.locator('a').getAttribute('href')).toBe('#p6-s2');
    expect(opened.problems).toEqual([]);
  });
});
