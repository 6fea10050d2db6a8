/** Sentence boundaries (src/lib/model/text/sentences.ts), reading blocks and the outline. */
import { describe, expect, it } from 'vitest';
import { sentenceId, splitSentences } from '../../src/lib/model/text/sentences.ts';
import { lengthOf, readingBlocks } from '../../src/lib/model/text/reading-blocks.ts';
import { sentenceLocator, sentencePlain } from '../../src/lib/citation/citations.ts';

describe('sentences', () => {
  it('end at a stop before a capital or a digit, not after a title, an initial, "No.", "U.S." or inside a symbol or number', () => {
    expect(splitSentences('We met Mr. Laborde. See S/PV.8698 and No. 5 of the U.S. Government. Growth was 2.5 per cent. J. Smith agreed! “Yes.” (Then) 2014 came. At 11.35 a.m. It ended, e.g. Here.')).toEqual([
      'We met Mr. Laborde.',
      'See S/PV.8698 and No. 5 of the U.S. Government.',
      'Growth was 2.5 per cent.',
      'J. Smith agreed!',
      '“Yes.”',
      '(Then) 2014 came.',
      'At 11.35 a.m.',
      'It ended, e.g. Here.',
    ]);
    expect(sentenceId(3, 2)).toBe('p3-s2');
  });
});

describe('reading blocks', () => {
  it('group a long paragraph in blocks of a few sentences, and leave a short one whole', () => {
    const s = (words: number) => Array.from({ length: words }, () => 'w').join(' ');
    expect(readingBlocks([s(10), s(10), s(10)])).toBeUndefined();
    expect(readingBlocks(Array.from({ length: 12 }, () => s(40)))).toEqual([1, 4, 7, 10]);
    // A very long sentence closes its block at once.
    expect(readingBlocks([s(250), s(40), s(40), s(40), s(40), s(40)])).toEqual([1, 2, 5]);
    expect(lengthOf(1475)).toEqual({ words: 1475, minutes: 8 });
  });
});

describe('a sentence’s citation', () => {
  it('names the sentence where the paragraph’s names the paragraph', () => {
    expect(sentencePlain('Mr. X (Y), “T”, UNSC, S/PV.1, 2014, ¶ 5. https://e.org/statements/s/#p5', 5, 3)).toBe('Mr. X (Y), “T”, UNSC, S/PV.1, 2014, ¶ 5, sentence 3. https://e.org/statements/s/#p5-s3');
    expect(sentenceLocator(5, 3)).toBe('5, sentence 3');
  });
});
