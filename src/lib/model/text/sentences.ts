/**
 * Where a sentence ends, for the sentence ids (`#p3-s2`) and the reading
 * blocks of a record that lost its paragraphs. The importer writes one
 * sentence a line with these boundaries; the compiler then numbers the lines,
 * so an editor fixes a wrong boundary by moving a line break, and the frozen
 * ids (fixity) show it. A boundary is missed rather than invented: a full stop
 * after a title, an initial or an abbreviation ("Mr.", "No. 5", "U.S.", "e.g.")
 * ends nothing, and one inside a token ("S/PV.8698", "2.5", "a.m.") is not
 * followed by a space.
 */

/** Words after which a full stop does not end a sentence (compared without the stop). */
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Mmes Messrs Dr Prof No Nos St Art Arts para paras e.g i.e cf vs Jr Sr Gen Lt Col Capt Amb Rev Sen Rep H.E Hon Mt Sect Ch Vol vol pp Fig Ltd Inc Co Corp Dept Govt approx incl viz al etc'
    .split(' '),
);

/** Closing quotes and brackets that may stand after the stop, and opening ones before the next sentence. */
const END = /[.!?]["”’)\]]*( +)(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;

const wordChar = /^[\p{L}.]$/u;
const beforeWord = /^[\s(“"‘]$/u;

/**
 * The word that ends at `at`: the letters and stops before it, standing at the
 * text's start or after a space, an opening bracket or quote (what
 * `/(?:^|[\s(“"‘])([\p{L}.]+)$/u` finds in `text.slice(0, at)`). Read
 * backwards from `at`, one code point at a time: matching that expression
 * against each prefix scanned the paragraph from its start at every full stop.
 */
function wordBefore(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0) {
    const pair = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1]) && /[\ud800-\udbff]/.test(text[start - 2]);
    const from = pair ? start - 2 : start - 1;
    if (!wordChar.test(text.slice(from, start))) break;
    start = from;
  }
  if (start === at) return undefined;
  if (start > 0) {
    const pair = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1]) && /[\ud800-\udbff]/.test(text[start - 2]);
    if (!beforeWord.test(text.slice(pair ? start - 2 : start - 1, start))) return undefined;
  }
  return text.slice(start, at);
}

/** Whether the word before a full stop at `at` makes it an abbreviation's stop rather than a sentence's end. */
function abbreviationBefore(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial (J. Smith) or letters with stops (U.S., U.K., U.N.).
  return /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

/** The [start, end) offsets of each sentence of `text` (end before the spaces that follow it). */
export function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(END)) {
    if (m[0][0] === '.' && abbreviationBefore(text, m.index)) continue;
    const end = m.index + m[0].length - m[1].length;
    if (text.slice(from, end).trim()) out.push([from, end]);
    from = m.index + m[0].length;
  }
  if (text.slice(from).trim()) out.push([from, text.trimEnd().length]);
  return out;
}

/** The sentences of `text`. */
export function splitSentences(text: string): string[] {
  return sentenceBounds(text).map(([a, b]) => text.slice(a, b));
}

/** A sentence's permanent id below its paragraph (contracts.md): p3-s2. */
export const sentenceId = (paragraph: number, sentence: number) => `p${paragraph}-s${sentence}`;
