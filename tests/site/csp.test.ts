/**
 * The security headers of public/_headers (Netlify and Cloudflare Pages
 * format), applied as real response headers by the test server, hold while a
 * reader uses the statement page: preview cards, the search (Pagefind's
 * WebAssembly in its worker) and a search result's landing page with its
 * highlighting. No CSP violation and no console error. And nothing in dist/
 * needs 'unsafe-inline' for scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { serve, type StaticServer } from '../support/serve.ts';
import { closeBrowser, getBrowser } from '../support/browser.ts';
import { headersFor, htmlPages, parseHeaders, repoRoot, siteHeaders } from '../bench/dist-check.ts';
import { openWatched, readBudgets, type WatchedPage } from '../bench/measure.ts';
import { openSearch } from '../bench/search-measure.ts';

const dist = join(repoRoot, 'dist');
const statementPath = readBudgets().statementPath;
let server: StaticServer;
beforeAll(async () => {
  server = await serve(dist, '/', 0, { headers: siteHeaders(dist) });
});
afterAll(async () => {
  await server?.close();
  await closeBrowser();
});

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync(join(repoRoot, 'public/_headers'), 'utf8'));
  const all = headersFor(rules, '/statements/x/');

  it('sets a CSP without inline script, with what Pagefind needs, and the other security headers', () => {
    const csp = directives(all['content-security-policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toContain("'self'");
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(all['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(all['x-content-type-options']).toBe('nosniff');
    expect(all['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(all['permissions-policy']).toMatch(/camera=\(\)/);
  });

  it('is copied into the build, and the hashed bundles are cached for long', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(readFileSync(join(repoRoot, 'public/_headers'), 'utf8'));
    expect(headersFor(rules, '/_astro/x.js')['cache-control']).toMatch(/immutable/);
    expect(headersFor(rules, '/statements/x/')['cache-control']).toBeUndefined();
  });
});

describe('what dist/ holds inline', () => {
  type Element = DefaultTreeAdapterMap['element'];
  const inline = { scripts: [] as string[], styles: [] as string[], handlers: [] as string[], metaCsp: [] as string[] };
  for (const file of htmlPages(dist)) {
    const visit = (node: DefaultTreeAdapterMap['node']) => {
      if ('tagName' in node) {
        const el = node as Element;
        const attr = (n: string) => el.attrs.find((a) => a.name === n)?.value;
        if (el.tagName === 'script' && attr('src') === undefined && !/^application\/(ld\+)?json$/.test(attr('type') ?? '')) inline.scripts.push(file);
        if (el.tagName === 'style') inline.styles.push(`${file}: <style>`);
        if (attr('style') !== undefined) inline.styles.push(`${file}: <${el.tagName} style="${attr('style')}">`);
        for (const a of el.attrs) if (/^on/.test(a.name) || /^\s*javascript:/i.test(a.value)) inline.handlers.push(`${file}: ${el.tagName} ${a.name}`);
        if (el.tagName === 'meta' && /content-security-policy/i.test(attr('http-equiv') ?? '')) inline.metaCsp.push(file);
      }
      for (const c of 'childNodes' in node ? node.childNodes : []) visit(c);
    };
    visit(parse(readFileSync(join(dist, file), 'utf8')) as unknown as DefaultTreeAdapterMap['node']);
  }

  it('has no inline executable script, event handler attribute or javascript: address (JSON-LD is data)', () => {
    expect(inline.scripts).toEqual([]);
    expect(inline.handlers).toEqual([]);
  });

  it('sets no CSP in a <meta> tag (the header is the one policy; frame-ancestors works only there)', () => {
    expect(inline.metaCsp).toEqual([]);
  });

  it("has no inline <style> element or style attribute, which style-src 'self' would block", () => {
    // Astro inlines small stylesheets unless build.inlineStylesheets is 'never' (astro.config.mjs).
    expect(inline.styles).toEqual([]);
  });
});

/** Hovers and focuses a mention (its preview card), then searches "UNODC" and opens the first paragraph result. */
async function useThePage(w: WatchedPage, base: string): Promise<{ results: number; landed: string }> {
  const { page } = w;
  await page.goto(new URL(statementPath, base).href);
  const term = page.locator('.para a.term').first();
  await term.hover();
  await page.locator('#preview-card:not([hidden])').waitFor({ timeout: 5000 });
  await page.keyboard.press('Escape');
  await term.focus();
  await page.locator('#preview-card:not([hidden])').waitFor({ timeout: 5000 });
  await openSearch(page);
  await page.locator('#search-input').pressSequentially('UNODC');
  const first = page.locator('#search-results .sr-paragraph').first();
  let results = 0;
  try {
    await first.waitFor({ timeout: 8000 });
    results = await page.locator('#search-results [role="option"]').count();
  } catch {
    return { results: 0, landed: page.url() };
  }
  await Promise.all([page.waitForURL(/#p\d+$/), first.click()]);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  return { results, landed: page.url() };
}

describe('the statement page served with these headers', () => {
  it('shows preview cards, searches and lands on a result with no CSP violation or error', async () => {
    const w = await openWatched(await getBrowser(), server.url);
    try {
      const response = await w.page.request.get(new URL(statementPath, server.url).href);
      expect(response.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      const { results, landed } = await useThePage(w, server.url);
      expect(results).toBeGreaterThan(0);
      expect(landed).toMatch(/\/statements\/[^/]+\/\?q=UNODC.*#p\d+$/);
      expect(await w.violations()).toEqual([]);
      expect(w.problems).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it("would catch a policy that breaks the search (no 'wasm-unsafe-eval')", async () => {
    const strict = siteHeaders(dist);
    const broken = await serve(dist, '/', 0, {
      headers: (path) => {
        const h = strict(path);
        return { ...h, 'content-security-policy': h['content-security-policy'].replace(" 'wasm-unsafe-eval'", '') };
      },
    });
    const w = await openWatched(await getBrowser(), broken.url);
    try {
      const { results } = await useThePage(w, broken.url);
      const seen = [...(await w.violations()), ...w.problems];
      expect(results === 0 || seen.length > 0).toBe(true);
    } finally {
      await w.close();
      await broken.close();
    }
  });
});
