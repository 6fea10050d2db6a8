/** Quoting a selection (issue 5) in Chromium: the selection toolbar, whole words with their citation, and links to the passage with a text fragment. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeBrowser, openPage, type OpenedPage } from '../support/browser.ts';
import { quoteWithCitation, textFragment } from '../../src/lib/citation/citations.ts';
import { statementPath, permanent, paragraphUrl, expected, local, localize, copy, inText, openCite, land, bar, barShown, barHidden } from '../support/cite.ts';

afterAll(closeBrowser);

describe('quoting a selection', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(statementPath, { permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(() => opened.close());
  // Selected from inside “actively” to inside “measures”: the toolbar widens it to whole words.
  const words = 'actively involved in the security measures';
  const longWords = 'international universal instruments that it has ratified. My country is also actively involved in the security measures';
  const links: string[] = [];

  it('shows the toolbar for words selected in a paragraph, and copies the whole words with the paragraph’s citation', async () => {
    const { page } = opened;
    expect(await bar(page).count()).toBe(0);
    await page.evaluate(inText, { selector: '#p4 > p', words, from: 2, to: 3, select: true });
    await barShown(page);
    expect(await bar(page).isVisible()).toBe(true);
    expect(await bar(page).locator('button').allTextContents()).toEqual(['Copy quote with citation', 'Copy link to this passage']);
    // Placed in the text, just below the selection.
    const [rect] = await page.evaluate(inText, { selector: '#p4 > p', words });
    const box = (await bar(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(rect.y + rect.height);
    expect(box.y).toBeLessThan(rect.y + rect.height + 40);
    const got = await copy(page, () => page.getByRole('button', { name: 'Copy quote with citation' }).click());
    expect(got.clipboard).toBe(quoteWithCitation(words, localize(expected(4).plain, paragraphUrl(4))));
    expect(got.clipboard).toMatch(/^“actively involved in the security measures” — Kairat Abdrakhmanov .*¶ 4\. http:\/\/127\.0\.0\.1:\d+\/statements\/kazakhstan-2014-terrorism\/#p4$/);
    expect(got.toast).toBe('Quote copied');
    await barHidden(page);
  });

  it('copies a link to the passage: the paragraph’s address with a text fragment of the words', async () => {
    const { page } = opened;
    await page.evaluate(inText, { selector: '#p4 > p', words, from: 2, to: 3, select: true });
    await barShown(page);
    const short = await copy(page, () => page.getByRole('button', { name: 'Copy link to this passage' }).click());
    expect(short.clipboard).toBe(`${local(paragraphUrl(4))}:~:${textFragment(words)}`);
    expect(short.clipboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/statements\/kazakhstan-2014-terrorism\/#p4:~:text=actively%20involved%20in%20the%20security%20measures$/);
    expect(short.toast).toBe('Link copied');
    // A longer passage is linked by its first and last words.
    await page.evaluate(inText, { selector: '#p4 > p', words: longWords, from: 4, to: 1, select: true });
    await barShown(page);
    const long = await copy(page, () => page.getByRole('button', { name: 'Copy link to this passage' }).click());
    expect(long.clipboard).toBe(`${local(paragraphUrl(4))}:~:${textFragment(longWords)}`);
    expect(long.clipboard).toMatch(/#p4:~:text=international%20universal%20instruments%20that,in%20the%20security%20measures$/);
    links.push(short.clipboard, long.clipboard);
  });

  it('opens the copied links scrolled to the quoted words, marked as the target text; a wrong fragment does not', async () => {
    expect(links).toHaveLength(2);
    const wrong = links[0].replace(/text=.*$/, 'text=security%20measures%20zzqxv');
    const short = await land(links[0], '#p4 > p', words);
    expect(short.inView).toBe(true);
    expect(short.marked).toBeGreaterThan(0.5);
    // The first and last words and everything between them.
    const long = await land(links[1], '#p4 > p', longWords);
    expect(long.inView).toBe(true);
    expect(long.marked).toBeGreaterThan(0.5);
    // Words that are not there: nothing is marked.
    expect((await land(wrong, '#p4 > p', words)).marked).toBe(0);
    // And the words are far below the top of the page: in view above only because the link led there.
    expect(await land(local(permanent), '#p4 > p', words)).toEqual({ inView: false, marked: 0 });
  });

  it('links words that also occur earlier on the page to where they were selected', async () => {
    const { page } = opened;
    // “Shanghai Cooperation Organization” is in ¶ 4 and again in ¶ 5, where it is selected.
    const repeated = 'Shanghai Cooperation Organization';
    await page.evaluate(inText, { selector: '#p4 > p', words: repeated });
    await page.evaluate(inText, { selector: '#p5 > p', words: repeated, select: true });
    await barShown(page);
    const { clipboard } = await copy(page, () => page.getByRole('button', { name: 'Copy link to this passage' }).click());
    expect(clipboard.startsWith(`${local(paragraphUrl(5))}:~:text=`)).toBe(true);
    const there = await land(clipboard, '#p5 > p', repeated);
    expect(there, `${clipboard} leads to the words in ¶ 5, not to their first occurrence in ¶ 4`).toEqual({ inView: true, marked: expect.any(Number) });
    expect(there.marked).toBeGreaterThan(0.5);
  });

  it('hides the toolbar with Escape; Tab moves into it first, and Escape from there returns to the paragraph number', async () => {
    const { page } = opened;
    await page.evaluate(inText, { selector: '#p4 > p', words, select: true });
    await barShown(page);
    await page.keyboard.press('Escape');
    expect(await bar(page).isHidden()).toBe(true);
    await page.evaluate(inText, { selector: '#p4 > p', words: 'security measures', select: true });
    await barShown(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy quote with citation');
    await page.keyboard.press('Escape');
    expect(await bar(page).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.para')?.id + ' ' + document.activeElement?.className)).toBe('p4 pnum');
  });

  it('shows the toolbar for a selection made with the mouse', async () => {
    const { page } = opened;
    // No focus in the page (smooth scrolling applies while it has focus), nothing selected, ¶ 2 in view.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      getSelection()!.removeAllRanges();
      document.querySelector('#p2')!.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    // From inside “reconvening”, in the text, to inside “Committee”, in a mention's link.
    const [start] = await page.evaluate(inText, { selector: '#p2 > p', words: 'reconvening', from: 3, to: 5 });
    const [end] = await page.evaluate(inText, { selector: '#p2 > p', words: 'Ad Hoc Committee', from: 10, to: 3 });
    // Whole pixels: in headless Chromium a drag that starts at a fractional point selects nothing.
    const at = (r: { x: number; y: number; width: number; height: number }) => [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as const;
    await page.mouse.move(...at(start));
    await page.mouse.down();
    await page.mouse.move(...at(end), { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()!.toString())).toMatch(/^vening the Ad Hoc Comm/);
    await barShown(page);
    expect(await page.evaluate(() => document.querySelector('.selection-bar')!.parentElement!.id)).toBe('p2');
    const got = await copy(page, () => page.getByRole('button', { name: 'Copy quote with citation' }).click());
    expect(got.clipboard).toBe(quoteWithCitation('reconvening the Ad Hoc Committee', localize(expected(2).plain, paragraphUrl(2))));
  });

  it('shows no toolbar for a selection across two paragraphs', async () => {
    const { page } = opened;
    await page.evaluate(inText, { selector: '#p4 > p', words, select: true });
    await barShown(page);
    await page.evaluate(() => {
      // The text's sentences are spans: the last text node of ¶ 3 and the first of ¶ 4 outside a mention's link.
      const texts = (selector: string) => {
        const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
        const all: Node[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim() && !n.parentElement!.closest('a')) all.push(n);
        return all;
      };
      const start = texts('#p3 > p').at(-1)!;
      const end = texts('#p4 > p')[0];
      const range = document.createRange();
      range.setStart(start, Math.floor(start.textContent!.length / 2));
      range.setEnd(end, 5);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected).toContain('joint cooperation.');
    expect(selected).toMatch(/ is g$/);
    await barHidden(page);
    await page.waitForTimeout(300);
    expect(await bar(page).isHidden()).toBe(true);
  });

  it('passes axe with a “Cite” block open and the toolbar shown', async () => {
    const { page, problems } = opened;
    await openCite(page, 4);
    await page.evaluate(inText, { selector: '#p4 > p', words, select: true });
    await barShown(page);
    expect(await page.locator('#p4 details.cite[open]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
