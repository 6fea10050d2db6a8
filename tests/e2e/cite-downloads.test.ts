/** Reuse (issue 5) in Chromium: the downloads with their types, link previews and the statement's structured data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { closeBrowser, openPage, type OpenedPage } from '../support/browser.ts';
import { slug, statementPath, meta, permanent, paragraphUrl, expected, local } from '../support/cite.ts';

afterAll(closeBrowser);

describe('downloads', () => {
  it('offer the text, Markdown, JSON, annotations, glossary and schemas, served with their types, the JSON’s mentions at their places', async () => {
    const { page, close } = await openPage(statementPath, { javaScriptEnabled: false });
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('type')] as [string, string | null]));
    expect(links.map(([href]) => href).sort()).toEqual(
      [
        `/statements/${slug}.txt`,
        `/statements/${slug}.md`,
        `/statements/${slug}.json`,
        `/statements/${slug}.annotations.jsonld`,
        '/glossary.json',
        '/schemas/statement.schema.json',
        '/schemas/glossary.schema.json',
      ].sort(),
    );
    const types: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', json: 'application/json', jsonld: 'application/ld+json' };
    const bodies: Record<string, string> = {};
    for (const [href, declared] of links) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      const type = types[href.split('.').pop()!];
      expect(response.headers()['content-type'].split(';')[0].trim(), href).toBe(type);
      if (declared) expect(declared, `${href}: the link's type`).toBe(type);
      bodies[href] = await response.text();
      if (type !== 'text/plain' && type !== 'text/markdown') expect(() => JSON.parse(bodies[href]), href).not.toThrow();
    }
    const json = JSON.parse(bodies[`/statements/${slug}.json`]);
    expect(json.paragraphs.map((p: { id: string; n: number }) => [p.id, p.n])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`p${n}`, n]));
    expect(json.mentions.length).toBeGreaterThan(30);
    for (const m of json.mentions) expect(json.paragraphs[m.paragraph - 1].text.slice(m.start, m.end), `${m.entity} in ¶ ${m.paragraph}`).toBe(m.text);
    expect(json.citation.text).toBe(expected().plain);
    const text = bodies[`/statements/${slug}.txt`];
    expect(text).toContain('\n[9] In conclusion, the Republic of Kazakhstan is committed');
    expect(text).toContain(`\n[9] ${json.paragraphs[8].text}\n`);
    expect(bodies[`/statements/${slug}.md`]).toContain(`[¶ 9](${paragraphUrl(9)}) In conclusion,`);
    const annotations = JSON.parse(bodies[`/statements/${slug}.annotations.jsonld`]);
    expect(annotations.total).toBe(json.mentions.length);
    expect(JSON.parse(bodies['/glossary.json']).entities.length).toBeGreaterThanOrEqual(30);
    await close();
  });
});

describe('link previews and structured data', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(statementPath, { javaScriptEnabled: false });
  });
  afterAll(() => opened.close());

  it('give the statement’s title, description, address and image, and a large card', async () => {
    const { page } = opened;
    const head = await page.evaluate(() =>
      Object.fromEntries([...document.head.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])),
    );
    expect(head['og:title']).toBe(meta.title);
    expect(head['og:description']).toBe(meta.description);
    expect(head['og:url']).toBe(permanent);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(permanent);
    expect(head['og:image']).toMatch(/^https:\/\/verbatim\.example\/(.+\/)?og-image\.png$/);
    expect(head['twitter:card']).toBe('summary_large_image');
    // The image the previews name is published with the site.
    const image = await page.request.head(local(head['og:image']!), { headers: { 'accept-encoding': 'identity' } });
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });

  it('has the preview image in public/, a PNG of the large card’s shape', () => {
    const file = new URL('../../public/og-image.png', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThanOrEqual(600);
    expect(width / height).toBeGreaterThan(1.8);
    expect(width / height).toBeLessThan(2.05);
  });

  it('describes the statement as schema.org JSON-LD: its nine paragraphs as parts, the glossary terms it names as what it is about', async () => {
    const { page } = opened;
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.hasPart.map((p: { '@id': string }) => p['@id'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(paragraphUrl));
    const terms = ld.about.filter((t: { '@type': string }) => t['@type'] === 'DefinedTerm');
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(terms).toHaveLength(ld.about.length);
    const ids: string[] = terms.map((t: { '@id': string }) => t['@id']);
    for (const id of ids) expect(id).toMatch(/^https:\/\/verbatim\.example\/glossary\/[a-z0-9-]+\/$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Each term's @id is a page of the site.
    for (const id of ids) expect((await page.request.head(local(id), { headers: { 'accept-encoding': 'identity' } })).status(), id).toBe(200);
  });
});
