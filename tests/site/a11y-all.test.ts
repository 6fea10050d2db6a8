/**
 * axe finds no WCAG 2.2 A/AA violation on any page of the build (at 1280 px),
 * nor on the statement page and an entity page on a phone (375 px) in light and
 * dark, nor in the search dialog with results; and no page sends a request off
 * the site or logs an error.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, closeBrowser, openPage } from '../support/browser.ts';
import { htmlPages, pagePath, repoRoot } from '../bench/dist-check.ts';
import { openSearch } from '../bench/search-measure.ts';

afterAll(closeBrowser);

const pages = htmlPages(join(repoRoot, 'dist')).map(pagePath);
const statement = pages.find((p) => /^statements\/[^/]+\/$/.test(p)) ?? 'statements/kazakhstan-2014-terrorism/';
const entity = 'glossary/ctc/';

describe('every page at 1280 px', () => {
  it('lists the pages it checks', () => {
    expect(pages).toEqual(expect.arrayContaining(['', '404.html', 'glossary/', 'about/', 'method/', entity, statement]));
  });

  for (const path of pages) {
    it(`/${path}: no axe violation, no off-site request, no error`, async () => {
      const { page, problems, close } = await openPage(path);
      try {
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('on a phone (375 px)', () => {
  // One page of each kind, the real corpus's among them (a one-paragraph speech in reading blocks, a meeting of 20 speeches).
  const kinds = [
    '', statement, 'statements/unsc-2020-spv-8698-spch002/', entity, 'glossary/', 'meetings/s-pv-7316/', 'meetings/s-pv-8698/',
    'statements/kazakhstan-2014-terrorism/context/', 'statements/kazakhstan-2014-terrorism/notes/', 'statements/kazakhstan-2014-terrorism/claims/',
    'browse/', 'browse/years/', 'browse/countries/kazakhstan/', 'data/', 'search/', 'about/', 'method/',
  ];
  for (const path of [...new Set(kinds)]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`/${path} in ${colorScheme}: no axe violation`, async () => {
        const { page, problems, close } = await openPage(path, {
          viewport: { width: 375, height: 812 },
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 2,
          colorScheme,
        });
        try {
          expect(await axeViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});

describe('the search dialog', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`open with results, in ${colorScheme}: no axe violation`, async () => {
      const { page, problems, close } = await openPage(statement, { colorScheme });
      try {
        await openSearch(page);
        await page.locator('#search-input').pressSequentially('UNODC');
        await page.locator('#search-results .sr-paragraph').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
