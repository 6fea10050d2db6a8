/** Cite, quote and reuse (issue 5) in Chromium: citation formats, copy buttons, the selection toolbar and its passage links, downloads, link previews. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, closeBrowser, openPage, type OpenedPage } from '../support/browser.ts';
import { citations, paragraphCitation, quoteWithCitation, textFragment, type CitationMeta } from '../../src/lib/citation/citations.ts';
import { citationFile } from '../../src/lib/formats/citations.ts';
import type { StatementMeta } from '../../src/lib/model/schemas.ts';

const slug = 'kazakhstan-2014-terrorism';
const statementPath = `statements/${slug}/`;
const mdx = readFileSync(new URL(`../../content/statements/${slug}.mdx`, import.meta.url), 'utf8');
const meta = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]) as CitationMeta & { description: string };

/** The permanent addresses, from the configured site (astro.config.mjs). */
const permanent = `https://verbatim.example/${statementPath}`;
const paragraphUrl = (n: number) => `${permanent}#p${n}`;
const expected = (n?: number) => citations({ meta, slug, n, url: n ? paragraphUrl(n) : permanent });
/** The same path and fragment on the test server's origin, as the page copies it. */
const local = (url: string) => {
  const u = new URL(url);
  return `${new URL(baseUrl()).origin}${u.pathname}${u.hash}`;
};
const localize = (text: string, url: string) => text.split(url).join(local(url));
/** The styles, BibTeX and CSL-JSON as the build renders them (citeproc-js), computed here in Node. */
const file = () =>
  citationFile({ slug, meta: meta as unknown as StatementMeta }, { site: 'https://verbatim.example', base: '/' });
/** A mark of doubt as the styles print it. */
const MARK = /probable|\bca\.|\d\?/;

