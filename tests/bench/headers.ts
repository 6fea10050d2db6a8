/**
 * The `_headers` file read as Netlify and Cloudflare Pages read it: rules of a
 * path pattern (`*` anything, `:name` one segment) and indented headers, every
 * matching rule adding its headers. The bench's and the tests' static server
 * sends what this says, so a measure or a CSP test sees the headers a reader
 * would get from such a host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
