/**
 * The record's paragraphs, unwrapped exactly as the record check reads them
 * (src/lib/model/record/record.ts `recordParagraphs`: lines joined with a space, a
 * line-end hyphen kept and joined with no space), with what an editor must
 * look at: line-end hyphens that may be a wrapped word rather than a compound,
 * and signs of a lost paragraph break.
 */
import { recordParagraphs } from '../../lib/model/record/record.ts';

export interface RecordLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export interface Hyphen {
  paragraph: number;
  line: number;
  /** As joined: "inter-national". */
  word: string;
  /** Why an editor should look: the text also prints the word unhyphenated, or nothing decides. */
  hint: string;
}

export interface LostBreak {
  paragraph: number;
  /** Line of the file the new paragraph would start at. */
  line: number;
  /** A phrase that starts the would-be paragraph and occurs once in the text (for `restoredBreaks`). */
  before: string;
}

export interface LongParagraph {
  paragraph: number;
  words: number;
  median: number;
}

/** The record's paragraphs with the file's lines of each (blank-line separated, as `recordParagraphs` splits). */
export function paragraphLines(record: string): RecordLine[][] {
  const out: RecordLine[][] = [];
  let current: RecordLine[] = [];
  record
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      // Blank as the check's split sees it (spaces and tabs only); other
      // white-space-only lines are dropped inside the paragraph, as it drops them.
      if (/^[ \t]*$/.test(raw)) {
        if (current.length) out.push(current);
        current = [];
      } else if (raw.trim() !== '') current.push({ line: i + 1, text: raw.trim() });
    });
  if (current.length) out.push(current);
  return out;
}

/** Prefixes that UN editorial style hyphenates (long-term, non-proliferation, counter-terrorism). */
const hyphenPrefixes = new Set(['self', 'ex', 'non', 'anti', 'counter', 'long', 'short', 'high', 'low', 'well', 'cross', 'all', 'half', 'quasi', 'post', 'full', 'large', 'small', 'medium', 'far', 'wide', 'first', 'second', 'third']);
/** Second parts that make compounds (confidence-building, State-led, drug-related). */
const hyphenSuffixes = new Set(['based', 'led', 'related', 'owned', 'oriented', 'building', 'specific', 'wide', 'scale', 'standing', 'ranking', 'term', 'level', 'making', 'sponsored', 'affected', 'driven', 'sensitive', 'bound', 'free', 'general', 'elect']);

