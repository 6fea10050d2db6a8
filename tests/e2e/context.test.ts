/**
 * The places-and-dates page of a statement, as a reader meets it in Chromium:
 * the map with linked, labelled markers and its text equivalent, the timeline,
 * no script and no request off the site, axe on a phone in light and dark; the
 * statement page's lazy map figure; and the locator map on a place's page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, closeBrowser, openPage } from '../support/browser.ts';

const statement = 'statements/kazakhstan-2014-terrorism/';
const context = `${statement}context/`;
afterAll(closeBrowser);

describe('the context page', () => {
  it('is linked from the statement’s header and its sidebar', async () => {
    const { page, close } = await openPage(statement);
    await page.locator('.statement-header .context-link a').click();
    await page.waitForURL(/\/context\/$/);
    expect(await page.locator('h1').textContent()).toBe('Places and dates');
    await page.goBack();
    expect(await page.locator('.glossary-sidebar a[href$="/context/"]').count()).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('draws the places the statement names and the seats near the region, each labelled and linked', async () => {
    const { page, problems, close } = await openPage(context, { javaScriptEnabled: false });
    const svg = page.locator('svg.map');
    expect(await svg.locator('title').textContent()).toMatch(/^Map: the places named/);
    expect(await svg.locator('desc').textContent()).toMatch(/Natural Earth \(public domain\)/);
    const markers = await svg.locator('.map-marker').evaluateAll((gs) => gs.map((g) => g.querySelector('.map-name')!.textContent));
    for (const name of ['Astana ¶3', 'Almaty ¶5 ¶6', 'Ashgabat ¶6', 'Tashkent']) expect(markers.map((m) => m?.trim())).toContain(name);
    const hrefs = await svg.locator('a').evaluateAll((as) => as.map((a) => `${a.textContent}→${a.getAttribute('href')}`));
    expect(hrefs).toEqual(expect.arrayContaining([
      'Almaty→/glossary/almaty/', 'CARICC→/glossary/caricc/', 'SCO RATS→/glossary/sco-rats/', 'UNRCCA→/glossary/unrcca/',
      '¶6→/statements/kazakhstan-2014-terrorism/#p6',
    ]));
    // Far seats are in the margin list, not on the map.
    const far = await page.locator('.map-far-list li').allTextContents();
    expect(far.map((t) => t.split(':')[0].trim()).sort()).toEqual(['Beijing', 'Brussels', 'Moscow', 'New York', 'Vienna']);
    expect(await page.locator('.map-figure figcaption').textContent()).toMatch(/Marker positions are approximate\..*Natural Earth.*public domain/s);
    expect(problems).toEqual([]);
    await close();
  });

  it('says the same in words: each place, what is there, and the paragraphs', async () => {
    const { page, close } = await openPage(context, { javaScriptEnabled: false });
    const tashkent = (await page.locator('#place-tashkent').textContent())!.replace(/\s+/g, ' ');
    expect(tashkent).toMatch(/Tashkent \(41\.26° N, 69\.22° E, GeoNames\)/);
    expect(tashkent).toMatch(/Seat of the Regional Anti-Terrorist Structure .*\(SCO RATS\) — named in ¶5/);
    expect(tashkent).toMatch(/Regional Office of the United Nations Office on Drugs and Crime \(UNODC\) — named in ¶5/);
    expect(await page.locator('#place-vienna').textContent()).toMatch(/beyond the map/);
    await close();
  });

  it('orders the dated facts on one axis 1992–2014, year-precise where the source is, with the statement’s probable date last', async () => {
    const { page, close } = await openPage(context, { javaScriptEnabled: false });
    const years = await page.locator('.timeline > .tl-year > .tl-year-label').allTextContents();
    expect(years[0]).toBe('Before 1992');
    expect(years.slice(1)).toEqual(Array.from({ length: 23 }, (_, i) => String(1992 + i)));
    const dates = await page.locator('.tl-event time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const key = (d: string) => d.split('-').map(Number).concat([0, 0]).slice(0, 3);
    const sorted = [...dates].sort((a, b) => key(a).join('.').localeCompare(key(b).join('.'), 'en', { numeric: true }));
    expect(dates).toEqual(sorted);
    const cted = page.locator('.tl-event', { hasText: 'Counter-Terrorism Committee Executive Directorate' }).first();
    expect(await cted.locator('time').textContent()).toBe('26 March 2004');
    expect(await cted.locator('.tl-where a').allTextContents()).toEqual(['¶3']);
    expect(await cted.locator('.tl-where a').getAttribute('href')).toBe('/statements/kazakhstan-2014-terrorism/#p3');
    // CTITF's establishment is known to the year only, and stays so.
    const ctitf = page.locator('.tl-event', { hasText: 'Counter-Terrorism Implementation Task Force' }).first();
    expect(await ctitf.locator('time').evaluate((t) => [t.getAttribute('datetime'), t.textContent])).toEqual(['2005', '2005']);
    const last = page.locator('.tl-event').last();
    expect(await last.getAttribute('class')).toContain('tl-statement');
    expect((await last.innerText()).replace(/\s+/g, ' ')).toMatch(/^19 November 2014 This statement probable: Statement by Kazakhstan/i);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe on a phone (375 px) in ${colorScheme}, with labels readable (the map scrolls sideways)`, async () => {
      const { page, problems, close } = await openPage(context, { viewport: { width: 375, height: 800 }, colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      const { fontPx, pageWidth } = await page.evaluate(() => {
        const name = document.querySelector('.map-name')!.getBoundingClientRect();
        return { fontPx: name.height, pageWidth: document.documentElement.scrollWidth };
      });
      expect(fontPx).toBeGreaterThanOrEqual(13);
      expect(pageWidth).toBeLessThanOrEqual(375);
      expect(problems).toEqual([]);
      await close();
      // axe on a long page: on a loaded shared machine it needs more than the default minute.
    }, 180_000);
  }
});

describe('the statement page’s map figure', () => {
  it('marks the places over the shared base map of its frame, an image loaded only when scrolled near, and links to the context page', async () => {
    const { page, close } = await openPage(statement);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForTimeout(500);
    const svg = page.locator('.sidebar-map svg');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Map of Central Asia: .*Almaty.*Tashkent\.$/);
    expect(((await svg.locator('path').getAttribute('d')) ?? '').match(/h0/g)?.length).toBeGreaterThanOrEqual(3);
    const img = page.locator('.sidebar-map img');
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect(await img.getAttribute('alt')).toBe('');
    expect(requested.filter((p) => p.startsWith('/maps/'))).toEqual([]);
    const loaded = page.waitForResponse((r) => r.url().endsWith('/maps/central-asia.svg'));
    await img.scrollIntoViewIfNeeded();
    expect((await loaded).headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    // The dots lie over the base, the same size.
    const [a, b] = [await img.boundingBox(), await svg.boundingBox()];
    expect(Math.abs(a!.width - b!.width)).toBeLessThan(2);
    expect(Math.abs(a!.height - b!.height)).toBeLessThan(2);
    expect(await page.locator('.sidebar-map a').first().getAttribute('href')).toBe(`/${context}`);
    await close();
  });

  it('shares its base with every map of the frame: one valid standalone SVG file', async () => {
    const res = await fetch(new URL('maps/central-asia.svg', baseUrl()));
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const text = await res.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('id="land"');
    expect(text.length).toBeLessThan(60_000);
    expect((await fetch(new URL(`${statement}map.svg`, baseUrl()))).status).toBe(404);
  });
});

describe('a place’s glossary page', () => {
  it('has a small locator map with the place marked and its position in words', async () => {
    const { page, problems, close } = await openPage('glossary/almaty/', { javaScriptEnabled: false });
    const where = page.locator('section.where');
    expect(await where.locator('svg.map .map-marker .map-name').first().textContent()).toMatch(/^Almaty/);
    expect(await where.locator('svg.map title').textContent()).toBe('Where: Almaty');
    expect((await where.locator('li').first().textContent())!.replace(/\s+/g, ' ')).toMatch(/Almaty: 43\.25° N, 76\.92° E \(GeoNames\); seat of CARICC/);
    expect(await where.locator('li a', { hasText: 'GeoNames' }).getAttribute('href')).toBe('https://www.geonames.org/1526384');
    expect(problems).toEqual([]);
    await close();
  });

  it('and an organisation’s page lists its seats with their sources', async () => {
    const { page, close } = await openPage('glossary/osce/', { javaScriptEnabled: false });
    const item = (await page.locator('section.where li').first().textContent())!.replace(/\s+/g, ' ');
    expect(item).toMatch(/^Secretariat: Vienna \(48\.21° N, 16\.37° E, GeoNames\) \[\d+\]/);
    await close();
  });
});
