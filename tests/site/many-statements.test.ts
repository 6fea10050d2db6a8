/**
 * The edition with many statements: a copy of the project with the real
 * content, a second hand-written statement, and 130 statements from the
 * bench's generator (meetings, speech order, years, countries). Adding a
 * statement is adding its files, with no code change; the browse pages, the
 * meeting pages and the paged entity pages exist, stay bounded, link right,
 * and pass the site's checks (links, html-validate, axe).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';
import { serve, type StaticServer } from '../support/serve.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { checkLinks, htmlPages } from '../bench/dist-check.ts';
import { generateCorpus } from '../bench/generate-corpus.ts';

const GENERATED = 130;
/** The statements of content/ (the featured one, and the real records imported beside it), the hand-written fixture and the generated ones. */
const TOTAL = GENERATED + 1 + readdirSync(join(root, 'content/statements')).filter((f) => f.endsWith('.mdx')).length;
let site: TempSite;
let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

beforeAll(() => {
  site = tempSite();
  const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/second-statement', name), 'utf8');
  site.write('content/statements/fixture-statement.mdx', fixture('fixture-statement.mdx'));
  site.write('content/sources/fixture-statement.txt', fixture('fixture-statement.txt'));
  for (const f of generateCorpus({ n: GENERATED }).files) site.write(f.path, f.content);
  site.build();
  dist = join(site.dir, 'dist');
}, 900_000);
afterAll(() => site?.remove());

