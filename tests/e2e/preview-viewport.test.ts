/**
 * Preview cards stay inside the viewport: below the mention or, where there is
 * no room, above it; never over the mention; and when neither side has room
 * for the whole card, as tall as the room and scrolling. Tried at 200 % zoom
 * (a 1280 × 900 window is 640 × 450 CSS pixels) and at 320 px with large text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

const screens: [string, { width: number; height: number }, boolean][] = [
  ['200 % zoom (640 × 450)', { width: 640, height: 450 }, false],
  ['320 px with large text (200 %)', { width: 320, height: 568 }, true],
];
/** Mentions with long definitions, and with short ones, across the text. */
const mentions = ['#p2 a.term[href="/glossary/ad-hoc-committee/"]', '#p4 a.term[href="/glossary/cica/"]', '#p6 a.term[href="/glossary/joint-plan-of-action/"]', '#p7 a.term[href="/glossary/eapc/"]', '#p9 a.term'];
const where = ['top', 'middle', 'bottom'] as const;

async function place(page: Page, selector: string, at: (typeof where)[number]) {
  await page.evaluate(
    ([sel, at]) => {
      const term = document.querySelector<HTMLElement>(sel)!;
      const r = term.getBoundingClientRect();
      const vh = document.documentElement.clientHeight;
      const want = at === 'top' ? 4 : at === 'bottom' ? vh - r.height - 4 : (vh - r.height) / 2;
      document.documentElement.style.scrollBehavior = 'auto';
      window.scrollBy(0, r.top - want);
      (document.activeElement as HTMLElement | null)?.blur();
      term.focus({ preventScroll: true });
    },
    [selector, at] as const,
  );
  await page.locator('#preview-card:not([hidden])').waitFor({ timeout: 5000 });
  return page.evaluate((sel) => {
    const term = document.querySelector(sel)!.getBoundingClientRect();
    const card = document.getElementById('preview-card')!;
    const c = card.getBoundingClientRect();
    return {
      term: { top: term.top, bottom: term.bottom },
      card: { top: c.top, bottom: c.bottom, left: c.left, right: c.right },
      vw: document.documentElement.clientWidth,
      vh: document.documentElement.clientHeight,
      scrolls: card.scrollHeight > card.clientHeight + 1,
      overflowY: getComputedStyle(card).overflowY,
    };
  }, selector);
}

describe.each(screens)('preview cards at %s', (_name, viewport, largeText) => {
  it('stay inside the viewport, beside the mention, scrolling when they cannot fit', async () => {
    const { page, problems, close } = await openPage(statementPath, { viewport });
    if (largeText) await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    let flipped = 0;
    for (const selector of mentions) {
      for (const at of where) {
        const m = await place(page, selector, at);
        const label = `${selector} at the ${at}: ${JSON.stringify(m)}`;
        expect(m.card.top, label).toBeGreaterThanOrEqual(0);
        expect(m.card.bottom, label).toBeLessThanOrEqual(m.vh);
        expect(m.card.left, label).toBeGreaterThanOrEqual(0);
        expect(m.card.right, label).toBeLessThanOrEqual(m.vw);
        // Beside the mention, not over it (unless the mention leaves no room on either side, as a
        // long name in large text on a narrow screen can: the card then takes the lower half of the screen).
        if (Math.max(m.term.top, m.vh - m.term.bottom) >= 140) {
          expect(m.card.bottom <= m.term.top + 1 || m.card.top >= m.term.bottom - 1, label).toBe(true);
        } else expect(m.card.bottom - m.card.top, label).toBeLessThanOrEqual(m.vh / 2);
        if (m.card.bottom <= m.term.top + 1) flipped++;
        if (m.scrolls) expect(m.overflowY, label).toMatch(/auto|scroll/);
        await page.keyboard.press('Escape');
      }
    }
    // Mentions at the bottom of the screen show their card above.
    expect(flipped).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });
});
