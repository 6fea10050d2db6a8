/**
 * The passages of one statement that answer a query, from what Pagefind
 * returns for the page: its text as indexed (`content`, the mentions' other
 * names inline in `⟦…⟧` blocks, so that any name of an entity counts) and its
 * anchors, the paragraphs (`#p3`) and sentences (`#p3-s2`) with the word
 * each starts at. Pagefind finds the pages that hold the words; which
 * paragraph holds them as a phrase, or all of them, is decided here, and a
 * long paragraph (the corpus's speeches often have one) lands on the sentence
 * that answers.
 */
import { fold } from '../text/excerpt.ts';
import { TOKEN_GAP, tokensRank, type Query } from './query.ts';
import { ALIAS_BLOCK as BLOCK } from './word-index.ts';


export interface IndexedAnchor {
  id: string;
  /** The word of `content` it starts at. */
  location: number;
  text?: string;
}

export interface IndexedPage {
  url: string;
  content: string;
  anchors: IndexedAnchor[];
}

export interface Passage {
  /** The address to land on: the paragraph's, or the answering sentence's. */
  href: string;
  paragraph: number;
  /** Set when the passage is one sentence of a long paragraph. */
  sentence?: number;
  /** 1: holds a phrase of the query; 2: all its words. */
  rank: 1 | 2;
  /** The passage's text as printed. */
  text: string;
  /** The same with the mentions' other names (`⟦…⟧`), as indexed: where an unquoted query may have matched. */
  indexed: string;
}

/** A paragraph longer than this (in words) lands on the sentence that answers: the corpus's speeches often have one paragraph. */
export const WORDS_FOR_A_PARAGRAPH = 150;

const PARAGRAPH = /^p(\d+)$/;
const SENTENCE = /^p(\d+)-s(\d+)$/;

/** The passages of `page` for `q`, phrase-holding ones first, each paragraph at most once. */
export function passagesOf(page: IndexedPage, q: Query): Passage[] {
  const words = page.content.split(/\s+/);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const paragraphs = anchors.filter((a) => PARAGRAPH.test(a.id));
  const sentences = anchors.filter((a) => SENTENCE.test(a.id));
  // The text folded once (a statement may have thousands of words, each ranked in its paragraph and its sentence);
  // folding keeps every character in place, so its words are the text's. Quoted, the words must stand in the text
  // itself: the mentions' other names (`⟦…⟧`) count only unquoted.
  const folded = fold(page.content).split(/\s+/);
  const span = (from: number, to: number) => {
    const text = folded.slice(from, to).join(' ');
    return (q.quoted ? text.replace(BLOCK, ' ') : text).split(TOKEN_GAP).filter(Boolean);
  };
  const printedLength = (from: number, to: number) => words.slice(from, to).join(' ').replace(BLOCK, ' ').split(/\s+/).filter(Boolean).length;
  // The words as printed, for excerpts: the index's text without the other names (the anchors' own text leaves out some words, such as an editorial correction).
  const indexed = (from: number, to: number) => words.slice(from, to).join(' ');
  const printed = (from: number, to: number) => indexed(from, to).replace(/⟦[^⟦⟧]*⟧ ?/g, '').trim();
  const path = page.url.split('#')[0];
  const out: Passage[] = [];
  paragraphs.forEach((p, i) => {
    const n = Number(PARAGRAPH.exec(p.id)![1]);
    const end = paragraphs[i + 1]?.location ?? words.length;
    const rank = tokensRank(span(p.location, end), q);
    if (!rank) return;
    const own = sentences.filter((s) => Number(SENTENCE.exec(s.id)![1]) === n);
    // Its length as printed: the mentions' other names (`⟦…⟧`) are not its words.
    const length = printedLength(p.location, end);
    if (own.length > 1 && length > WORDS_FOR_A_PARAGRAPH) {
      // The sentence that answers best: one that holds a phrase, else all the words.
      const ranked = own.map((s, k) => ({ s, to: own[k + 1]?.location ?? end, rank: tokensRank(span(s.location, own[k + 1]?.location ?? end), q) }));
      const best = ranked.find((r) => r.rank === 1) ?? ranked.find((r) => r.rank === 2);
      if (best) {
        const m = Number(SENTENCE.exec(best.s.id)![2]);
        out.push({ href: `${path}#${best.s.id}`, paragraph: n, sentence: m, rank, text: printed(best.s.location, best.to), indexed: indexed(best.s.location, best.to) });
        return;
      }
    }
    out.push({ href: `${path}#${p.id}`, paragraph: n, rank, text: printed(p.location, end), indexed: indexed(p.location, end) });
  });
  return out.sort((a, b) => a.rank - b.rank);
}

/** About `size` words of `text` around the first place the query answers, with "…" where cut. */
export function excerptAround(text: string, at: number, size = 40): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= size) return words.join(' ');
  // The word the offset falls in, then a window that starts a little before it.
  let seen = 0;
  let k = 0;
  for (; k < words.length; k++) {
    seen += words[k].length + 1;
    if (seen > at) break;
  }
  const start = Math.max(0, Math.min(k - Math.floor(size / 4), words.length - size));
  const end = Math.min(words.length, start + size);
  return `${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}`;
}
