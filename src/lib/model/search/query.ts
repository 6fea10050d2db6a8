/**
 * What a reader's query asks for, read the same way by the search dialog and
 * by the page a result lands on. Quoted words are a phrase that must stand as
 * written; the other words are all required. Words such as "the" and "of"
 * match nothing on their own and are never marked (Pagefind would match them,
 * and stems of them, everywhere); inside a phrase they count, since "Charter
 * of the United Nations" means that order.
 */
import { fold, markNames, parseExcerpt, runsOf, stripAliasBlocks, type Run } from '../text/excerpt.ts';

/** English function words: too common to find anything by, never marked alone. */
export const STOP_WORDS = new Set(
  ('a an and are as at be but by for from has have he her his i if in into is it its of on or our she so such than that the their them there these ' +
    'they this those to was we were which who will with you your').split(' '),
);

export interface Query {
  /** What the reader typed, trimmed. */
  text: string;
  /** Phrases, each as its words (folded): the quoted ones, and the whole query when it has several words unquoted. */
  phrases: string[][];
  /** Whether the reader quoted a phrase (then only passages holding it match). */
  quoted: boolean;
  /** The words every passage must hold (folded, stop words left out). */
  words: string[];
  /** Hyphenated words of the query ("Counter-Terrorism"), each marked only whole. */
  compounds: string[][];
  /** The words marked one by one: all of them, or beside quoted phrases the unquoted ones, never a compound's parts. */
  marked: string[];
  /** Whether nothing is left to search for once stop words are left out. */
  empty: boolean;
}

/** What separates words: anything that is not a letter, digit or apostrophe. */
export const TOKEN_GAP = /[^\p{L}\p{N}']+/u;
/** The words of a text, folded, split at anything that is not a letter, digit or apostrophe. */
export const wordsOf = (text: string): string[] => fold(text).split(TOKEN_GAP).filter(Boolean);

export function parseQuery(input: string): Query {
  const text = input.trim();
  const phrases: string[][] = [];
  // Quoted phrases (straight or curly quotes); an unclosed quote runs to the end.
  const rest = text.replace(/["“”]([^"“”]*)["“”]?/g, (_, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length) phrases.push(words);
    return ' ';
  });
  const quoted = phrases.length > 0;
  const loose = wordsOf(rest);
  if (!quoted && loose.length > 1 && loose.some((w) => !STOP_WORDS.has(w))) phrases.push(loose);
  const content = (list: string[]) => [...new Set(list.filter((w) => !STOP_WORDS.has(w)))];
  const words = content([...phrases.flat(), ...loose]);
  const compounds = rest.split(/\s+/).filter((t) => /[\p{L}\p{N}][-\u2010\u2011\u2013][\p{L}\p{N}]/u.test(t)).map(wordsOf);
  const parts = new Set(compounds.flat());
  const marked = (quoted ? content(loose) : words).filter((w) => !parts.has(w));
  return { text, phrases, quoted, words, compounds, marked, empty: words.length === 0 };
}

/** What Pagefind is asked: the quoted phrases as phrases, the other words without the stop words. */
export function pagefindQuery(q: Query): string {
  const phrases = q.quoted ? q.phrases.map((p) => `"${p.join(' ')}"`) : [];
  const inPhrase = new Set(q.quoted ? q.phrases.flat() : []);
  return [...phrases, ...q.words.filter((w) => !inPhrase.has(w))].join(' ');
}

/**
 * Whether a word of a passage is the query's word: the same, or the same with a
 * plural ending ("Nation" and "Nations", not "national"); the query's last
 * word may be the start of a longer one while the reader is typing it.
 */
export function sameWord(token: string, word: string, prefix = false): boolean {
  if (token === word) return true;
  if (prefix && word.length >= 3 && token.startsWith(word)) return true;
  return pluralOf(token, word) || pluralOf(word, token);
}

/** Whether `a` is `b` with "s", "es" or "'s" (compared in place: a passage's every word is asked at every keystroke). */
function pluralOf(a: string, b: string): boolean {
  const extra = a.length - b.length;
  if (extra < 1 || extra > 2 || !a.startsWith(b)) return false;
  const end = a.slice(b.length);
  return end === 's' || end === 'es' || end === "'s";
}

/** How a passage answers the query: 1 holds a phrase, 2 holds all the words, 0 does not answer it. */
export function passageRank(text: string, q: Query): 0 | 1 | 2 {
  return tokensRank(wordsOf(text), q);
}

/** The same, for a passage's words already folded and split (wordsOf). */
export function tokensRank(tokens: string[], q: Query): 0 | 1 | 2 {
  if (q.empty) return 0;
  const last = q.words[q.words.length - 1];
  const hasAll = q.words.every((w) => tokens.some((t) => sameWord(t, w, w === last && !q.quoted)));
  if (!hasAll) return 0;
  const holds = (phrase: string[]) => tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] !== undefined && sameWord(tokens[i + k], w, k === phrase.length - 1 && !q.quoted)));
  if (q.phrases.some(holds)) return 1;
  return q.quoted ? 0 : 2;
}

/**
 * The character ranges of `text` to mark: each phrase where it stands, and
 * each word of the query; stop words only inside a phrase.
 */
export function queryRanges(text: string, q: Query): [number, number][] {
  const folded = fold(text);
  const spans = [...folded.matchAll(/[\p{L}\p{N}']+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const ranges: [number, number][] = [];
  for (const phrase of [...q.phrases, ...q.compounds]) {
    for (let i = 0; i + phrase.length <= spans.length; i++) {
      if (phrase.every((w, k) => sameWord(spans[i + k].word, w, k === phrase.length - 1 && !q.quoted))) ranges.push([spans[i].start, spans[i + phrase.length - 1].end]);
    }
  }
  for (const s of spans) if (q.marked.some((w) => sameWord(s.word, w))) ranges.push([s.start, s.end]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Adds to the runs' marks the query's phrases and words where they stand, and the names of the entities it found. */
export function markQuery(runs: Run[], q: Query, names: string[] = []): Run[] {
  const text = runs.map((r) => r.text).join('');
  const marked = runs.flatMap((r) => Array.from({ length: r.text.length }, () => r.marked));
  for (const [a, b] of queryRanges(text, q)) marked.fill(true, a, b);
  return markNames(runsOf(text, marked), names);
}

/**
 * Pagefind's excerpt as the reader sees it: of Pagefind's marks only those on
 * a word of the query stay (it marks stems, near misses and stop words too);
 * a mark inside a mention's other names marks the mention; then the query's
 * phrases and the entities' names are marked.
 */
export function queryExcerpt(html: string, q: Query, names: string[] = []): Run[] {
  return queryRuns(parseExcerpt(html), q, names);
}

/** The same for runs already marked (a passage's text with the query's words marked where they stand). */
export function queryRuns(marked: Run[], q: Query, names: string[] = []): Run[] {
  const own = (text: string) => wordsOf(text).some((t) => q.words.some((w) => sameWord(t, w, true)));
  const runs = marked.map((r) => (r.marked && !own(r.text) ? { ...r, marked: false } : r));
  const out = markQuery(stripAliasBlocks(runs), q, names);
  if (out.length) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  }
  return out.filter((r) => r.text);
}
