/** Reading the statement in Chromium, as a reader would: deep links, copy link, no script, phone, dark, print, keyboard. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { closeBrowser, openPage } from '../support/browser.ts';
import { compareWithRecord, recordParagraphs, restoreBreaks } from '../../src/lib/model/record/record.ts';

const slug = 'kazakhstan-2014-terrorism';
const statementPath = `statements/${slug}/`;
const mdx = readFileSync(new URL(`../../content/statements/${slug}.mdx`, import.meta.url), 'utf8');
const meta = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]);
const record = readFileSync(new URL(`../../content/sources/${slug}.txt`, import.meta.url), 'utf8');

afterAll(closeBrowser);

/** Where a paragraph sits once scrolling has settled (smooth scrolling may still be moving it). */
async function settledTop(page: import('playwright-core').Page, selector: string) {
  let last = NaN;
  for (let i = 0; i < 40; i++) {
    const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    if (top === last) return top;
    last = top;
    await page.waitForTimeout(50);
  }
  return last;
}

describe('the statement page', () => {
  it('presents speaker, role, body, record and date, saying what is probable and linking the official record', async () => {
    const { page, problems, close } = await openPage(statementPath);
    const header = page.locator('.statement-header');
    await expect(header.locator('h1').textContent()).resolves.toBe('Statement by Kazakhstan on international terrorism');
    const text = (await header.textContent())!;
    expect(text).toContain('Kairat Abdrakhmanov');
    expect(text).toContain('Permanent Representative of Kazakhstan to the United Nations');
    expect(text).toContain('United Nations Security Council');
    expect(text).toMatch(/S\/PV\.7316\s*probable/);
    expect(text).toMatch(/19 November 2014\s*probable/);
    // The evidence links the official record once (the meeting's previous and next speeches, not in the edition, point there too).
    expect(await header.locator('.evidence a[href="https://undocs.org/S/PV.7316"]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
    await close();
  });

  it('holds every word of the record in order, with only the marked corrections as differences', async () => {
    const { page, close } = await openPage(statementPath);
    const asRecord = await page.locator('.para > p').evaluateAll((ps) =>
      ps.map((p) => {
        const clone = p.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('ins.corr').forEach((ins) => ins.replaceWith((ins as HTMLElement).dataset.sic ?? ''));
        return clone.textContent ?? '';
      }),
    );
    const expected = restoreBreaks(recordParagraphs(record), meta.restoredBreaks).paragraphs;
    expect(asRecord).toHaveLength(9);
    expect(compareWithRecord(asRecord, expected)).toEqual([]);
    const corrections = await page.locator('.para ins.corr').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.sic, e.textContent]));
    expect(corrections).toEqual([['ofpeople', 'of people']]);
    // The correction says what the record reads, and the edition's notes say so too.
    expect(await page.locator('.para ins.corr').getAttribute('title')).toContain('ofpeople');
    expect(await page.locator('.about-edition').textContent()).toMatch(/¶8: the record prints\s*ofpeople; the edition reads\s*of people/);
    await close();
  });

  it('numbers paragraphs p1…p9 in the margin, each a link to itself', async () => {
    const { page, close } = await openPage(statementPath);
    const ids = await page.locator('.para').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    const numbers = await page.locator('.para > a.pnum').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('href')]));
    expect(numbers).toEqual(ids.map((id) => [id.slice(1), `#${id}`]));
    // ¶7 starts where the record lost its break; ¶1 keeps the speaker label in bold.
    await expect(page.locator('#p7 > p').textContent()).resolves.toMatch(/^As the 2010 Chair/);
    await expect(page.locator('#p1 > p > span.s > strong').textContent()).resolves.toBe('Mr.\u00a0Abdrakhmanov (Kazakhstan):');
    await close();
  });

  for (const path of [statementPath, '']) {
    it(`lands on paragraph 6 from /${path}#p6, in view and marked as the target`, async () => {
      const { page, problems, close } = await openPage(`${path}#p6`);
      const top = await settledTop(page, '#p6');
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(120);
      expect(await page.locator('#p6').evaluate((el) => el.matches(':target'))).toBe(true);
      const bg = await page.locator('#p6').evaluate((el) => getComputedStyle(el).backgroundColor);
      const other = await page.locator('#p5').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe(other);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('copies a paragraph link to the clipboard and says so', async () => {
    const { page, close } = await openPage(statementPath, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('#p3 .copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`/${statementPath}#p3`, page.url()).href);
    await page.waitForFunction(() => document.querySelector('[data-toast]')?.textContent === 'Link to paragraph 3 copied');
    await close();
  });

  it('reads in full without JavaScript', async () => {
    const { page, problems, close } = await openPage(statementPath, { javaScriptEnabled: false });
    expect(await page.locator('.para > p').count()).toBe(9);
    expect(await page.locator('.copy-link').count()).toBe(0);
    await expect(page.locator('#p9 > p').isVisible()).resolves.toBe(true);
    expect(await page.locator('.glossary-sidebar .gl-entry').count()).toBeGreaterThan(20);
    expect(await page.locator('.para > a.pnum[href="#p4"]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits a 375 px phone without horizontal scrolling (${colorScheme})`, async () => {
      const { page, problems, close } = await openPage(statementPath, { viewport: { width: 375, height: 740 }, colorScheme });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      const box = await page.locator('#p2 > p').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(16);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375 - 8);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('follows the system dark setting', async () => {
    const luminance = async (colorScheme: 'light' | 'dark') => {
      const { page, close } = await openPage(statementPath, { colorScheme });
      const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await close();
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(await luminance('light')).toBeGreaterThan(200);
    expect(await luminance('dark')).toBeLessThan(50);
  });

  it('prints the text with its paragraph numbers and each paragraph’s address, without site chrome', async () => {
    const { page, close } = await openPage(statementPath);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.glossary-sidebar').isVisible()).toBe(false);
    expect(await page.locator('#p4 > .pnum').isVisible()).toBe(true);
    const printed = await page.locator('#p4').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toContain(`/${statementPath}#p4`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await close();
  });

  it('can be used with the keyboard: skip link first, visible focus, then the text', async () => {
    const { page, close } = await openPage(statementPath);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { inMain: !!el.closest('main'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(first.inMain).toBe(true);
    expect(first.outline).not.toBe('none');
    await close();
  });
});
