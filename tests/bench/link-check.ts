/**
 * The link check of a build, without a browser: every internal reference of
 * every page (and every site address in its JSON and JSON-LD files) reaches a
 * file, and its fragment an element of that file; external links avoid
 * mirror domains. It reports problems instead of throwing, so a test can list
 * them all at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMirrorHost } from '../../src/lib/model/citable-urls.ts';
import { listFiles, pagePath } from './site-files.ts';
import { jsonUrls, readPage, type PageLinks } from './page-links.ts';

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
