/**
 * What the cite, quote and reuse tests share (tests/e2e/cite*.test.ts): the
 * statement's expected citations computed in Node, the clipboard, selection
 * and passage-link helpers, and the selection toolbar's locators.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { baseUrl, openPage } from './browser.ts';
import { citations, type CitationMeta } from '../../src/lib/citation/citations.ts';
import { citationFile } from '../../src/lib/formats/citations.ts';
import type { StatementMeta } from '../../src/lib/model/schemas/statement.ts';

export const slug = 'kazakhstan-2014-terrorism';
export const statementPath = `statements/${slug}/`;
export const mdx = readFileSync(new URL(`../../content/statements/${slug}.mdx`, import.meta.url), 'utf8');
export const meta = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]) as CitationMeta & { description: string };

/** The permanent addresses, from the configured site (astro.config.mjs). */
export const permanent = `https://verbatim.example/${statementPath}`;
export const paragraphUrl = (n: number) => `${permanent}#p${n}`;
export const expected = (n?: number) => citations({ meta, slug, n, url: n ? paragraphUrl(n) : permanent });
/** The same path and fragment on the test server's origin, as the page copies it. */
export const local = (url: string) => {
  const u = new URL(url);
  return `${new URL(baseUrl()).origin}${u.pathname}${u.hash}`;
};
export const localize = (text: string, url: string) => text.split(url).join(local(url));
/** The styles, BibTeX and CSL-JSON as the build renders them (citeproc-js), computed here in Node. */
export const file = () =>
  citationFile({ slug, meta: meta as unknown as StatementMeta }, { site: 'https://verbatim.example', base: '/' });
/** A mark of doubt as the styles print it. */
export const MARK = /probable|\bca\.|\d\?/;

/** Every paragraph number a citation names, in any of the forms the formats use. */
export const paragraphNumbers = (text: string) => [...text.matchAll(/(?:¶ |\bpar\. |\bpara\.? ?|-p|#p|Paragraph )(\d+)\b/g)].map((m) => Number(m[1]));


/** Clicks, waits for the toast, and returns what the clipboard then holds (emptied first, so a copy that did nothing shows). */
export async function copy(page: Page, click: () => Promise<void>) {
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('');
    document.querySelector('[data-toast]')!.textContent = '';
  });
  await click();
  await page.waitForFunction(() => document.querySelector('[data-toast]')!.textContent !== '', null, { timeout: 5000 });
  return {
    clipboard: await page.evaluate(() => navigator.clipboard.readText()),
    toast: await page.locator('[data-toast]').textContent(),
  };
}

/**
 * Finds `words` in the text under `selector` — across text nodes, since a
 * paragraph's sentences are spans of their own; selects them (less `from`
 * characters at the start and `to` at the end) when `select` is set; returns
 * the client rectangles of that range.
 */
export function inText({ selector, words, from = 0, to = 0, select = false }: { selector: string; words: string; from?: number; to?: number; select?: boolean }) {
  const root = document.querySelector(selector)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.textContent!;
  }
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`“${words}” is not in the text of ${selector}`);
  /** The text node and offset of character `at` of the concatenated text (the end of a node, for the range's end). */
  const point = (at: number, end: boolean) => {
    const k = nodes.findLastIndex((n) => (end ? n.start < at : n.start <= at));
    return { node: nodes[k].node, offset: at - nodes[k].start };
  };
  const start = point(i + from, false);
  const end = point(i + words.length - to, true);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  if (select) {
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }
  return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
}

/** Opens ¶ n's “Cite” (if it is not open) and waits for the script to add its formats. */
export async function openCite(page: Page, n: number) {
  if (!(await page.locator(`#p${n} details.cite`).evaluate((d: HTMLDetailsElement) => d.open))) await page.locator(`#p${n} details.cite summary`).click();
  await page.waitForFunction((n) => document.querySelectorAll(`#p${n} details.cite .cite-copy`).length >= 6, n, { timeout: 5000 });
}

/**
 * Opens `url` in a small window and says whether `quoted` (in one text node
 * under `selector`) is in view once the page has settled, and what share of
 * its boxes is painted as the text fragment's target text.
 */
export async function land(url: string, selector: string, quoted: string) {
  expect(url.startsWith(baseUrl())).toBe(true);
  const { page, close } = await openPage(url, { viewport: { width: 800, height: 400 } });
  // Chromium scrolls a matched text fragment into view and paints it as ::target-text; made vivid here to see it.
  await page.addStyleTag({ content: '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(0, 0, 0) !important; }' });
  let rects = await page.evaluate(inText, { selector, words: quoted });
  for (let i = 0, last = ''; i < 20 && JSON.stringify(rects) !== last; i++) {
    last = JSON.stringify(rects);
    await page.waitForTimeout(100);
    rects = await page.evaluate(inText, { selector, words: quoted });
  }
  const inView = rects.every((r) => r.y >= 0 && r.y + r.height <= 400);
  const shot = (await page.screenshot()).toString('base64');
  // Share of the words' boxes painted in the target-text colour.
  const marked = await page.evaluate(
    async ({ shot, rects }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${shot}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      let all = 0;
      let magenta = 0;
      for (const r of rects) {
        const x = Math.max(0, Math.round(r.x)), y = Math.max(0, Math.round(r.y));
        const w = Math.min(image.width, Math.round(r.x + r.width)) - x, h = Math.min(image.height, Math.round(r.y + r.height)) - y;
        all += Math.max(0, Math.round(r.width)) * Math.max(0, Math.round(r.height));
        if (w <= 0 || h <= 0) continue;
        const d = g.getImageData(x, y, w, h).data;
        for (let i = 0; i < d.length; i += 4) if (d[i] > 240 && d[i + 1] < 20 && d[i + 2] > 240) magenta++;
      }
      return all ? magenta / all : 0;
    },
    { shot, rects },
  );
  await close();
  return { inView, marked };
}

export const bar = (page: Page) => page.locator('.selection-bar');
export const barShown = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('.selection-bar')?.hidden === false, null, { timeout: 5000 });
export const barHidden = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('.selection-bar')?.hidden === true, null, { timeout: 5000 });
