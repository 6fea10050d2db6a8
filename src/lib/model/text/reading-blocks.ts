/**
 * Reading blocks for a record that lost its paragraphs: a 3,993-word speech
 * printed as one paragraph is shown in blocks of a few sentences. The breaks
 * are the edition's, made by length alone (never read as the speaker's or the
 * record's paragraphs), and the same text always gives the same blocks.
 */

/** Below this many words a paragraph is shown whole. */
export const BLOCKS_FROM_WORDS = 150;
/** A block closes once it has this many sentences and words … */
const MIN_SENTENCES = 3;
const TARGET_WORDS = 110;
/** … or at once past this many words. */
const MAX_WORDS = 220;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The number (from 1) of each block's first sentence, or undefined when the paragraph needs no blocks. */
export function readingBlocks(sentences: string[]): number[] | undefined {
  const counts = sentences.map(wordCount);
  if (counts.reduce((a, b) => a + b, 0) < BLOCKS_FROM_WORDS || sentences.length < 2 * MIN_SENTENCES) return undefined;
  const starts = [1];
  let words = 0;
  let inBlock = 0;
  counts.forEach((c, i) => {
    words += c;
    inBlock++;
    const left = counts.length - i - 1;
    if (left >= 2 && ((inBlock >= MIN_SENTENCES && words >= TARGET_WORDS) || words >= MAX_WORDS)) {
      starts.push(i + 2);
      words = 0;
      inBlock = 0;
    }
  });
  return starts;
}

/** How many words, and minutes at about 180 words a minute (reading aloud, a speech's pace), a text has. */
export function lengthOf(words: number): { words: number; minutes: number } {
  return { words, minutes: Math.max(1, Math.round(words / 180)) };
}
