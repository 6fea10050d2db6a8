/**
 * The claims ledger in Chromium, on the built site: the ledger page (every
 * claim with its verdict, words linked with a text fragment, why, what would
 * change it, sources; the scale and its criteria; ClaimReview JSON-LD), the
 * verdicts at each paragraph without JavaScript, the links to the ledger, its
 * JSON, and axe at 375 px in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { axeViolations, baseUrl, closeBrowser, openPage } from '../support/browser.ts';

const slug = 'kazakhstan-2014-terrorism';
const ledgerPath = `statements/${slug}/claims/`;
const ledger = parseYaml(readFileSync(new URL(`../../content/claims/${slug}.yaml`, import.meta.url), 'utf8')) as {
  claims: { id: string; paragraph: number; verdict: string }[];
};
const labels: Record<string, string> = {
  confirmed: 'Confirmed',
  'confirmed-in-part': 'Confirmed in part',
  'not-confirmed': 'Not confirmed',
  contradicted: 'Contradicted by the sources',
};

afterAll(closeBrowser);

describe('the claims ledger page', () => {
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(ledgerPath);
  });
  afterAll(() => opened?.close());

  it('lists every claim with its verdict, the words linked to the paragraph with a text fragment, why, what would change it, and sources', async () => {
    const { page, problems } = opened;
    expect(await page.locator('h1').textContent()).toBe('Claims ledger');
    const articles = page.locator('article.claim');
    expect(await articles.count()).toBe(ledger.claims.length);
    for (const c of ledger.claims) {
      const a = page.locator(`#claim-${c.id}`);
      expect(await a.locator('.verdict').first().textContent(), c.id).toBe(labels[c.verdict]);
      const href = await a.locator('.claim-words a').getAttribute('href');
      expect(href, c.id).toMatch(new RegExp(`/statements/${slug}/#p${c.paragraph}:~:text=`));
      const terms = await a.locator('dt').allTextContents();
      expect(terms.slice(0, 2)).toEqual(['Why', 'What would change the verdict']);
      expect(await a.locator('.sources li a[href^="http"]').count(), c.id).toBeGreaterThan(0);
    }
    expect(await page.locator('.claims-table tbody tr').count()).toBe(ledger.claims.length);
    expect(problems).toEqual([]);
  });

  it('states the scale with the criteria of each verdict', async () => {
    const terms = await opened.page.locator('.scale dt').allTextContents();
    expect(terms).toEqual(Object.values(labels));
    for (const d of await opened.page.locator('.scale dd').allTextContents()) expect(d.length).toBeGreaterThan(30);
  });

  it('publishes one ClaimReview per claim as JSON-LD', async () => {
    const blocks = await opened.page.locator('script[type="application/ld+json"]').allTextContents();
    const graph = blocks.map((b) => JSON.parse(b)).find((j) => Array.isArray(j['@graph']))!;
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph']).toHaveLength(ledger.claims.length);
    for (const r of graph['@graph']) {
      expect(r['@type']).toBe('ClaimReview');
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance.url).toMatch(/#p\d+$/);
      expect(Object.keys(r.reviewRating).sort()).toEqual(['@type', 'alternateName', 'bestRating', 'ratingValue', 'worstRating']);
    }
  });

  it('takes a reader from a claim to the speaker’s words in the statement', async () => {
    const { page } = opened;
    const link = page.locator('#claim-programme-600-million .claim-words a');
    await link.click();
    await page.waitForURL(/#p8/);
    await page.waitForTimeout(300);
    const inView = await page.locator('#p8').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    await page.goBack();
  });

  it('reads on a phone in light and dark with no axe violation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(ledgerPath, { viewport: { width: 375, height: 800 }, colorScheme });
      try {
        expect(await axeViolations(page), colorScheme).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, colorScheme).toBeLessThanOrEqual(0);
      } finally {
        await close();
      }
    }
  }, 240_000);
});

describe('verdicts at the paragraphs', () => {
  it('show beside the editors’ notes, without JavaScript, linking to the ledger', async () => {
    const { page, close } = await openPage(`statements/${slug}/`, { javaScriptEnabled: false });
    try {
      for (const n of [...new Set(ledger.claims.map((c) => c.paragraph))]) {
        const expected = ledger.claims.filter((c) => c.paragraph === n);
        const items = page.locator(`#p${n} .claim-verdicts a.verdict`);
        expect(await items.count(), `¶${n}`).toBe(expected.length);
        for (const [i, c] of expected.entries()) {
          expect(await items.nth(i).textContent()).toBe(labels[c.verdict]);
          expect(await items.nth(i).getAttribute('href')).toBe(`/${ledgerPath}#claim-${c.id}`);
          // The claim itself, for a reader who points at the verdict.
          expect((await items.nth(i).getAttribute('title'))?.length, 'the claim in the title').toBeGreaterThan(10);
        }
      }
      expect(await page.locator('#p1 .claim-verdicts').count()).toBe(0);
      // The statement's header links the ledger.
      expect(await page.locator(`.statement-header a[href="/${ledgerPath}"]`).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('are linked from the notes page too, and the ledger is data', async () => {
    const { page, close } = await openPage(`statements/${slug}/notes/`);
    try {
      expect(await page.locator(`a[href="/${ledgerPath}"]`).count()).toBe(1);
      const res = await page.request.get(`${baseUrl()}statements/${slug}/claims.json`);
      expect(res.headers()['content-type']).toContain('application/json');
      const doc = await res.json();
      expect(doc.claims.map((c: { id: string }) => c.id).sort()).toEqual(ledger.claims.map((c) => c.id).sort());
    } finally {
      await close();
    }
  });
});
