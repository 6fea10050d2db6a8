/**
 * Checks of a built site (a dist/ folder) without a browser: every internal
 * link and fragment resolves, external links avoid mirror domains; and the
 * `_headers` file read as Netlify and Cloudflare Pages read it. Used by the
 * tests in tests/site/ and by the bench.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { isMirrorHost } from '../../src/lib/model/citable-urls.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML pages of a build (Pagefind's own folder holds none that readers reach). */
export function htmlPages(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The address of a page file: `glossary/x/index.html` → `glossary/x/`, `404.html` → `404.html`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

function walk(node: Node, visit: (el: Element) => void) {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const c of children) walk(c, visit);
  if ('content' in node && node.content) walk(node.content, visit);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export interface PageLinks {
  ids: Set<string>;
  /** Each address the page refers to, with where (tag and attribute). */
  refs: { url: string; where: string }[];
}

const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};
const metaUrlProperties = new Set(['og:url', 'og:image', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

/** Strings inside JSON that look like addresses. */
function jsonUrls(value: unknown, out: string[]) {
  if (typeof value === 'string') {
    if (/^(https?:\/\/|\/)/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => jsonUrls(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonUrls(v, out));
}

export function readPage(html: string): PageLinks {
  const ids = new Set<string>();
  const refs: PageLinks['refs'] = [];
  walk(parse(html) as unknown as Node, (el) => {
    const id = attr(el, 'id');
    if (id !== undefined) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    for (const name of urlAttributes[el.tagName] ?? []) {
      const v = attr(el, name);
      if (v !== undefined) refs.push({ url: v.trim(), where: `<${el.tagName} ${name}>` });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const v = attr(el, name);
      if (v) for (const part of v.split(',')) refs.push({ url: part.trim().split(/\s+/)[0], where: `<${el.tagName} ${name}>` });
    }
    if (el.tagName === 'meta') {
      const prop = attr(el, 'property') ?? attr(el, 'name') ?? '';
      const content = attr(el, 'content');
      if (metaUrlProperties.has(prop) && content) refs.push({ url: content, where: `<meta ${prop}>` });
    }
    if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
      const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      const urls: string[] = [];
      jsonUrls(JSON.parse(text), urls);
      refs.push(...urls.map((url) => ({ url, where: 'JSON-LD' })));
    }
  });
  return { ids, refs };
}

export interface LinkCheckOptions {
  /** The site's origin as built, e.g. https://verbatim.example (absolute links to it are internal). */
  site: string;
  /** The base path, with slashes, e.g. "/" or "/verbatim/". */
  base: string;
}

export function buildOptions(env: Record<string, string | undefined> = process.env): LinkCheckOptions {
  return { site: env.SITE ?? 'https://verbatim.example', base: (env.BASE_PATH ?? '/').replace(/\/?$/, '/') };
}

export interface LinkReport {
  problems: string[];
  /** Internal references checked (with fragments) and external ones seen. */
  internal: number;
  fragments: number;
  external: number;
}

/**
 * Checks every reference of every HTML page (and every site address inside the
 * JSON and JSON-LD files) of `dist`: the file exists, and the `#id` exists in
 * the target page. External http(s) links must not point at mirror domains.
 */
export function checkLinks(dist: string, { site, base }: LinkCheckOptions): LinkReport {
  const origin = new URL(site).origin;
  const files = new Set(listFiles(dist));
  const pages = new Map<string, PageLinks>();
  const pageOf = (file: string) => {
    let p = pages.get(file);
    if (!p) pages.set(file, (p = readPage(readFileSync(join(dist, file), 'utf8'))));
    return p;
  };
  const report: LinkReport = { problems: [], internal: 0, fragments: 0, external: 0 };
  const svgIdCache = new Map<string, Set<string>>();

  const check = (from: string, ref: { url: string; where: string }) => {
    const { url, where } = ref;
    const at = `${from}: ${where} "${url}"`;
    if (url === '') return report.problems.push(`${at}: empty address`);
    if (/^(mailto|tel|data):/i.test(url)) return;
    if (/^javascript:/i.test(url)) return report.problems.push(`${at}: javascript: address`);
    const pageUrl = new URL(`${base}${pagePath(from)}`, origin);
    let target: URL;
    try {
      target = new URL(url, pageUrl);
    } catch {
      return report.problems.push(`${at}: not an address`);
    }
    if (!/^https?:$/.test(target.protocol)) return report.problems.push(`${at}: unexpected scheme ${target.protocol}`);
    if (target.origin !== origin) {
      report.external++;
      const host = target.hostname;
      if (isMirrorHost(host)) report.problems.push(`${at}: a mirror domain (${host}); cite the official address`);
      return;
    }
    if (!target.pathname.startsWith(base)) return report.problems.push(`${at}: outside the base path ${base}`);
    report.internal++;
    let path: string;
    try {
      path = decodeURIComponent(target.pathname.slice(base.length));
    } catch {
      return report.problems.push(`${at}: bad percent-encoding`);
    }
    let file: string;
    if (path === '' || path.endsWith('/')) file = `${path}index.html`;
    else if (files.has(path)) file = path;
    else if (files.has(`${path}/index.html`)) return report.problems.push(`${at}: a folder without its trailing slash (the site uses trailingSlash 'always')`);
    else return report.problems.push(`${at}: no such file dist/${path}`);
    if (!files.has(file)) return report.problems.push(`${at}: no such file dist/${file}`);
    // A text directive (#p2:~:text=…) is not part of the fragment: the element id is what precedes it.
    const hash = target.hash.slice(1).split(':~:')[0];
    if (!hash) return;
    if (file.endsWith('.svg') && where.startsWith('<use')) {
      // A map's <use> of a part of a shared base map: the part's id must be in that file.
      report.fragments++;
      const svgIds = svgIdCache.get(file) ?? new Set([...readFileSync(join(dist, file), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      svgIdCache.set(file, svgIds);
      if (!svgIds.has(hash)) report.problems.push(`${at}: no element with id "${hash}" in dist/${file}`);
      return;
    }
    if (!file.endsWith('.html')) {
      // In JSON-LD, `file#x` is an identifier of a node (an annotation), not a place in a page.
      return where === 'JSON' ? undefined : report.problems.push(`${at}: a fragment on a file that is not a page`);
    }
    report.fragments++;
    let id: string;
    try {
      id = decodeURIComponent(hash);
    } catch {
      return report.problems.push(`${at}: bad percent-encoding in the fragment`);
    }
    if (!pageOf(file).ids.has(id)) report.problems.push(`${at}: no element with id "${id}" in dist/${file}`);
  };

  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    if (file.endsWith('.html')) {
      let links: PageLinks;
      try {
        links = pageOf(file);
      } catch (e) {
        report.problems.push(`${file}: cannot read the page: ${(e as Error).message}`);
        continue;
      }
      for (const ref of links.refs) check(file, ref);
    } else if (/\.(json|jsonld)$/.test(file)) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      } catch (e) {
        report.problems.push(`${file}: not valid JSON: ${(e as Error).message}`);
        continue;
      }
      const urls: string[] = [];
      jsonUrls(data, urls);
      // Only absolute addresses of this site: other strings in data files may be paths of something else.
      for (const url of urls.filter((u) => u.startsWith(`${origin}${base}`))) check(file, { url, where: 'JSON' });
    }
  }
  return report;
}

/**
 * The addresses the sitemap at dist/sitemap.xml lists: a sitemaps.org
 * sitemap index whose files (in dist, under the same base) are urlsets.
 */
export function sitemapPages(dist: string, site: string, base: string): string[] {
  const index = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/.test(index)) {
    throw new Error('sitemap.xml: not a sitemaps.org <sitemapindex>');
  }
  const prefix = new URL(base, site).href;
  return [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].flatMap((m) => {
    const url = m[1].replace(/&amp;/g, '&');
    if (!url.startsWith(prefix)) throw new Error(`sitemap.xml: ${url} is not under ${prefix}`);
    const file = url.slice(prefix.length);
    const locations = sitemapLocations(readFileSync(join(dist, file), 'utf8'));
    if (locations.length > 50_000) throw new Error(`${file}: ${locations.length} addresses, over the 50,000 a sitemap may hold`);
    return locations;
  });
}

/** The addresses a sitemap file lists (it must be a sitemaps.org urlset). */
export function sitemapLocations(xml: string): string[] {
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/.test(xml)) {
    throw new Error('sitemap.xml: not a sitemaps.org <urlset>');
  }
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

// ---------------------------------------------------------------- _headers

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses a `_headers` file (Netlify and Cloudflare Pages format). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path`);
    rules[rules.length - 1].headers.push([m[1], m[2].trim()]);
  });
  return rules;
}

/** The headers a host sends for `path` (every matching rule; `*` matches anything, `:name` one segment). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(
      `^${rule.pattern
        .split(/(\*|:[A-Za-z]+)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('')}$`,
    );
    if (!re.test(path)) continue;
    for (const [k, v] of rule.headers) out[k.toLowerCase()] = out[k.toLowerCase()] ? `${out[k.toLowerCase()]}, ${v}` : v;
  }
  return out;
}

/** The headers of a build's `_headers` file, as a function for serve(). */
export function siteHeaders(dist: string): (path: string) => Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing (public/_headers is copied there by the build)`);
  const rules = parseHeaders(readFileSync(file, 'utf8'));
  return (path) => headersFor(rules, path);
}
