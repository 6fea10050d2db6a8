/** Search through the UI, as a reader types: any name of a thing lands on the paragraph that names it. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

async function search(page: Page, query: string) {
  if (!(await page.locator('dialog.search-dialog[open]').count())) {
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').waitFor();
  }
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      // "Loading…" says Pagefind is still on its way: the answer comes after it.
      const done = document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false';
      return (document.querySelector('#search-input') as HTMLInputElement).value === q && done && status !== '' && status !== 'Loading…';
    },
    query,
  );
  // Wait until the results stop changing (the search is debounced).
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.locator('#search-results').innerHTML();
    if (now === last) break;
    last = now;
    await page.waitForTimeout(100);
  }
  return page.locator('#search-results [role="option"]').evaluateAll((els) =>
    els.map((e) => ({
      kind: e.classList.contains('sr-paragraph') ? 'paragraph' : 'entity',
      label: e.querySelector('.sr-label')!.textContent!,
      excerpt: e.querySelector('.sr-excerpt')!.textContent!,
      marked: [...e.querySelectorAll('.sr-excerpt mark')].map((m) => m.textContent),
    })),
  );
}

const paragraphs = (results: Awaited<ReturnType<typeof search>>) => results.filter((r) => r.kind === 'paragraph').map((r) => r.label);

describe('search', () => {
  it('opens with Ctrl+K as a labelled dialog with the field focused', async () => {
    const { page, problems, close } = await openPage(statementPath);
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(await page.locator('dialog.search-dialog').getAttribute('aria-labelledby')).toBe('search-title');
    expect(await page.locator('label[for="search-input"]').textContent()).toMatch(/Search for an organisation/);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.classList.contains('search-trigger'), null, { timeout: 2000 });
    expect(problems).toEqual([]);
    await close();
  });

  const cases: [string, string[], string?][] = [
    ['UNODC', ['¶ 5'], 'United Nations Office on Drugs and Crime'],
    ['United Nations Office on Drugs and Crime', ['¶ 5']],
    ['CTC', ['¶ 2', '¶ 3'], 'Counter-Terrorism Committee'],
    ['Counter-Terrorism Committee', ['¶ 2', '¶ 3']],
    ['Shanghai Cooperation Organisation', ['¶ 4', '¶ 5'], 'Shanghai Cooperation Organization'],
    ['SCO', ['¶ 4', '¶ 5'], 'Shanghai Cooperation Organization'],
    ['Organization for Security and Co-operation in Europe', ['¶ 4', '¶ 7']],
    ['CTITF', ['¶ 6'], 'Counter-Terrorism Implementation Task Force'],
    ['RATS', ['¶ 5'], 'Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization'],
    ['CIS', ['¶ 5']],
    ['JPoA', ['¶ 6']],
    ['Astana declaration', ['¶ 7']],
    ['EAPC', ['¶ 7']],
  ];
  for (const [query, expected, entry] of cases) {
    it(`finds “${query}” in ${expected.join(', ')}, with clean excerpts`, async () => {
      const { page, close } = await openPage(statementPath);
      const results = await search(page, query);
      const found = paragraphs(results);
      for (const p of expected) expect(found, query).toContain(p);
      if (entry) expect(results[0], `${query}: the glossary entry comes first`).toMatchObject({ kind: 'entity', label: entry });
      for (const r of results) {
        expect(r.excerpt).not.toMatch(/[⟦⟧]/);
        expect(r.excerpt).not.toMatch(/ {2}/);
      }
      const hit = results.find((r) => r.kind === 'paragraph')!;
      expect(hit.marked.length, `${query}: something is marked in ${hit.label}`).toBeGreaterThan(0);
      await close();
    });
  }

  it('is walked with the arrow keys and opened with Enter, landing on the paragraph with the words marked', async () => {
    const { page, problems, close } = await openPage(statementPath);
    const results = await search(page, 'UNODC');
    const index = results.findIndex((r) => r.kind === 'paragraph' && r.label === '¶ 5');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe(`sr-${index}`);
    await Promise.all([page.waitForURL(/\?q=UNODC&e=unodc.*#p5$/), page.keyboard.press('Enter')]);
    await page.waitForSelector('#p5 .search-hit');
    expect(await page.locator('#p5').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator('#p5 .search-hit').allTextContents()).toContain('United Nations Office on Drugs and Crime');
    expect(problems).toEqual([]);
    await close();
  });

  it('marks hyphenated names on the page it lands on', async () => {
    const { page, close } = await openPage(`${statementPath}?q=Counter-Terrorism#p4`);
    await page.waitForSelector('#p4 mark.search-hit');
    expect(await page.locator('#p4 mark.search-hit').allTextContents()).toEqual(['Counter-Terrorism']);
    await close();
  });

  it('filters by type', async () => {
    const { page, close } = await openPage(statementPath);
    await search(page, 'Almaty');
    await page.locator('.search-filters button', { hasText: 'Places' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results .sr-paragraph').length === 0);
    const labels = await page.locator('#search-results .sr-context').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Place']));
    await close();
  });

  it('says so when nothing is found', async () => {
    const { page, close } = await openPage(statementPath);
    const results = await search(page, 'zzqxv');
    expect(results).toEqual([]);
    expect(await page.locator('.search-status').textContent()).toBe('No results for “zzqxv”. Try another name or spelling, or browse the glossary A–Z.');
    await close();
  });

  it('passes axe with results open', async () => {
    const { page, close } = await openPage(statementPath);
    await search(page, 'OSCE');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('leads to the A–Z glossary without JavaScript', async () => {
    const { page, close } = await openPage(statementPath, { javaScriptEnabled: false });
    const trigger = page.locator('.search-trigger');
    expect(await trigger.evaluate((e) => e.tagName)).toBe('A');
    expect(await trigger.getAttribute('href')).toBe('/glossary/');
    await close();
  });

  it('loads nothing for search until the reader asks', async () => {
    const { page, close } = await openPage(statementPath);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(300);
    expect(urls.filter((u) => u.includes('pagefind') || u.includes('search'))).toEqual([]);
    await search(page, 'OSCE');
    expect(urls.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    await close();
  });
});
