/**
 * The site built for a sub-path, as GitHub Pages serves a project site
 * (BASE_PATH=/verbatim/), works there: served under /verbatim/ only, every
 * internal link and asset resolves under it, a deep link lands, mentions and
 * search results point under it, and no request fails or leaves the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { serve, type StaticServer } from '../support/serve.ts';
import { closeBrowser, getBrowser } from '../support/browser.ts';
import { buildOptions, checkLinks, htmlPages, pagePath, repoRoot, sitemapPages } from '../bench/dist-check.ts';
import { openWatched, readBudgets } from '../bench/measure.ts';
import { openSearch } from '../bench/search-measure.ts';

const base = '/verbatim/';
const site = 'https://example.github.io';
const statementPath = readBudgets().statementPath;
let temp: TempSite;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  temp = tempSite();
  temp.build({ SITE: site, BASE_PATH: base });
  dist = join(temp.dir, 'dist');
  server = await serve(dist, base);
}, 300_000);
afterAll(async () => {
  await server?.close();
  await closeBrowser();
  temp?.remove();
});

describe(`a build with BASE_PATH=${base}`, () => {
  it('adds no broken link: every problem the checker finds under the base path is one the root build has too', () => {
    const here = checkLinks(dist, { site, base });
    expect(here.internal).toBeGreaterThan(500);
    const root = buildOptions();
    const atRoot = new Set(checkLinks(join(repoRoot, 'dist'), root).problems);
    const asAtRoot = (p: string) => p.replaceAll(`${site}${base}`, `${root.site}${root.base}`).replaceAll(base, root.base);
    expect(here.problems.filter((p) => !atRoot.has(asAtRoot(p)))).toEqual([]);
  });

  it('lists its pages in the sitemap under the base path, and robots.txt names that sitemap', () => {
    const locations = sitemapPages(dist, site, base);
    const expected = htmlPages(dist)
      .filter((p) => p !== '404.html')
      .map((p) => `${site}${base}${pagePath(p)}`);
    expect([...locations].sort()).toEqual(expected.sort());
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap.xml`);
  });

  it('serves the statement page whose links, assets and scripts all resolve under the base path', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    const { page } = w;
    try {
      await page.goto(new URL(statementPath, server.url).href, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const origin = new URL(server.url).origin;
      // Every address the page refers to once its scripts have run.
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('[href], [src]')].map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src).filter(Boolean),
      );
      const internal = [...new Set(refs.filter((u) => u.startsWith(origin)))];
      expect(internal.length).toBeGreaterThan(50);
      expect(internal.filter((u) => !new URL(u).pathname.startsWith(base))).toEqual([]);
      const bad: string[] = [];
      for (const u of new Set(internal.map((x) => x.split('#')[0]))) {
        const r = await page.request.get(u, { maxRedirects: 0 });
        if (r.status() !== 200) bad.push(`${r.status()} ${u}`);
      }
      expect(bad).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('lands a deep link on its paragraph (#p6)', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    const { page } = w;
    try {
      await page.goto(new URL(`${statementPath}#p6`, server.url).href, { waitUntil: 'load' });
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('p6');
      await expect
        .poll(() => page.locator('#p6').evaluate((el) => Math.round(el.getBoundingClientRect().top)))
        .toBeLessThan(400);
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('links a mention to its glossary page under the base path, which opens', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    const { page } = w;
    try {
      await page.goto(new URL(statementPath, server.url).href, { waitUntil: 'load' });
      const term = page.locator('.para a.term').first();
      const href = (await term.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${base}glossary/[a-z0-9-]+/$`));
      await page.goto(new URL(href, server.url).href, { waitUntil: 'load' });
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('finds "UNODC" with the search, and its result opens a paragraph under the base path', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    const { page } = w;
    try {
      await page.goto(new URL(statementPath, server.url).href, { waitUntil: 'load' });
      await openSearch(page);
      await page.locator('#search-input').pressSequentially('UNODC');
      const first = page.locator('#search-results .sr-paragraph').first();
      await first.waitFor({ timeout: 10_000 });
      await Promise.all([page.waitForURL(/#p\d+$/), first.click()]);
      const landed = new URL(page.url());
      expect(landed.pathname).toMatch(new RegExp(`^${base}statements/[^/]+/$`));
      expect(landed.searchParams.get('q')).toBe('UNODC');
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toMatch(/^p\d+$/);
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('is not served outside the base path (so nothing above works by accident)', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    try {
      const r = await w.page.request.get(new URL(`/${statementPath}`, server.url).href);
      expect(r.status()).toBe(404);
    } finally {
      await w.close();
    }
  });
});
