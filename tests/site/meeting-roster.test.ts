/**
 * A real meeting held whole: the 20 speeches of S/PV.8698 (tests/fixtures/
 * corpus-8698) imported by `npm run add` into a copy of the project, whose
 * content/meetings/s-pv-8698.yaml gives the roster. The meeting page lists
 * all 20 in order, each linked; each statement page places itself in the
 * meeting; the President's 24-word turn gets no map; the pages pass the
 * site's checks (links, html-validate, axe at 1280 and 375 px, light and dark).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { root } from '../support/statements.ts';
import { serve, type StaticServer } from '../support/serve.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { checkLinks } from '../bench/dist-check.ts';

let site: TempSite;
let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const slug = (n: number) => `unsc-2020-spv-8698-spch${String(n).padStart(3, '0')}`;

beforeAll(() => {
  site = tempSite();
  // The edition holds S/PV.8698's records already: the test imports them anew, from its fixtures.
  site.removeStatements('unsc-2020-spv-8698-');
  execFileSync(process.execPath, [join(root, 'src/importer/cli.ts'), join(root, 'tests/fixtures/corpus-8698')], {
    cwd: site.dir,
    env: { ...process.env, INIT_CWD: site.dir },
    encoding: 'utf8',
  });
  site.build();
  dist = join(site.dir, 'dist');
}, 900_000);
afterAll(() => site?.remove());

describe('the meeting page of S/PV.8698', () => {
  it('lists its 20 speeches in order, every one linked to its statement', () => {
    const html = read('meetings/s-pv-8698/index.html');
    const rows = [...html.matchAll(/<li value="(\d+)">([\s\S]*?)<\/li>/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    rows.forEach((r, i) => expect(r[2]).toContain(`href="/statements/${slug(i + 1)}/"`));
    expect(html).not.toContain('not in this edition');
    expect(html).toContain('20 speeches, in order; all in this edition.');
    expect(html).toContain('href="https://press.un.org/en/2020/sc14069.doc.htm"');
    expect(html).toMatch(/<dt>Outcome<\/dt><dd>none recorded by the corpus<\/dd>/);
  });

  it('gives the President’s turns one line each, "The President (Viet Nam)", linked when in the edition', () => {
    const html = read('meetings/s-pv-8698/index.html');
    expect(/<li value="5"><a href="\/statements\/unsc-2020-spv-8698-spch005\/">The President \(([^)]+)\)<\/a><\/li>/.exec(html)?.[1]).toBe('Viet Nam');
  });
});

describe('the meeting page of S/PV.7316 in the same build', () => {
  it('folds the President’s turns not in the edition into one line each, opened without script', () => {
    const html = read('meetings/s-pv-7316/index.html');
    expect(html).toContain('<li value="68"><details><summary>The President (Australia)</summary>Ms. Bishop/Ms. King/Mr. Quinlan<span class="muted"> · not in this edition (<a href="https://undocs.org/S/PV.7316" rel="external">official record</a>)</span></details></li>');
  });
});

describe('its statement pages', () => {
  it('each say which speech of the 20 they are, with the meeting’s previous and next', () => {
    const html = read(`statements/${slug(9)}/index.html`);
    expect(html).toContain('<dt>Speech</dt><dd>9 of 20</dd>');
    expect(html).toContain(`href="/statements/${slug(8)}/" rel="prev"`);
    expect(html).toContain(`href="/statements/${slug(10)}/" rel="next"`);
    const first = read(`statements/${slug(1)}/index.html`);
    expect(first).toContain('<dt>Speech</dt><dd>1 of 20</dd>');
    expect(first).not.toContain('rel="prev"');
  });

  it('get no map where it would show nothing they are about: the President’s 24-word turn has no context page, no figure, no link', () => {
    expect(existsSync(join(dist, `statements/${slug(5)}/context`))).toBe(false);
    expect(existsSync(join(dist, `statements/${slug(5)}/map.svg`))).toBe(false);
    const html = read(`statements/${slug(5)}/index.html`);
    expect(html).not.toContain('sidebar-map');
    expect(html).not.toContain('/context/');
  });
});

describe('site checks', () => {
  const pages = ['meetings/s-pv-8698/', `statements/${slug(5)}/`, `statements/${slug(9)}/`, 'meetings/s-pv-7316/', 'statements/kazakhstan-2014-terrorism/'];

  it('every internal link and #fragment resolves', () => {
    const report = checkLinks(dist, { site: 'https://verbatim.example', base: '/' });
    expect(report.problems).toEqual([]);
  });

  it('the meeting and statement pages are valid HTML', async () => {
    const config = JSON.parse(readFileSync(join(root, 'tests/site/htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(`${page}index.html`), `dist/${page}index.html`);
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
    for (const path of pages) {
      for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']] as const) {
        it(`/${path} at ${width} px, ${colorScheme}: no axe violation, no sideways scroll`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          const page = await context.newPage();
          await page.goto(new URL(path, server.url).href);
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          await context.close();
        }, 180_000);
      }
    }
  });
});
