/** Landing on a statement from a link that is odd: a malformed address, a paragraph that does not exist. */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from '../support/browser.ts';

const statementPath = 'statements/kazakhstan-2014-terrorism/';
afterAll(closeBrowser);

describe('landing on a statement', () => {
  it('with a malformed fragment (?q=terrorism#%) throws nothing and still marks the words', async () => {
    const { page, problems, close } = await openPage(`${statementPath}?q=terrorism#%`);
    await page.waitForSelector('mark.search-hit');
    expect(await page.locator('mark.search-hit').first().textContent()).toMatch(/^terrorism$/i);
    expect(problems).toEqual([]);
    await close();
  });

  it('at #p99 says the statement has no paragraph 99 and offers its top', async () => {
    const { page, problems, close } = await openPage(`${statementPath}#p99`);
    const notice = page.locator('.fragment-missing');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/no paragraph 99.*1 to 9/);
    const top = notice.locator('a');
    expect(await top.textContent()).toBe('Go to the top of the statement');
    await top.click();
    await page.waitForFunction(() => location.hash === '#main');
    expect(await page.locator('.fragment-missing').count()).toBe(0);
    const h1 = await page.locator('h1').evaluate((e) => e.getBoundingClientRect().top);
    expect(h1).toBeGreaterThanOrEqual(0);
    expect(h1).toBeLessThan(300);
    expect(problems).toEqual([]);
    await close();
  });

  it('says nothing at a paragraph that exists, and speaks up when a later link misses', async () => {
    const { page, close } = await openPage(`${statementPath}#p9`);
    await page.waitForTimeout(200);
    expect(await page.locator('.fragment-missing').count()).toBe(0);
    await page.evaluate(() => (location.hash = '#p12'));
    await page.locator('.fragment-missing', { hasText: 'no paragraph 12' }).waitFor();
    await page.evaluate(() => (location.hash = '#p3'));
    await page.waitForFunction(() => !document.querySelector('.fragment-missing'));
    await close();
  });
});
