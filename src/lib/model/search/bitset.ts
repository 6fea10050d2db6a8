/**
 * Sets of statement numbers as bits (32 statements to a word), for the word
 * index's matching in the browser: a common word is held by most of the
 * edition's statements, and a query's words, their plurals and other names are
 * joined and crossed at every keystroke. As sorted lists of tens of thousands
 * of numbers that cost tens of milliseconds; as bits, a few thousand words
 * ORed or ANDed.
 */
export type Bits = Uint32Array;

/** The digits of the word index's bitmaps (word-index.ts writes them, six statements to a digit). */
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

/** The set of the ascending numbers. */
export function bitsOfNumbers(numbers: readonly number[]): Bits {
  const bits = new Uint32Array(numbers.length ? (numbers[numbers.length - 1] >>> 5) + 1 : 0);
  for (const n of numbers) bits[n >>> 5] |= 1 << (n & 31);
  return bits;
}

/** The set a base-64 bitmap writes (six statements to a digit, the first in its lowest bit: word-index.ts). */
export function bitsOfBitmap(digits: string): Bits {
  const bits = new Uint32Array(Math.ceil((digits.length * 6) / 32));
  for (let i = 0; i < digits.length; i++) {
    const d = DIGIT[digits.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`word index: "${digits[i]}" is not a digit of a bitmap (at ${i})`);
    for (let bit = 0; bit < 6; bit++) {
      if (d & (1 << bit)) {
        const n = i * 6 + bit;
        bits[n >>> 5] |= 1 << (n & 31);
      }
    }
  }
  return bits;
}

/** The numbers in any of the sets. */
export function unionBits(sets: readonly Bits[]): Bits {
  if (sets.length === 1) return sets[0];
  const out = new Uint32Array(Math.max(0, ...sets.map((s) => s.length)));
  for (const set of sets) for (let w = 0; w < set.length; w++) out[w] |= set[w];
  return out;
}

/** The numbers in every one of the sets (none for no set). */
export function intersectBits(sets: readonly Bits[]): Bits {
  if (sets.length === 0) return new Uint32Array(0);
  const length = Math.min(...sets.map((s) => s.length));
  const out = sets[0].slice(0, length);
  for (const set of sets.slice(1)) for (let w = 0; w < length; w++) out[w] &= set[w];
  return out;
}

/** The set's numbers, ascending. */
export function numbersOfBits(bits: Bits): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w];
    while (word !== 0) {
      const low = word & -word;
      out.push(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
