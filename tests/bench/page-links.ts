/**
 * What one HTML page offers and refers to, read with parse5 as a browser
 * would: the ids (and old-style `<a name>`) a fragment can land on, and every
 * address in it, with where it was found: URL attributes, srcsets, the
 * Open Graph and Twitter meta tags, and the addresses inside JSON-LD. The
 * link check (link-check.ts) compares the one with the other across a build.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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
export function jsonUrls(value: unknown, out: string[]) {
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
