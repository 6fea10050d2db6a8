/** Cite (issue 5) in Chromium: citation formats and copy buttons of a paragraph, without JavaScript too, and of the whole statement (helpers: tests/support/cite.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, openPage, type OpenedPage } from '../support/browser.ts';
import { paragraphCitation } from '../../src/lib/citation/citations.ts';
import { slug, statementPath, permanent, paragraphUrl, expected, localize, file, MARK, paragraphNumbers, copy, openCite } from '../support/cite.ts';

afterAll(closeBrowser);

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
