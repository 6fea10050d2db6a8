/** Sets of statement numbers as bits (src/lib/model/search/bitset.ts), against the same sets as lists. */
import { describe, expect, it } from 'vitest';
import { bitsOfBitmap, bitsOfNumbers, intersectBits, numbersOfBits, unionBits } from '../../src/lib/model/search/bitset.ts';
import { decodePostings, encodePostings } from '../../src/lib/model/search/word-index.ts';

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const randomSet = (total: number, share: number) => Array.from({ length: total }, (_, n) => n).filter(() => random() < share);

describe('bitsets', () => {
  it('give back the numbers they were made of, at word edges too', () => {
    for (const list of [[], [0], [31], [32], [0, 31, 32, 63, 64, 1000], randomSet(3000, 0.3)]) expect(numbersOfBits(bitsOfNumbers(list))).toEqual(list);
  });

  it('read the index bitmaps as the index decodes them', () => {
    for (const total of [6, 100, 3001]) {
      const most = randomSet(total, 0.9);
      const bitmap = encodePostings(most, total);
      expect(bitmap.startsWith('!'), String(total)).toBe(true);
      expect(numbersOfBits(bitsOfBitmap(bitmap.slice(1)))).toEqual(decodePostings(bitmap));
    }
    expect(() => bitsOfBitmap('A*')).toThrow(/"\*" is not a digit of a bitmap \(at 1\)/);
  });

  it('join and cross as lists do, whatever their lengths', () => {
    for (let round = 0; round < 20; round++) {
      const lists = [randomSet(200 + round * 50, 0.5), randomSet(100, 0.2), randomSet(900, 0.05)];
      const sets = lists.map(bitsOfNumbers);
      const every = lists[0].filter((n) => lists.every((l) => l.includes(n)));
      const any = [...new Set(lists.flat())].sort((a, b) => a - b);
      expect(numbersOfBits(intersectBits(sets))).toEqual(every);
      expect(numbersOfBits(unionBits(sets))).toEqual(any);
    }
    expect(numbersOfBits(intersectBits([]))).toEqual([]);
    expect(numbersOfBits(unionBits([]))).toEqual([]);
  });

  it('leaves the sets it crosses as they were (the decoded files are kept)', () => {
    const a = bitsOfNumbers([1, 2, 3]);
    intersectBits([a, bitsOfNumbers([2])]);
    expect(numbersOfBits(a)).toEqual([1, 2, 3]);
  });
});
