/**
 * /sitemap.xml lists every page of the build by absolute address, and only
 * those (the 404 page is no page to index); /robots.txt names it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOptions, htmlPages, pagePath, repoRoot, sitemapPages } from '../bench/dist-check.ts';

const dist = join(repoRoot, 'dist');
const { site, base } = buildOptions();

describe('the sitemap', () => {
  const locations = sitemapPages(dist, site, base);

  it('lists every HTML page of dist/ (but the 404 page) by its absolute address, once, and nothing else', () => {
    const expected = htmlPages(dist)
      .filter((p) => p !== '404.html')
      .map((p) => new URL(`${base}${pagePath(p)}`, site).href);
    expect([...locations].sort()).toEqual(expected.sort());
    expect(new Set(locations).size).toBe(locations.length);
    expect(locations.length).toBeGreaterThan(40);
  });

  it('is named, by absolute address, in robots.txt, which lets crawlers in', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${new URL(`${base}sitemap.xml`, site).href}`);
  });
});
