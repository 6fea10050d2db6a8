/**
 * Extraction damage in a record, proposed as corrections and never applied
 * silently. What cannot be read otherwise becomes `<Corr sic="…">` in the MDX
 * (the record check proves that the rest is the record's) and is listed in the
 * report; what might be right as printed is only listed, for an editor.
 *
 * - `1 wish`, `l wish`, `lwish` at a sentence's start, where the verb after it
 *   is one that follows "I": the digit or letter is an "I" misread;
 * - `| thank`: a vertical bar standing as a word is an "I" misread;
 * - two words run together (`ofthe`, `Inaccordance`, `draftresolution`): the
 *   whole is no English word, it splits one way only into two words, and one
 *   of them is a short function word or the record prints the pair apart
 *   elsewhere. Other such splits, and a digit before a word that is not one of
 *   those verbs, are listed as doubtful; so is a space lost before a capital
 *   (`I wishHis Majesty`, `resumption.I mentioned`).
 *
 * "Is a word" is the npm package word-list (Sindre Sorhus, MIT; ~274,000
 * English words from a maintained list used by word games and spell tools),
 * read once per process.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

export type DamageKind = 'digit-for-I' | 'letter-for-I' | 'bar-for-I' | 'run-together' | 'missing-space';

export interface Damage {
  kind: DamageKind;
  /** Offsets in the paragraph's text of what is replaced. */
  start: number;
  end: number;
  sic: string;
  corr: string;
}

export interface DoubtfulDamage extends Damage {
  paragraph: number;
  why: string;
}

let words: Set<string> | undefined;
/** The word list, read on first use. One-letter words are not in it: "a" and "I" are added. */
export function isWord(w: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n').concat(['a', 'i']));
  return words.has(w.toLowerCase());
}

/** Verbs and words that follow "I" at a sentence's start ("I wish", "I thank", "I also…"). */
const AFTER_I = new Set(
  'wish would thank am have will should shall want also believe think now call welcome take congratulate hope must can do join commend agree recall reiterate note know see urge conclude say said was had give invite express extend appreciate further assure reaffirm stress emphasize emphasise underline underscore turn request propose remind regret look fully strongly too again cannot could may might associate align speak fear hear understand trust share listened need personally'.split(' '),
);

/** Short function words: a run-together pair with one of them is not a compound. */
const FUNCTION_WORDS = new Set('of the in to and for on with by at from that this as is be an or its our their we it he she they his her not has are was'.split(' '));

/** Closed compounds the Council's records print as one word, which the list may lack. */
const COMPOUNDS = new Set('peacebuilding peacekeeping counterterrorism ceasefire stakeholder stakeholders subregion subregional cybersecurity socioeconomic nationwide peacemaking healthcare'.split(' '));

/** Whether offset `at` starts a sentence: the paragraph's start, or after a sentence end or the label's colon. */
const sentenceStart = (text: string, at: number, from: number) => at <= from || /(?:[.!?:]["”’)]?|^)\s+$/.test(text.slice(Math.max(from, at - 4), at));

/** Every way `w` splits into two words of the list (each of two letters or more, or "a"). */
function splits(w: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 2; i <= w.length - 2; i++) if (isWord(w.slice(0, i)) && isWord(w.slice(i))) out.push([w.slice(0, i), w.slice(i)]);
  return out;
}

/**
 * The damage in one paragraph after offset `from` (the speaker's label is
 * not read), outside `skip` (furniture). Sure cases and doubtful ones.
 */
export function findDamage(text: string, paragraph: number, from = 0, skip: { start: number; end: number }[] = []): { sure: Damage[]; doubtful: DoubtfulDamage[] } {
  const sure: Damage[] = [];
  const doubtful: DoubtfulDamage[] = [];
  const free = (a: number, b: number) => a >= from && !skip.some((s) => a < s.end && b > s.start) && ![...sure, ...doubtful].some((d) => a < d.end && b > d.start);
  const lower = text.toLowerCase();

  // A misread "I": "1 wish", "l wish", "| thank", "lwish".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])([1l|])( ?)(\p{Ll}+)(?![\p{L}\p{N}])/gu)) {
    const [all, sign, space, next] = m;
    const start = m.index;
    // "1 wish" → "I wish" replaces the sign; "lwish" → "I wish" the whole token.
    const end = space ? start + 1 : start + all.length;
    if (!free(start, end)) continue;
    if (!space && (sign !== 'l' || isWord(all))) continue;
    const kind: DamageKind = sign === '1' ? 'digit-for-I' : sign === '|' ? 'bar-for-I' : 'letter-for-I';
    const d = { kind, start, end, sic: text.slice(start, end), corr: space ? 'I' : `I ${next}` };
    const atStart = sentenceStart(text, start, from);
    // A bar is never a word, but "at | p.m." is a misread "1": only before a verb of "I".
    if (AFTER_I.has(next) && (sign === '|' || atStart)) sure.push(d);
    else if (sign !== '1' || atStart) doubtful.push({ ...d, paragraph, why: `"${all}": a misread "I"?` });
  }

  // Two words run together.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Lu}?\p{Ll}{4,})(?![\p{L}\p{N}'’-])/gu)) {
    const w = m[1];
    const start = m.index;
    const end = start + w.length;
    if (!free(start, end) || isWord(w) || COMPOUNDS.has(w.toLowerCase())) continue;
    // A capital mid-sentence is a name: never split it.
    if (/^\p{Lu}/u.test(w) && !sentenceStart(text, start, from)) continue;
    const ways = splits(w);
    if (ways.length === 0) continue;
    const withFunctionWord = ways.filter(([a, b]) => (FUNCTION_WORDS.has(a.toLowerCase()) && b.length >= 3) || (FUNCTION_WORDS.has(b.toLowerCase()) && a.length >= 3));
    const apart = ways.filter(([a, b]) => lower.includes(` ${a.toLowerCase()} ${b.toLowerCase()} `));
    const way = withFunctionWord.length === 1 ? withFunctionWord[0] : ways.length === 1 && apart.length === 1 ? apart[0] : undefined;
    if (way) {
      sure.push({ kind: 'run-together', start, end, sic: w, corr: way.join(' ') });
      continue;
    }
    // Names and long words the list lacks are many; only a plain lower-case word is worth an editor's look.
    if (/^\p{Lu}/u.test(w)) continue;
    const plausible = ways.filter(([a, b]) => a.length >= 3 && b.length >= 3);
    if (plausible.length === 0) continue;
    doubtful.push({
      kind: 'run-together',
      start,
      end,
      sic: w,
      corr: plausible[0].join(' '),
      paragraph,
      why: `"${w}" is no word of the list: ${plausible.map((x) => `"${x.join(' ')}"`).join(' or ')}?`,
    });
  }
  // A space lost before a capital ("I wishHis Majesty", "resumption.I mentioned"): listed only, a name may be written so.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Ll}{2,})([.!?]?)(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])/gu)) {
    const [all, a, stop, b] = m;
    if (!free(m.index, m.index + all.length) || !isWord(a) || !isWord(b)) continue;
    doubtful.push({ kind: 'missing-space', start: m.index, end: m.index + all.length, sic: all, corr: `${a}${stop} ${b}`, paragraph, why: `"${all}": a space lost ("${a}${stop} ${b}")?` });
  }
  sure.sort((x, y) => x.start - y.start);
  return { sure, doubtful };
}
