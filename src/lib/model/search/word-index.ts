/**
 * The edition's word index: for each word of the statements (and each pair of
 * words side by side), the statements that hold it. Pagefind's own index is
 * split by year, and a search of every year fetches a chunk of every year's
 * index for every word (about 26 KiB each: 1 MiB for one word at 10,000
 * statements). This index is split by word instead: a query fetches one small
 * file per word, whatever the number of years, and answers which statements
 * hold the query, how many, and of which years, before any statement's text
 * is fetched. Terms are filed by the start of their key, as a dictionary is
 * (fileOf): the words a reader types one letter at a time are in one file,
 * and a start too large for one file is split by its next letter (the list of
 * split starts is the index's only list that grows with the corpus's words).
 *
 * Words are read as the query model reads them (wordsOf, sameWord): folded,
 * whole, a plural the same word. A mention's other names (the `⟦…⟧` blocks of
 * Pagefind's text) are kept apart (`~word`), since they count only unquoted.
 * Pairs of words are what make a phrase: a statement holds "counter-terrorism
 * committee" when it holds the pairs "counter terrorism" and "terrorism
 * committee" (exact for two words; for longer phrases a statement holding
 * every pair apart is counted too, which the passages then leave out).
 */
import { STOP_WORDS, sameWord, wordsOf, type Query } from './query.ts';

/** The prefix of a term found only in a mention's other names. */
export const ALIAS = '~';

const BLOCK = /⟦[^⟦⟧]*⟧/g;

/** The terms of one statement's indexed text (Pagefind's `content`). */
export function termsOf(content: string): Set<string> {
  const terms = new Set<string>();
  const text = wordsOf(content.replace(BLOCK, ' '));
  // A name the text itself holds is not filed again as another name.
  const add = (words: string[], prefix: string) => {
    words.forEach((w, i) => {
      const next = words[i + 1];
      const pair = next !== undefined && !(STOP_WORDS.has(w) && STOP_WORDS.has(next)) ? `${w} ${next}` : '';
      for (const term of [STOP_WORDS.has(w) ? '' : w, pair]) if (term && !terms.has(term)) terms.add(prefix + term);
    });
  };
  add(text, '');
  for (const block of content.match(BLOCK) ?? []) add(wordsOf(block), ALIAS);
  return terms;
}

/** What a word is filed under: its plurals ("nation", "nations", "nation's", "witnesses") with it. */
export const wordKey = (word: string) => word.replace(/'s$/, '').replace(/[se]+$/, '') || word;

/** What a term is filed under: the key of each of its words. */
export const termKey = (term: string) =>
  (term.startsWith(ALIAS) ? term.slice(1) : term)
    .split(' ')
    .map(wordKey)
    .join(' ');

/** A key's file: its shortest start of at least three letters that was not split, or the key itself, whole, when even that was. */
export function fileOf(key: string, splits: ReadonlySet<string>): string {
  for (let length = Math.min(3, key.length); ; length++) {
    const start = key.slice(0, length);
    if (!splits.has(start)) return start;
    if (length >= key.length) return `${start}$`;
  }
}

/**
 * The file on disk a start is in: one of `count` files, by FNV-1a, so that
 * the many small starts share files of about the same size (and a start may
 * hold any letter, a space or an apostrophe).
 */
export function fileName(file: string, count: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) {
    h ^= file.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h % count);
}

/** Statement numbers, ascending, as the gaps between them in base 36 ("3,2,a"). */
export function encodePostings(numbers: number[]): string {
  let last = 0;
  return numbers.map((n, i) => {
    const gap = i === 0 ? n : n - last;
    last = n;
    return gap.toString(36);
  }).join(',');
}

export function decodePostings(text: string): number[] {
  if (!text) return [];
  let n = 0;
  return text.split(',').map((gap, i) => (n = (i === 0 ? 0 : n) + parseInt(gap, 36)));
}

/** One file of the index: terms and their postings. */
export type Bucket = Record<string, string>;

/** The words and pairs a query looks up, each with the key of the file it is in. */
export function lookups(q: Query): string[] {
  const keys = new Set(q.words.map(wordKey));
  for (const phrase of q.phrases) for (const pair of pairsOf(phrase)) keys.add(pair.map(wordKey).join(' '));
  return [...keys];
}

/** The pairs of a phrase that are looked up: all but those of two stop words. */
function pairsOf(phrase: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < phrase.length; i++) {
    if (!(STOP_WORDS.has(phrase[i]) && STOP_WORDS.has(phrase[i + 1]))) pairs.push([phrase[i], phrase[i + 1]]);
  }
  return pairs;
}

export interface Matches {
  /** The statements that answer the query, by number. */
  all: number[];
  /** Of those, the ones holding a phrase of it (every pair of its words). */
  phrase: number[];
}

/**
 * The statements that answer `q`, from the files it looks up (`file(key)`):
 * every word (or, unquoted, one of the mentions' other names for it), and for a
 * quoted query every phrase.
 */
export function matchesOf(q: Query, file: (key: string) => Bucket): Matches {
  const aliases = !q.quoted;
  const holding = (words: string[]): Set<number> => {
    const bucket = file(words.map(wordKey).join(' '));
    const out = new Set<number>();
    for (const [term, postings] of Object.entries(bucket)) {
      const alias = term.startsWith(ALIAS);
      if (alias && !aliases) continue;
      const parts = (alias ? term.slice(1) : term).split(' ');
      if (parts.length === words.length && parts.every((p, i) => sameWord(p, words[i]))) for (const n of decodePostings(postings)) out.add(n);
    }
    return out;
  };
  const every = (sets: Set<number>[]): Set<number> | undefined =>
    sets.length ? sets.reduce((a, b) => new Set([...a].filter((n) => b.has(n)))) : undefined;
  const words = every(q.words.map((w) => holding([w]))) ?? new Set<number>();
  const phraseSets = q.phrases.map((phrase) => {
    const pairs = pairsOf(phrase);
    return pairs.length ? every(pairs.map((p) => holding(p)))! : holding(phrase);
  });
  const phrases = every(phraseSets);
  const sorted = (s: Iterable<number>) => [...s].sort((a, b) => a - b);
  const phrase = phrases ? sorted([...phrases].filter((n) => words.has(n))) : [];
  return { all: q.quoted ? phrase : sorted(words), phrase };
}