const wordRe = /[\p{L}\p{N}]+(?:[-\u2010\u2011'’][\p{L}\p{N}]+)*/gu;

/**
 * Line-end hyphens the importer cannot decide. The check keeps every one as
 * printed ("long-" + "term" = "long-term"); that is right for a compound and
 * wrong for a word the typesetter broke ("inter-" + "national"). Decided as a
 * compound: a capital or a digit after the hyphen (Counter-Terrorism, 2013-2017),
 * a hyphenated form the text also prints unbroken, a prefix UN style hyphenates,
 * a usual second part of a compound. Everything else is flagged.
 */
export function undecidedHyphens(paras: RecordLine[][]): Hyphen[] {
  // Words as the text prints them within lines (never across a line end).
  const printed = new Set<string>();
  for (const p of paras) for (const l of p) for (const w of l.text.slice(0, l.text.endsWith('-') ? -1 : undefined).match(wordRe) ?? []) printed.add(w.toLowerCase());

  const out: Hyphen[] = [];
  paras.forEach((lines, pi) => {
    for (let i = 0; i + 1 < lines.length; i++) {
      const { text, line } = lines[i];
      if (!text.endsWith('-')) continue;
      const left = /([\p{L}\p{N}]*)-$/u.exec(text)![1];
      const right = /^[\p{L}\p{N}]*/u.exec(lines[i + 1].text)![0];
      const word = `${left}-${right}`;
      if (left === '' || right === '') {
        out.push({ paragraph: pi + 1, line, word: `${text.split(/\s+/).pop()}${lines[i + 1].text.split(/\s+/)[0]}`, hint: 'a hyphen or dash at the line end with no word on one side: the check joins it to the next line with no space' });
        continue;
      }
      const compound =
        /^[\p{Lu}\p{N}]/u.test(right) ||
        /\p{N}$/u.test(left) ||
        printed.has(word.toLowerCase()) ||
        hyphenPrefixes.has(left.toLowerCase()) ||
        hyphenSuffixes.has(right.toLowerCase());
      if (compound) continue;
      const joined = `${left}${right}`;
      out.push({
        paragraph: pi + 1,
        line,
        word,
        hint: printed.has(joined.toLowerCase())
          ? `the record also prints "${joined}": probably a word broken at the line end; kept as printed (the check requires it), correct it as <Corr sic="${word}">${joined}</Corr> if so`
          : `kept as printed (the check requires it); if it is one word broken at the line end, correct it as <Corr sic="${word}">${joined}</Corr>`,
      });
    }
  });
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Longest phrase tried, in words: each try reads the whole text, so a longer search would grow with the square of it. */
const MAX_PHRASE_WORDS = 24;

/** Whether `phrase` occurs exactly once in the paragraphs (stops reading at the second). */
function occursOnce(phrase: string, paragraphs: string[]): boolean {
  let count = 0;
  for (const p of paragraphs) {
    for (let at = p.indexOf(phrase); at !== -1; at = p.indexOf(phrase, at + 1)) if (++count > 1) return false;
  }
  return count === 1;
}

/** The shortest start (four words or more, at most MAX_PHRASE_WORDS) of `from` that occurs once in the text and inside a paragraph. */
function uniquePhrase(from: string, paragraphs: string[]): string {
  const words = from.slice(0, 2000).split(/\s+/);
  const most = Math.min(words.length, MAX_PHRASE_WORDS);
  for (let n = Math.min(4, most); n <= most; n++) {
    const phrase = words.slice(0, n).join(' ');
    if (occursOnce(phrase, paragraphs)) return phrase;
  }
  return words.slice(0, most).join(' ');
}

/** Lost breaks given a phrase to restore them with: each search reads the text, so a record with more is a record to look at whole. */
const MAX_BREAK_HINTS = 20;

/**
 * Signs of a lost paragraph break: a line that ends a sentence well short of
 * the margin inside a paragraph (the typesetter ended a paragraph there), and
 * paragraphs far longer than the others.
 */
export function lostBreaks(paras: RecordLine[][], paragraphs: string[]): { breaks: LostBreak[]; long: LongParagraph[]; unshownBreaks: number } {
  const widths = paras.flatMap((lines) => lines.slice(0, -1).map((l) => l.text.length));
  const margin = median(widths);
  const breaks: LostBreak[] = [];
  let unshownBreaks = 0;
  paras.forEach((lines, pi) => {
    for (let i = 0; i + 1 < lines.length; i++) {
      const { text } = lines[i];
      const next = lines[i + 1];
      if (widths.length >= 5 && text.length < 0.7 * margin && /[.!?]["”’)]?$/u.test(text) && /^["“‘(]?[\p{Lu}\p{N}]/u.test(next.text)) {
        if (breaks.length === MAX_BREAK_HINTS) {
          unshownBreaks++;
          continue;
        }
        const at = paragraphs[pi].indexOf(next.text);
        breaks.push({ paragraph: pi + 1, line: next.line, before: uniquePhrase(paragraphs[pi].slice(at, at + 2000), paragraphs) });
      }
    }
  });
  const counts = paragraphs.map((p) => p.split(/\s+/).length);
  const m = median(counts);
  const long = counts.flatMap((words, i) => ((words > 2 * m && words >= 100) || words > 300 ? [{ paragraph: i + 1, words, median: m }] : []));
  return { breaks, long, unshownBreaks };
}

/** The record unwrapped as the check reads it, with the file's lines of each paragraph. */
export function unwrap(record: string): { paragraphs: string[]; lines: RecordLine[][] } {
  const paragraphs = recordParagraphs(record);
  const lines = paragraphLines(record);
  if (lines.length !== paragraphs.length) throw new Error(`internal: ${lines.length} blocks of lines for ${paragraphs.length} paragraphs`);
  return { paragraphs, lines };
}