/** Every paragraph number a citation names, in any of the forms the formats use. */
const paragraphNumbers = (text: string) => [...text.matchAll(/(?:¶ |\bpar\. |\bpara\.? ?|-p|#p|Paragraph )(\d+)\b/g)].map((m) => Number(m[1]));

afterAll(closeBrowser);

/** Clicks, waits for the toast, and returns what the clipboard then holds (emptied first, so a copy that did nothing shows). */
async function copy(page: Page, click: () => Promise<void>) {
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
 * Finds `words` in one text node under `selector`; selects them (less `from`
 * characters at the start and `to` at the end) when `select` is set; returns
 * the client rectangles of that range.
 */
function inText({ selector, words, from = 0, to = 0, select = false }: { selector: string; words: string; from?: number; to?: number; select?: boolean }) {
  const root = document.querySelector(selector)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.textContent!.indexOf(words);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i + from);
    range.setEnd(node, i + words.length - to);
    if (select) {
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }
    return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  }
  throw new Error(`“${words}” is not in one text node of ${selector}`);
}

/** Opens ¶ n's “Cite” (if it is not open) and waits for the script to add its formats. */
async function openCite(page: Page, n: number) {
  if (!(await page.locator(`#p${n} details.cite`).evaluate((d: HTMLDetailsElement) => d.open))) await page.locator(`#p${n} details.cite summary`).click();
  await page.waitForFunction((n) => document.querySelectorAll(`#p${n} details.cite .cite-copy`).length >= 6, n, { timeout: 5000 });
}

/**
 * Opens `url` in a small window and says whether `quoted` (in one text node
 * under `selector`) is in view once the page has settled, and what share of
 * its boxes is painted as the text fragment's target text.
 */
async function land(url: string, selector: string, quoted: string) {
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

const bar = (page: Page) => page.locator('.selection-bar');
const barShown = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('.selection-bar')?.hidden === false, null, { timeout: 5000 });
const barHidden = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('.selection-bar')?.hidden === true, null, { timeout: 5000 });

describe('citing a paragraph', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(statementPath, { permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(() => opened.close());

  const rendered = file();
  /** Every row of ¶ n's "Cite" block: its label and what each copy button copies, [name, text]. */
  const expectedRows = (n: number): [string, [string, string][]][] => [
    ['Cite as', [['Citation', expected(n).plain]]],
    ...rendered.styles.map((s): [string, [string, string][]] => [
      s.label,
      [
        [`${s.label} ${s.citeLabel === 'Note' ? 'note' : 'in-text citation'}`, paragraphCitation(s, n)],
        [`${s.label} reference`, s.bibliography],
      ],
    ]),
    ['BibLaTeX', [['BibLaTeX entry', rendered.biblatex]]],
    ['BibTeX', [['BibTeX entry', rendered.bibtex]]],
    ['CSL-JSON', [['CSL-JSON', JSON.stringify(rendered.csl)]]],
  ];

  for (let n = 1; n <= 9; n++) {
    it(`shows ¶ ${n}’s citation in every format, naming that paragraph, when “Cite” opens`, async () => {
      const { page } = opened;
      const details = page.locator(`#p${n} details.cite`);
      expect(await page.locator(`#p${n}`).getAttribute('data-url')).toBe(paragraphUrl(n));
      expect(await details.getAttribute('data-url')).toBe(paragraphUrl(n));
      expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await openCite(page, n);
      await page.waitForFunction((k) => document.querySelector<HTMLElement>(`#p${k} details.cite`)?.dataset.filled === 'done', n, { timeout: 10000 });
      const rows = await details.locator('dt').evaluateAll((dts) =>
        dts.map((dt) => [
          dt.textContent,
          [...(dt.nextElementSibling as HTMLElement).querySelectorAll<HTMLElement>('[data-cite]')].map((el) => [el.dataset.cite, el.textContent]),
        ]),
      );
      expect(rows).toEqual(expectedRows(n));
      expect(rows[0][1][0][1]).toContain(`¶ ${n}. ${paragraphUrl(n)}`);
      for (const [label, texts] of rows.slice(1, 5) as [string, [string, string][]][]) {
        const [cite, reference] = texts.map(([, t]) => t);
        expect(new Set(paragraphNumbers(cite)), `${label} cites ¶ ${n} and no other`).toEqual(new Set([n]));
        expect(paragraphNumbers(reference), label).toEqual([]);
        expect(reference, label).toMatch(MARK);
        expect(reference, label).toContain('Abdrakhmanov');
        expect(reference, label).toContain('United Nations Security Council');
        expect(reference, label).toContain(permanent);
      }
      expect(await details.locator('pre[data-cite="BibTeX entry"]').isVisible()).toBe(true);
      expect(await details.locator('.cite-copy').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')))).toEqual(
        expectedRows(n).flatMap(([, items]) => items.map(([name]) => `Copy ${name}`)),
      );
    });
  }

  it('fetched the citations once, from the statement’s .cite.json, and the page loads no citation engine', async () => {
    const { page } = opened;
    const requests = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    expect(requests.filter((r) => r.endsWith('.cite.json'))).toEqual([`/statements/${slug}.cite.json`]);
    const scripts = requests.filter((r) => r.endsWith('.js'));
    for (const src of scripts) {
      const js = await (await page.request.get(new URL(src, page.url()).href)).text();
      expect(js, src).not.toMatch(/citeproc|CSL\.Engine|makeBibliography/);
    }
  });

  it('copies exactly each format, with this server’s address, and says what was copied', async () => {
    const { page, problems } = opened;
    for (let n = 1; n <= 9; n++) {
      const texts = expectedRows(n).flatMap(([, items]) => items);
      await openCite(page, n);
      await page.waitForFunction((k) => document.querySelector<HTMLElement>(`#p${k} details.cite`)?.dataset.filled === 'done', n, { timeout: 10000 });
      // Every format of the first and last paragraphs; the plain line of the others.
      for (const [what, text] of n === 1 || n === 9 ? texts : texts.slice(0, 1)) {
        // Each copy button is the next sibling of what it copies.
        const button = page.locator(`#p${n} details.cite [data-cite="${what}"] + button.cite-copy`);
        const got = await copy(page, () => button.click());
        expect(got.clipboard, `¶ ${n} ${what}`).toBe(localize(localize(text, paragraphUrl(n)), permanent));
        // What prints an address prints this server's (an in-text citation prints none).
        if (text.includes(permanent)) expect(got.clipboard).toContain(`${new URL(baseUrl()).origin}/${statementPath}`);
        expect(got.clipboard).not.toContain('verbatim.example');
        expect(got.toast).toBe(`${what} copied`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('citing without JavaScript', () => {
  it('leaves the plain citation of every paragraph there to select, without copy buttons', async () => {
    const { page, problems, close } = await openPage(statementPath, { javaScriptEnabled: false });
    expect(await page.locator('.para details.cite').count()).toBe(9);
    for (let n = 1; n <= 9; n++) {
      const details = page.locator(`#p${n} details.cite`);
      expect(await details.locator('[data-cite="Citation"]').textContent()).toBe(expected(n).plain);
      expect(await details.locator('dt').allTextContents()).toEqual(['Cite as']);
    }
    await page.locator('#p6 details.cite summary').click();
    expect(await page.locator('#p6 details.cite [data-cite="Citation"]').isVisible()).toBe(true);
    expect(await page.locator('.cite-whole [data-cite="Citation"]').textContent()).toBe(expected().plain);
    expect(await page.locator('.cite-copy, .selection-bar').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

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
      const start = document.querySelector('#p3 > p')!.lastChild!;
      const end = [...document.querySelector('#p4 > p')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
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

describe('citing the whole statement', () => {
  it('adds a copy button once the citation comes into view, and copies the statement’s citation, with no paragraph', async () => {
    const { page, problems, close } = await openPage(statementPath, { permissions: ['clipboard-read', 'clipboard-write'] });
    const whole = page.locator('.cite-whole');
    const c = expected();
    expect(await whole.getAttribute('data-url')).toBe(permanent);
    expect(await whole.locator('[data-cite="Citation"]').textContent()).toBe(c.plain);
    expect(paragraphNumbers(c.plain)).toEqual([]);
    expect(c.plain).toMatch(/S\/PV\.7316 \(probable\), 19 November 2014 \(probable\)\. https:\/\/verbatim\.example\/statements\/kazakhstan-2014-terrorism\/$/);
    // Out of view at first: nothing loaded for it yet.
    expect(await whole.evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
    await page.waitForTimeout(200);
    expect(await page.locator('.cite-copy').count()).toBe(0);
    await whole.scrollIntoViewIfNeeded();
    const button = whole.locator('button.cite-copy');
    await button.waitFor({ timeout: 5000 });
    expect(await button.getAttribute('aria-label')).toBe('Copy Citation');
    const got = await copy(page, () => button.click());
    expect(got.clipboard).toBe(localize(c.plain, permanent));
    expect(got.clipboard.endsWith(`${new URL(baseUrl()).origin}/${statementPath}`)).toBe(true);
    expect(got.toast).toBe('Citation copied');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('downloads', () => {
  it('offer the text, Markdown, JSON, annotations, glossary and schemas, served with their types, the JSON’s mentions at their places', async () => {
    const { page, close } = await openPage(statementPath, { javaScriptEnabled: false });
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('type')] as [string, string | null]));
    expect(links.map(([href]) => href).sort()).toEqual(
      [
        `/statements/${slug}.txt`,
        `/statements/${slug}.md`,
        `/statements/${slug}.json`,
        `/statements/${slug}.annotations.jsonld`,
        '/glossary.json',
        '/schemas/statement.schema.json',
        '/schemas/glossary.schema.json',
      ].sort(),
    );
    const types: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', json: 'application/json', jsonld: 'application/ld+json' };
    const bodies: Record<string, string> = {};
    for (const [href, declared] of links) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      const type = types[href.split('.').pop()!];
      expect(response.headers()['content-type'].split(';')[0].trim(), href).toBe(type);
      if (declared) expect(declared, `${href}: the link's type`).toBe(type);
      bodies[href] = await response.text();
      if (type !== 'text/plain' && type !== 'text/markdown') expect(() => JSON.parse(bodies[href]), href).not.toThrow();
    }
    const json = JSON.parse(bodies[`/statements/${slug}.json`]);
    expect(json.paragraphs.map((p: { id: string; n: number }) => [p.id, p.n])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`p${n}`, n]));
    expect(json.mentions.length).toBeGreaterThan(30);
    for (const m of json.mentions) expect(json.paragraphs[m.paragraph - 1].text.slice(m.start, m.end), `${m.entity} in ¶ ${m.paragraph}`).toBe(m.text);
    expect(json.citation.text).toBe(expected().plain);
    const text = bodies[`/statements/${slug}.txt`];
    expect(text).toContain('\n[9] In conclusion, the Republic of Kazakhstan is committed');
    expect(text).toContain(`\n[9] ${json.paragraphs[8].text}\n`);
    expect(bodies[`/statements/${slug}.md`]).toContain(`[¶ 9](${paragraphUrl(9)}) In conclusion,`);
    const annotations = JSON.parse(bodies[`/statements/${slug}.annotations.jsonld`]);
    expect(annotations.total).toBe(json.mentions.length);
    expect(JSON.parse(bodies['/glossary.json']).entities.length).toBeGreaterThanOrEqual(30);
    await close();
  });
});

describe('link previews and structured data', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(statementPath, { javaScriptEnabled: false });
  });
  afterAll(() => opened.close());

  it('give the statement’s title, description, address and image, and a large card', async () => {
    const { page } = opened;
    const head = await page.evaluate(() =>
      Object.fromEntries([...document.head.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])),
    );
    expect(head['og:title']).toBe(meta.title);
    expect(head['og:description']).toBe(meta.description);
    expect(head['og:url']).toBe(permanent);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(permanent);
    expect(head['og:image']).toMatch(/^https:\/\/verbatim\.example\/(.+\/)?og-image\.png$/);
    expect(head['twitter:card']).toBe('summary_large_image');
    // The image the previews name is published with the site.
    const image = await page.request.head(local(head['og:image']!), { headers: { 'accept-encoding': 'identity' } });
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });

  it('has the preview image in public/, a PNG of the large card’s shape', () => {
    const file = new URL('../../public/og-image.png', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThanOrEqual(600);
    expect(width / height).toBeGreaterThan(1.8);
    expect(width / height).toBeLessThan(2.05);
  });

  it('describes the statement as schema.org JSON-LD: its nine paragraphs as parts, the glossary terms it names as what it is about', async () => {
    const { page } = opened;
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.hasPart.map((p: { '@id': string }) => p['@id'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(paragraphUrl));
    const terms = ld.about.filter((t: { '@type': string }) => t['@type'] === 'DefinedTerm');
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(terms).toHaveLength(ld.about.length);
    const ids: string[] = terms.map((t: { '@id': string }) => t['@id']);
    for (const id of ids) expect(id).toMatch(/^https:\/\/verbatim\.example\/glossary\/[a-z0-9-]+\/$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Each term's @id is a page of the site.
    for (const id of ids) expect((await page.request.head(local(id), { headers: { 'accept-encoding': 'identity' } })).status(), id).toBe(200);
  });
});
