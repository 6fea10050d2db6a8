/**
 * The statements as Pagefind indexed them: each page's fragment file
 * (`fragment/<hash>.pf_fragment`, gzip holding `pagefind_dcd` and the page's
 * JSON), which holds its text as indexed, its anchors, filters and metadata.
 * The edition's word index is made from this text, so that it holds exactly
 * the words Pagefind read, and the browser reads the same text for the
 * passages (search-words.ts writes it again, without what no passage needs). A fragment that is not what this expects fails the build, naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import type { IndexedFragment } from '../model/search/indexed.ts';

/** Pagefind's signature at the start of a decompressed fragment (Pagefind 1.x). */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export function readFragment(file: string, hash: string): IndexedFragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no "${FRAGMENT_SIGNATURE}" signature)`);
  const data = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Partial<IndexedFragment>;
  if (typeof data.url !== 'string' || typeof data.content !== 'string') throw new Error(`${file}: a Pagefind fragment without its url or content`);
  const anchors = (data.anchors ?? []).map(({ id, location }) => ({ id, location }));
  return { hash, url: data.url, content: data.content, anchors, filters: data.filters ?? {}, meta: data.meta ?? {} };
}

/** Every fragment of one Pagefind bundle. */
export function readFragments(bundle: string): IndexedFragment[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => readFragment(join(dir, f), f.slice(0, -'.pf_fragment'.length)));
}
