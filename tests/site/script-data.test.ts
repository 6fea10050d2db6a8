/**
 * Text written into a <script> element stays data: a glossary definition that
 * tries to close the element and run markup (`</script><img … onerror>`) is
 * still, in the built pages, one JSON-LD script whose JSON holds the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { tempSite, type TempSite } from '../support/temp-site.ts';

const payload = 'A committee. </script><img src=x onerror=alert(1)><!-- <script>alert(2)</script>';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}
const walk = (n: Node, visit: (n: Node) => void) => {
  visit(n);
  for (const c of n.childNodes ?? []) walk(c, visit);
  if (n.content) walk(n.content, visit);
};
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));

let site: TempSite;
beforeAll(() => {
  site = tempSite();
  const path = join(site.dir, 'content/glossary/ctc.yaml');
  const yaml = readFileSync(path, 'utf8').replace(/^definition: [\s\S]*?\n(?=annotation:)/m, `definition: ${JSON.stringify(payload)}\n`);
  expect(yaml).toContain('</script><img');
  site.write('content/glossary/ctc.yaml', yaml);
  site.build();
});
afterAll(() => site?.remove());

describe('a glossary definition that closes the script element', () => {
  it('adds no element to any page: no <img>, no extra <script>', () => {
    const pages = htmlFiles(join(site.dir, 'dist'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const found: string[] = [];
      walk(parse(readFileSync(file, 'utf8')) as unknown as Node, (n) => {
        if (n.nodeName === 'img' && attr(n, 'src') === 'x') found.push('img');
        if (n.nodeName === 'script' && !attr(n, 'type') && !attr(n, 'src')) found.push('inline script');
        if (n.attrs?.some((a) => a.name.startsWith('on'))) found.push(`${n.nodeName} with ${n.attrs.find((a) => a.name.startsWith('on'))!.name}`);
      });
      expect(found, file).toEqual([]);
    }
  });

  it('is read back, whole, from the glossary page’s JSON-LD', () => {
    const doc = parse(readFileSync(join(site.dir, 'dist/glossary/index.html'), 'utf8')) as unknown as Node;
    const data: unknown[] = [];
    walk(doc, (n) => {
      if (n.nodeName === 'script' && attr(n, 'type') === 'application/ld+json') data.push(JSON.parse(n.childNodes![0].value!));
    });
    expect(data).toHaveLength(1);
    const terms = (data[0] as { hasDefinedTerm: { name: string; description: string }[] }).hasDefinedTerm;
    expect(terms.find((t) => t.name === 'Counter-Terrorism Committee')?.description).toBe(payload);
  });

  it('shows as text where the page prints it', () => {
    const html = readFileSync(join(site.dir, 'dist/statements/kazakhstan-2014-terrorism/index.html'), 'utf8');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});
