/**
 * The routes module (src/lib/routing/routes.ts) is the one place that spells
 * an address of the site: its three views of the one table agree (relative
 * under any base, absolute on any site, canonical paths), and no other file of
 * src/ writes an address by hand — the source is searched for the site's path
 * segments and file names outside comments, outside `content/…` file paths,
 * outside other sites' URLs and outside the paths of modules it imports
 * (`../browse/Pager.astro` names a folder of src/, not an address). (That
 * every address made is a file of the build is tests/site/routes.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { hrefs, normalBase, paths, siteUrls } from '../../src/lib/routing/routes.ts';

const root = resolve(import.meta.dirname, '../..');
const routesFile = join(root, 'src/lib/routing/routes.ts');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesIn(join(dir, d.name)) : /\.(ts|astro|mjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/**
 * The code of a file without its comments, without other sites' URLs (which
 * may have any path) and without the relative paths of the modules it imports
 * (a source file's path is not an address of the site).
 */
export function codeOf(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1')
    .replace(/https?:\/\/[^\s'"`)]+/g, 'URL')
    .replace(/(['"])\.\.?\/[^'"\n]*\.(?:ts|astro|mjs|css)\1/g, 'MODULE');
}

/** An address of this site spelled out: a path segment of its routes, or one of its file names. */
const ADDRESS =
  /(?<![\w.-])(?<!content\/)(?:statements|glossary|browse|meetings|data|schemas|sitemaps|pagefind|about|method)\/|(?<=['"`/}])(?:[\w-]*\.cite\.json|[\w-]*\.annotations\.jsonld|claims\.json|glossary\.json|datapackage\.json|sitemap\.xml|map\.svg|favicon\.svg|og-image\.png|robots\.txt)\b/g;

/** Not addresses: the compile cache names a statement's rendered citations after the file they become. */
const NOT_ADDRESSES: Record<string, string[]> = { 'src/lib/model/statement/summary.ts': ['.cite.json'] };

export function addressesIn(text: string): string[] {
  return [...codeOf(text).matchAll(ADDRESS)].map((m) => m[0]);
}

describe('addressesIn', () => {
  it('finds addresses in code, and not in comments, content paths or other sites', () => {
    expect(addressesIn('const a = `${base}glossary/${id}/`;')).toEqual(['glossary/']);
    expect(addressesIn("fetch(`${base}pagefind/years.json`)")).toEqual(['pagefind/']);
    expect(addressesIn("const f = `${slug}.cite.json`; const g = 'sitemap.xml';")).toEqual(['.cite.json', 'sitemap.xml']);
    expect(addressesIn('<a href={`${base}browse/`}>Browse</a>')).toEqual(['browse/']);
    expect(addressesIn("fetch('/statements/x.json')")).toEqual(['statements/']);
    expect(addressesIn('// see /statements/x/\n/* glossary/ */ <!-- data/ -->')).toEqual([]);
    expect(addressesIn('throw new Error(`content/statements/${s}.mdx`)')).toEqual([]);
    expect(addressesIn("$schema: 'https://datapackage.org/profiles/1.0/datapackage.json'")).toEqual([]);
    expect(addressesIn("const p = join(dist, 'pagefind', 'years.json')")).toEqual([]);
    expect(addressesIn('<Fragment set:html={map.svg} /> <code>datapackage.json</code>')).toEqual([]);
    expect(addressesIn("import Pager from '../browse/Pager.astro';\nimport type { Entity } from '../../lib/model/schemas/entity.ts';")).toEqual([]);
    expect(addressesIn("const a = '../glossary/';")).toEqual(['glossary/']);
  });
});

describe('no address is spelled outside the routes module', () => {
  it('src/ writes every address through src/lib/routing/routes.ts', () => {
    const files = filesIn(join(root, 'src')).filter((f) => f !== routesFile);
    const found = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const allowed = NOT_ADDRESSES[relative(root, f)] ?? [];
      return addressesIn(text)
        .filter((a) => !allowed.includes(a))
        .map((a) => `${relative(root, f)}: ${a}`);
    });
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('the routes module itself spells them (the search would find them there)', () => {
    expect(addressesIn(readFileSync(routesFile, 'utf8')).length).toBeGreaterThan(20);
  });
});

describe('the three views of the one table', () => {
  it('relative addresses sit under the base, however it is written', () => {
    for (const base of ['/', '/verbatim/', '/verbatim', 'verbatim/']) {
      const link = hrefs(base);
      const root = normalBase(base);
      expect(link.home).toBe(root);
      expect(link.entity('unodc')).toBe(`${root}${paths.entity('unodc')}`);
      expect(link.paragraph('x', 6)).toBe(`${root}${paths.paragraph('x', 6)}`);
    }
    expect(hrefs('/verbatim/').glossary).toBe('/verbatim/glossary/');
    expect(hrefs('/').statement('kazakhstan-2014-terrorism')).toBe('/statements/kazakhstan-2014-terrorism/');
  });

  it('absolute addresses are the relative ones on the site', () => {
    const site = 'https://example.org';
    for (const base of ['/', '/verbatim/']) {
      const urls = siteUrls({ site, base });
      const link = hrefs(base);
      expect(urls.home).toBe(new URL(link.home, site).href);
      expect(urls.note('x', 'n1')).toBe(new URL(link.note('x', 'n1'), site).href);
      expect(urls.table('paragraphs')).toBe(new URL(link.table('paragraphs'), site).href);
    }
    expect(siteUrls({ site, base: '/verbatim/' }).claim('s', 'c1')).toBe('https://example.org/verbatim/statements/s/claims/#claim-c1');
  });

  it('pages of a list: page 1 is the list itself', () => {
    expect(paths.browsePage(1)).toBe(paths.browse);
    expect(paths.browsePage(2)).toBe('browse/2/');
    expect(paths.entityPage('un', 1)).toBe(paths.entity('un'));
    expect(paths.yearPage(2014, 1)).toBe(paths.year(2014));
    expect(paths.countryPage('kazakhstan', 3)).toBe('browse/countries/kazakhstan/3/');
  });

  it('an absolute address needs the site', () => {
    expect(() => siteUrls({ site: undefined, base: '/' })).toThrow(/`site` is not set/);
  });
});