describe('a second statement file', () => {
  it('becomes a page of its own with its numbered, linked paragraphs', () => {
    const html = read('statements/fixture-statement/index.html');
    expect(html).toContain('<h1>Test fixture statement on the Counter-Terrorism Committee</h1>');
    expect(html.match(/class="para" id="p\d"/g)).toEqual(['class="para" id="p1"', 'class="para" id="p2"']);
    expect(html).toMatch(/<a href="\/glossary\/ctc\/"[^>]*class="term"[^>]*>Counter-Terrorism Committee<\/a>/);
    expect(existsSync(join(dist, 'statements/kazakhstan-2014-terrorism/index.html'))).toBe(true);
  });

  it('is named on the entity pages of what it mentions, and in the year index of search', () => {
    const pages = [1, 2, 3].map((n) => read(`glossary/ctc/${n === 1 ? '' : `${n}/`}index.html`)).join('');
    expect(pages).toContain('/statements/fixture-statement/#p1');
    expect(pages).toContain('/statements/kazakhstan-2014-terrorism/#p2');
    expect(existsSync(join(dist, 'pagefind/statements/2015/0.bin'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/statements/2014/0.bin'))).toBe(true);
  });
});

describe('the home page', () => {
  it('shows the featured statement, the ten latest others and a way to all of them, not a list of every statement', () => {
    const home = read('index.html');
    expect(home).toContain('id="p6"');
    expect(count(home, /class="statement-link"/g)).toBe(10);
    expect(home).toContain(`href="/browse/">All ${TOTAL.toLocaleString('en-US')} statements</a>`);
    expect(home).toContain('href="/browse/years/"');
    expect(home).toContain('href="/browse/countries/"');
  });
});

describe('browsing', () => {
  it('lists every statement, 50 a page, with a bounded pager', () => {
    const n = Math.ceil(TOTAL / 50);
    expect(n).toBeGreaterThanOrEqual(3);
    const pages = Array.from({ length: n }, (_, i) => read(i === 0 ? 'browse/index.html' : `browse/${i + 1}/index.html`));
    expect(pages.map((h) => count(h, /class="statement-link"/g))).toEqual([...Array(n - 1).fill(50), TOTAL - 50 * (n - 1)]);
    expect(existsSync(join(dist, `browse/${n + 1}/index.html`))).toBe(false);
    expect(pages[1]).toContain('href="/browse/" rel="prev"');
    expect(pages[1]).toContain('href="/browse/3/" rel="next"');
    // Every statement once.
    const slugs = pages.flatMap((h) => [...h.matchAll(/class="statement-link" href="\/statements\/([^/]+)\/"/g)].map((m) => m[1]));
    expect(new Set(slugs).size).toBe(TOTAL);
  });

  it('by year: each year lists its meetings and its statements', () => {
    const years = read('browse/years/index.html');
    expect(years).toContain('href="/browse/years/2014/"');
    expect(years).toContain('href="/browse/years/1992/"');
    const y1992 = read('browse/years/1992/index.html');
    expect(y1992).toContain('href="/meetings/syn-pv-1/"');
    expect(count(y1992, /class="statement-link"/g)).toBeGreaterThan(0);
    const y2014 = read('browse/years/2014/index.html');
    expect(y2014).toContain('href="/statements/kazakhstan-2014-terrorism/"');
    // The real statement's meeting is probable: said wherever its date is printed.
    expect(y2014).toMatch(/href="\/meetings\/s-pv-7316\/">S\/PV\.7316<\/a> <span class="muted">19 November 2014 \(probable\)/);
  });

  it('by country or body', () => {
    const countries = read('browse/countries/index.html');
    expect(countries).toContain('href="/browse/countries/kazakhstan/">Kazakhstan</a>');
    expect(countries).toContain('href="/browse/countries/testland/">Testland</a>');
    const kz = read('browse/countries/kazakhstan/index.html');
    expect(kz).toContain('href="/statements/kazakhstan-2014-terrorism/"');
    expect(count(kz, /class="statement-link"/g)).toBe(1);
  });

  it('a meeting lists its speeches in the order given, and each speech links to the one before and after', () => {
    const meeting = read('meetings/syn-pv-1/index.html');
    const order = [...meeting.matchAll(/· speech (\d+)/g)].map((m) => Number(m[1]));
    expect(order.length).toBeGreaterThan(3);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const slugs = [...meeting.matchAll(/class="statement-link" href="\/statements\/([^/]+)\/"/g)].map((m) => m[1]);
    const second = read(`statements/${slugs[1]}/index.html`);
    expect(second).toContain(`href="/statements/${slugs[0]}/" rel="prev"`);
    expect(second).toContain(`href="/statements/${slugs[2]}/" rel="next"`);
    expect(second).toContain('href="/meetings/syn-pv-1/"');
    const first = read(`statements/${slugs[0]}/index.html`);
    expect(first).not.toContain('rel="prev">← Previous speech');
  });

  it('pages an entity’s statements 50 at a time', () => {
    const listed = (html: string) => count(html, /<section class="mentions">/g);
    const ctc = [read('glossary/ctc/index.html'), read('glossary/ctc/2/index.html'), read('glossary/ctc/3/index.html')];
    expect(ctc.map(listed).slice(0, 2)).toEqual([50, 50]);
    expect(listed(ctc[2])).toBeGreaterThan(0);
    expect(ctc[0]).toContain('href="/glossary/ctc/2/"');
    expect(ctc[1]).toContain('href="/glossary/ctc/" rel="prev"');
  });
});

describe('site checks on the many-statement build', () => {
  it('every internal link and #fragment resolves', () => {
    const report = checkLinks(dist, { site: 'https://verbatim.example', base: '/' });
    expect(report.problems).toEqual([]);
    expect(report.internal).toBeGreaterThan(1000);
  });

  it('every browse, meeting and entity page is valid HTML', async () => {
    const config = JSON.parse(readFileSync(join(root, 'tests/site/htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = htmlPages(dist).filter((p) => /^(browse|meetings|glossary\/ctc)\//.test(p) || p === 'index.html');
    expect(pages.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(page), `dist/${page}`);
      for (const r of report.results) for (const m of r.messages) problems.push(`dist/${page}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  describe('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serve(dist, '/');
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const path of ['', 'browse/', 'browse/2/', 'browse/years/', 'browse/years/1992/', 'browse/countries/', 'browse/countries/kazakhstan/', 'meetings/syn-pv-1/', 'glossary/ctc/2/']) {
      for (const width of [1280, 375]) {
        it(`/${path} at ${width} px: no axe violation, no sideways scroll`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 800 } });
          const page = await context.newPage();
          await page.goto(new URL(path, server.url).href);
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          await context.close();
        }, 180_000);
      }
    }

    it('search shows the best statement’s paragraphs as soon as its fragment comes, and the next statements’ when theirs do', async () => {
      const page = await browser.newPage();
      // The first statement fragment asked for comes at once; the others wait until released.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let passed = 0;
      await page.route('**/pagefind/statements/*/*', async (route) => {
        if (passed++ > 0) await held;
        await route.continue();
      });
      await page.goto(new URL('statements/synthetic-0001/', server.url).href);
      await page.locator('button.search-trigger').click();
      await page.locator('#search-input').fill('UNODC');
      const paragraphs = page.locator('#search-results .sr-paragraph');
      await paragraphs.first().waitFor({ timeout: 30_000 });
      const contexts = async () => new Set(await page.locator('#search-results .sr-paragraph .sr-context').allTextContents());
      expect((await contexts()).size, 'while the others are held, one statement').toBe(1);
      expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe('sr-0');
      release();
      await expect.poll(async () => (await contexts()).size, { timeout: 30_000 }).toBeGreaterThan(1);
      expect(await page.locator('#search-results [aria-selected="true"]').count()).toBe(1);
      await page.close();
    }, 180_000);

    it('a reader walks a meeting with the keyboard: from the meeting page to a speech, then to the next speech', async () => {
      const page = await browser.newPage();
      await page.goto(new URL('meetings/syn-pv-1/', server.url).href);
      const first = page.locator('.statement-link').first();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/statements\/synthetic-/);
      const next = page.locator('.meeting-nav a[rel="next"]');
      const target = new URL((await next.getAttribute('href'))!, page.url()).href;
      await next.focus();
      await page.keyboard.press('Enter');
      // Waits for the next speech itself: the page before it is loaded too, and has no link back.
      await page.waitForURL(target);
      await expect.poll(() => page.locator('.meeting-nav a[rel="prev"]').count()).toBe(1);
      await page.close();
    }, 180_000);
  });
});
