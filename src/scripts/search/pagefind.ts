/**
 * Pagefind, loaded on first use, and loaded again after a failure: a failed
 * load (404, 503, offline) is never kept. Each new attempt imports the script
 * under a new address (`?attempt=N`), so that neither the browser's module map
 * nor Pagefind's own state can hold on to what failed; once the network is
 * back, the next search works without reloading the page.
 */
import { hrefs } from '../../lib/routing/routes.ts';

export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's text as indexed, words split at white space (anchors and locations count them). */
  content: string;
  anchors: { id: string; location: number; text?: string; element?: string }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  /** Where the words stand in the page's text: none when only a meta field matched. */
  words: number[];
  data(): Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter, how many of these results each of its values would leave. */
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
const link = hrefs(base);
/** What Pagefind is told for the glossary's bundle (the statements are searched by the word index: words.ts). */
const OPTIONS = { baseUrl: base, excerptLength: 40 };
let current: Promise<Pagefind> | undefined;
let ready = false;
let attempt = 0;

/** Pagefind, initialised (its index entry, metadata and WebAssembly fetched); rejects when any of it fails. */
export function loadPagefind(): Promise<Pagefind> {
  if (current) return current;
  const url = `${link.searchScript}${attempt ? `?attempt=${attempt}` : ''}`;
  const loading = (async () => {
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No worker: one file less to fetch, and a search this size is quick on the main thread.
    await pf.options({ ...OPTIONS, noWorker: true });
    await pf.init();
    // Pagefind reports some failed fetches only on the console: ask it for
    // something that needs the index, so that a broken load fails here.
    await pf.filters();
    ready = true;
    return pf;
  })();
  current = loading;
  loading.catch(() => forgetPagefind(loading));
  return loading;
}

/** Drops a Pagefind that failed (while loading or later), so the next use loads it afresh. */
export function forgetPagefind(failed?: Promise<Pagefind>) {
  if (failed && failed !== current) return;
  current = undefined;
  ready = false;
  attempt++;
}

/** Whether Pagefind has loaded (the dialog says "Loading…" until then). */
export const pagefindReady = () => ready;
