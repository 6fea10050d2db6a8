/**
 * The edition's word index: for each word of the statements (and each pair of
 * words side by side), the statements that hold it. Pagefind's own index is
 * split by year, and a search of every year fetches a chunk of every year's
 * index for every word (about 26 KiB each: 1 MiB for one word at 10,000
 * statements). This index is split by word instead: a query fetches one small
 * file per word, whatever the number of years, and answers which statements
 * hold the query, how many, and of which years, before any statement's text
 * is fetched. Terms are filed by their key, hashed into files of a few KiB
 * (fileName), so that a word costs its own statements' numbers and little
 * more; a query looks up its words first and its pairs only once every word
 * is found (a word half typed asks for no pair).
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
import { BASE64, bitsOfBitmap, bitsOfNumbers, intersectBits, numbersOfBits, unionBits, type Bits } from './bitset.ts';

/** The prefix of a term found only in a mention's other names. */
export const ALIAS = '~';

/** A mention's other names in Pagefind's text. */
export const ALIAS_BLOCK = /⟦[^⟦⟧]*⟧/g;

/** The terms of one statement's indexed text (Pagefind's `content`). */
export function termsOf(content: string): Set<string> {
  const terms = new Set<string>();
  const text = wordsOf(content.replace(ALIAS_BLOCK, ' '));
  // A name the text itself holds is not filed again as another name.
  const add = (words: string[], prefix: string) => {
    words.forEach((w, i) => {
      const next = words[i + 1];
      const pair = next !== undefined && !(STOP_WORDS.has(w) && STOP_WORDS.has(next)) ? `${w} ${next}` : '';
      for (const term of [STOP_WORDS.has(w) ? '' : w, pair]) if (term && !terms.has(term)) terms.add(prefix + term);
    });
  };
  add(text, '');
  for (const block of content.match(ALIAS_BLOCK) ?? []) add(wordsOf(block), ALIAS);
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

/** The file a key is in: one of `count` files, by FNV-1a (the same at build time and in the browser). */
export function fileName(key: string, count: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h % count);
}

/** The mark of postings written as a bitmap. */
const BITMAP = '!';

/**
 * Statement numbers, ascending, as the gaps between them in base 36 ("3,2,a"),
 * or, where that is longer (a word most statements hold), as a bitmap of the
 * `total` statements in base 64 after "!": a common word's numbers are then an
 * eighth of a byte each.
 */
export function encodePostings(numbers: number[], total = 0): string {
  let last = 0;
  const gaps = numbers.map((n, i) => {
    const gap = i === 0 ? n : n - last;
    last = n;
    return gap.toString(36);
  }).join(',');
  if (total === 0 || gaps.length <= Math.ceil(total / 6) + 1) return gaps;
  // Six statements to a base-64 digit, the first in its lowest bit.
  const digits = new Uint8Array(Math.ceil(total / 6));
  for (const n of numbers) digits[Math.floor(n / 6)] |= 1 << n % 6;
  return BITMAP + Array.from(digits, (d) => BASE64[d]).join('');
}

export function decodePostings(text: string): number[] {
  if (!text) return [];
  if (text.startsWith(BITMAP)) return numbersOfBits(bitsOfBitmap(text.slice(1)));
  let n = 0;
  return text.split(',').map((gap, i) => (n = (i === 0 ? 0 : n) + parseInt(gap, 36)));
}

/** One file of the index: terms and their postings. */
export type Bucket = Record<string, string>;

/** The keys of a query's words, and of the pairs of its phrases. */
export function lookups(q: Query): { words: string[]; pairs: string[] } {
  const pairs = new Set<string>();
  for (const phrase of q.phrases) for (const pair of pairsOf(phrase)) pairs.add(pair.map(wordKey).join(' '));
  return { words: [...new Set(q.words.map(wordKey))], pairs: [...pairs] };
}

/** Whether the files hold every word of the query (in some form): only then are its pairs worth looking up. */
export function holdsEveryWord(q: Query, file: (key: string) => Bucket): boolean {
  return q.words.every((w) => termsFor(file(wordKey(w)), [w], !q.quoted).length > 0);
}

/** The terms of a file that are these words (a plural the same), and, with `aliases`, the other names that are. */
function termsFor(bucket: Bucket, words: string[], aliases: boolean): string[] {
  return Object.keys(bucket).filter((term) => {
    const alias = term.startsWith(ALIAS);
    if (alias && !aliases) return false;
    const parts = (alias ? term.slice(1) : term).split(' ');
    return parts.length === words.length && parts.every((p, i) => sameWord(p, words[i]));
  });
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
 * quoted query every phrase. Worked out as sets of bits (bitset.ts).
 */
export function matchesOf(q: Query, file: (key: string) => Bucket): Matches {
  const aliases = !q.quoted;
  const holding = (words: string[]): Bits => {
    const bucket = file(words.map(wordKey).join(' '));
    return unionBits(termsFor(bucket, words, aliases).map((term) => decoded(bucket, term)));
  };
  const words = q.words.length ? intersectBits(q.words.map((w) => holding([w]))) : new Uint32Array(0);
  const phraseSets = q.phrases.map((phrase) => {
    const pairs = pairsOf(phrase);
    return pairs.length ? intersectBits(pairs.map((p) => holding(p))) : holding(phrase);
  });
  const phrase = phraseSets.length ? intersectBits([...phraseSets, words]) : new Uint32Array(0);
  return { all: numbersOfBits(q.quoted ? phrase : words), phrase: numbersOfBits(phrase) };
}

// Each file's terms decoded once: a reader typing on asks for the same words again at every keystroke.
const decodedOf = new WeakMap<Bucket, Map<string, Bits>>();
function decoded(bucket: Bucket, term: string): Bits {
  let cache = decodedOf.get(bucket);
  if (!cache) decodedOf.set(bucket, (cache = new Map()));
  let bits = cache.get(term);
  if (!bits) {
    const postings = bucket[term];
    cache.set(term, (bits = postings.startsWith(BITMAP) ? bitsOfBitmap(postings.slice(1)) : bitsOfNumbers(decodePostings(postings))));
  }
  return bits;
}
