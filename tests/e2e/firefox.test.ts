/**
 * The four reading flows in Firefox (Debian's firefox-esr, over WebDriver
 * BiDi): reading and copying a paragraph link, preview cards, search, and
 * citing. Chromium runs the full suite; this checks the same site works in
 * the other engine.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, watchedPage } from '../support/firefox.ts';
import type { CitationFile } from '../../src/lib/formats/citations.ts';
import { paragraphCitation } from '../../src/lib/citation/citations.ts';

const slug = 'kazakhstan-2014-terrorism';
const statementPath = `statements/${slug}/`;
const base = () => inject('baseUrl');
const url = (path: string) => new URL(path, base()).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
}, 240_000);
afterAll(() => browser?.close());

async function open(path: string, width?: number, height?: number) {
  const w = await watchedPage(browser, width, height);
  await w.page.goto(url(path), { waitUntil: 'load' });
  return w;
}
const toast = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-toast]')?.textContent === t, { timeout: 10_000 }, text);

describe('in Firefox', () => {
  it('is the browser under test', async () => {
    expect(await browser.version()).toMatch(/^firefox\//i);
  });

  it('reading: lands on ¶ 6 from #p6, in view and marked as the target, and copies a paragraph link', async () => {
    const { page, problems } = await open(`${statementPath}#p6`);
    expect(await page.$$eval('.para', (ps) => ps.map((p) => p.id))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    await page.waitForFunction(() => document.querySelector(':target')?.id === 'p6', { timeout: 10_000 });
    await page.waitForFunction(
      () => {
        const r = document.getElementById('p6')!.getBoundingClientRect();
        return r.top >= -1 && r.top < innerHeight / 2;
      },
      { timeout: 10_000 },
    );
    await page.click('#p3 .copy-link');
    await toast(page, 'Link to paragraph 3 copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url(`${statementPath}#p3`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('preview cards: a card on hover and on keyboard focus, which Escape closes', async () => {
    const { page, problems } = await open(statementPath);
    const term = '#p2 a.term[href="/glossary/ctc/"]';
    await page.hover(term);
    await page.waitForSelector('#preview-card:not([hidden])', { timeout: 10_000 });
    expect(await page.$eval('#preview-card .preview-name', (e) => e.textContent)).toBe('Counter-Terrorism Committee');
    expect(await page.$eval(term, (e) => e.getAttribute('aria-describedby'))).toBe('preview-card');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#preview-card', { hidden: true });
    await page.mouse.move(0, 0);
    await page.focus('#p5 a.term[href="/glossary/unodc/"]');
    await page.waitForSelector('#preview-card:not([hidden])', { timeout: 10_000 });
    expect(await page.$eval('#preview-card .preview-name', (e) => e.textContent)).toBe('United Nations Office on Drugs and Crime');
    const inside = await page.$eval('#preview-card', (c) => {
      const r = c.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= document.documentElement.clientHeight;
    });
    expect(inside).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#preview-card', { hidden: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/glossary/unodc/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search: Ctrl+K opens it, "UNODC" finds ¶ 5 as a link, and the arrow keys and Enter land there with the words marked', async () => {
    const { page, problems } = await open(statementPath);
    await page.keyboard.down('Control');
    await page.keyboard.press('k');
    await page.keyboard.up('Control');
    await page.waitForSelector('dialog.search-dialog[open] #search-input', { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('UNODC');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results .sr-label')].some((l) => l.textContent === '¶ 5'), { timeout: 20_000 });
    const results = await page.$$eval('#search-results [role="option"]', (os) =>
      os.map((o) => ({ label: o.querySelector('.sr-label')!.textContent, href: (o.closest('a[href]') ?? o.querySelector('a[href]'))?.getAttribute('href') })),
    );
    expect(results[0].label).toBe('United Nations Office on Drugs and Crime');
    const index = results.findIndex((r) => r.label === '¶ 5');
    expect(results[index].href).toMatch(/\?q=UNODC&e=unodc#p5$/);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.$eval('#search-input', (i) => i.getAttribute('aria-activedescendant'))).toBe(`sr-${index}`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toMatch(/\?q=UNODC&e=unodc#p5$/);
    await page.waitForSelector('#p5 .search-hit', { timeout: 10_000 });
    expect(await page.$$eval('#p5 .search-hit', (hs) => hs.map((h) => h.textContent))).toContain('United Nations Office on Drugs and Crime');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search the whole edition: a phrase finds the 2020 statements that say it, "the" finds nothing, and the search page restores its filters', async () => {
    const { page, problems } = await open('search/?q=%22Charter%20of%20the%20United%20Nations%22');
    const done = () => page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', { timeout: 20_000 });
    await done();
    const found = await page.$$eval('#search-results .sr-paragraph', (os) => os.map((o) => ({ context: o.querySelector('.sr-context')!.textContent!, marked: [...o.querySelectorAll('mark')].map((m) => m.textContent).join(' ') })));
    expect(found.length).toBeGreaterThan(2);
    for (const r of found) {
      expect(r.context).toMatch(/ · S\/PV\.\d+.* · \d{1,2} \w+ 2020$/);
      expect(r.marked).toMatch(/Charter of the United Nations/);
    }
    await page.$eval('#search-input', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('#search-input', 'the');
    await page.waitForFunction(() => /too common/.test(document.querySelector('.search-status')?.textContent ?? ''), { timeout: 10_000 });
    expect(await page.$$eval('#search-results [role="option"]', (os) => os.length)).toBe(0);
    // The year filter goes into the address; reloading restores it.
    await page.goto(url('search/?q=UNODC&year=2014'), { waitUntil: 'load' });
    await done();
    expect(await page.$eval('select[name="year"]', (s) => (s as HTMLSelectElement).value)).toBe('2014');
    expect(await page.$$eval('#search-results .sr-label', (ls) => ls.map((l) => l.textContent))).toContain('¶ 5');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cite: "Cite" on ¶ 2 shows every style the build rendered, and a copy button copies its Chicago citation', async () => {
    // What the build rendered with citeproc-js, as the page fetches it.
    const file = (await (await fetch(new URL(`statements/${slug}.cite.json`, base()))).json()) as CitationFile;
    const chicago = file.styles.find((x) => x.key === 'chicago')!;
    const { page, problems } = await open(statementPath);
    await page.click('#p2 details.cite summary');
    const note = `${chicago.label} note`;
    await page.waitForSelector(`#p2 details.cite [data-cite="${note}"] + button.cite-copy`, { timeout: 10_000 });
    const shown = await page.$$eval('#p2 details.cite [data-cite]', (els) => els.map((e) => e.textContent ?? ''));
    const local = (text: string) => text.split('https://verbatim.example/').join(`${new URL(base()).origin}/`);
    for (const style of file.styles) expect(shown, style.label).toContain(paragraphCitation(style, 2));
    expect(shown).toContain(file.bibtex);
    await page.click(`#p2 details.cite [data-cite="${note}"] + button.cite-copy`);
    await toast(page, `${note} copied`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(local(paragraphCitation(chicago, 2)));
    expect(problems).toEqual([]);
    await page.close();
  });
});
