/**
 * The citation data of a statement: the edition's own plain "cite as" line
 * and the CSL-JSON item from which src/lib/citation/citeproc.ts renders the styles
 * (Chicago, APA, MLA, OSCOLA) with citeproc-js at build time, and
 * src/lib/citation/bibtex.ts the BibTeX/BibLaTeX entries. Pure functions of the
 * statement's metadata, so the page, the data files and the tests agree.
 *
 * How uncertainty shows: while `meeting.status` is 'probable', the plain line
 * marks the record symbol and the date "(probable)"; the CSL item's dates
 * carry `circa` (styles print "[2014?]" or "ca. 2014") and its event, which
 * every style prints for a speech, ends "(identification probable)". When
 * the status is 'unknown', no record symbol is given and the date is the year.
 *
 * A paragraph is not a work of its own: it is cited as the statement with a
 * locator ("para. 3"), so the CSL item of every paragraph is the statement's
 * (one id), and a reference list holding both has one entry, not 2014a/2014b.
 *
 * Also the pieces the page script needs to quote a selection: the quote
 * formatter and the text fragment (`:~:text=`) of a quote. This module has no
 * imports with side effects, so the browser bundle takes only what it uses.
 */
import type { StatementMeta } from '../model/schemas/statement.ts';

/** What a citation needs of the statement's metadata (a `StatementMeta` is one). */
export type CitationMeta = Pick<StatementMeta, 'title' | 'speaker' | 'country' | 'body' | 'meeting' | 'year' | 'language'>;

export interface CitationInput {
  meta: CitationMeta;
  slug: string;
  /** Paragraph number; without it the whole statement is cited. */
  n?: number;
  /** Absolute permanent URL of what is cited: the page, or the paragraph (…/#pN). */
  url: string;
}

/** A CSL date: parts, and `circa` when the date is an inference. */
export interface CslDate {
  'date-parts': [number[]];
  circa?: boolean;
}

/** A CSL-JSON item (the fields this edition fills). */
export interface CslItem {
  id: string;
  type: 'speech';
  title: string;
  author: { family: string; given?: string }[];
  issued: CslDate;
  /** When the meeting took place: the date MLA prints for a speech. */
  'event-date': CslDate;
  genre: string;
  /** The meeting (CSL 1.0.2 name) … */
  'event-title': string;
  /** … and its CSL 1.0.1 name, which most styles in use still read. */
  event: string;
  /** The record symbol, when the meeting is identified. */
  number?: string;
  language: string;
  URL: string;
  note?: string;
}

export interface Citations {
  plain: string;
  csl: CslItem;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The speaker's name split for reference lists: the last word is the family name. */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length ? { family, given: words.join(' ') } : { family };
}

/** "Open debate on …" → "open debate on …" inside a sentence (acronyms such as "CTC …" are kept). */
function midSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

/** The date to cite: the meeting's (partial) date unless the identification is unknown, else the year. */
function citedDate(meta: CitationMeta): DateParts {
  if (meta.meeting.status !== 'unknown' && meta.meeting.date) {
    const [y, m, d] = meta.meeting.date.split('-').map(Number);
    return { y, m, d };
  }
  return { y: meta.year };
}

/** 19 November 2014 / November 2014 / 2014 */
const dayMonthYear = ({ y, m, d }: DateParts) => [d, m && MONTHS[m - 1], y].filter(Boolean).join(' ');

/** "Statement by the representative of Kazakhstan", or "Statement" when the record names no State. */
export const genreOf = (meta: Pick<CitationMeta, 'country'>) => (meta.country ? `Statement by the representative of ${meta.country}` : 'Statement');

/** The plain "cite as" line and the CSL-JSON item of the statement (or of paragraph `n`: the same item). */
export function citations({ meta, slug, n, url }: CitationInput): Citations {
  const probable = meta.meeting.status === 'probable';
  const record = meta.meeting.status !== 'unknown' ? meta.meeting.record : undefined;
  const date = citedDate(meta);
  const exactDate = date.m !== undefined;
  const mark = (s: string) => (probable ? `${s} (probable)` : s);
  const who = meta.country ? `${meta.speaker.name} (${meta.country})` : meta.speaker.name;
  // The meeting: its record symbol when identified, else what is known of it.
  const meeting = record ? mark(record) : midSentence(meta.meeting.description);
  // "probable" belongs to the date only when the date comes from the identified meeting.
  const dated = exactDate ? mark(dayMonthYear(date)) : dayMonthYear(date);

  const plain = [who, `“${meta.title}”`, meta.body, meeting, dated, n && `¶ ${n}`].filter(Boolean).join(', ') + `. ${url}`;

  const parts = [date.y, ...(date.m ? [date.m] : []), ...(date.d ? [date.d] : [])];
  const cslDate: CslDate = { 'date-parts': [parts], ...(probable ? { circa: true } : {}) };
  const event = `${meta.body}, ${midSentence(meta.meeting.description)}${probable ? ' (identification probable)' : ''}`;
  const cslNote = [
    probable && `The identification of the ${record ? `record (${record}) and ` : ''}date is probable.`,
    meta.meeting.status === 'unknown' && 'The meeting and its record are not identified.',
  ]
    .filter(Boolean)
    .join(' ');
  const csl: CslItem = {
    id: slug,
    type: 'speech',
    title: meta.title,
    author: [splitName(meta.speaker.name)],
    issued: cslDate,
    'event-date': cslDate,
    genre: genreOf(meta),
    'event-title': event,
    event,
    ...(record ? { number: record } : {}),
    language: meta.language,
    // The work's address: a paragraph is a locator within it, not a work of its own.
    URL: url.replace(/#.*$/, ''),
    ...(cslNote ? { note: cslNote } : {}),
  };

  return { plain, csl };
}

/** A quote with its citation, as copied from a selection: “quote” — citation. */
export function quoteWithCitation(quote: string, citation: string): string {
  return `“${quote.replace(/\s+/g, ' ').trim()}” — ${citation}`;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * Widens [start, end) of `text` to whole words (text fragments match whole
 * words only) and trims white space at its ends.
 */
export function wordBounds(text: string, start: number, end: number): [number, number] {
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Percent-encodes a text fragment term: `-`, `,` and `&` are syntax there. */
const fragmentTerm = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * The text directive for a quote: `text=<quote>` for a short quote (up to
 * eight words), else `text=<first words>,<last words>`. The start grows word
 * by word while `isUnique` says that it also occurs elsewhere on the page
 * (matching is case-insensitive, so the page script lowercases). A short quote
 * that occurs earlier on the page too gets a prefix, the words just before it
 * in its paragraph (`before`), grown until the match is the selected one.
 */
export function textFragment(quote: string, isUnique: (text: string) => boolean = () => true, before = ''): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= 8) {
    const q = words.join(' ');
    const prior = before.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
    let p = 0;
    while (p < Math.min(prior.length, 8) && !isUnique([...prior.slice(prior.length - p), q].join(' '))) p++;
    const prefix = p > 0 ? `${fragmentTerm(prior.slice(prior.length - p).join(' '))}-,` : '';
    return `text=${prefix}${fragmentTerm(q)}`;
  }
  let k = 4;
  while (k < words.length - 4 && !isUnique(words.slice(0, k).join(' '))) k++;
  const rest = Math.min(4, words.length - k);
  return `text=${fragmentTerm(words.slice(0, k).join(' '))},${fragmentTerm(words.slice(-rest).join(' '))}`;
}

/**
 * A style's citation of paragraph n, from the two parts the style printed
 * around the paragraph's number (src/lib/citation/citeproc.ts); or of a
 * sentence, with its locator (`sentenceLocator`) in the number's place.
 */
export const paragraphCitation = (style: { paragraph: readonly [string, string] }, n: number | string) => `${style.paragraph[0]}${n}${style.paragraph[1]}`;

/** The locator of sentence m of paragraph n, where the styles print a paragraph's number: "para. 1, sentence 3". */
export const sentenceLocator = (n: number, m: number) => `${n}, sentence ${m}`;

/**
 * The plain "cite as" line of sentence m, from paragraph n's (`…, ¶ 1. <url>#p1`):
 * "¶ 1, sentence 3" and the sentence's address (`#p1-s3`). A sentence, like a
 * paragraph, is a locator within the statement, not a work of its own.
 */
export function sentencePlain(paragraphPlain: string, n: number, m: number): string {
  const at = paragraphPlain.lastIndexOf(`¶ ${n}. `);
  if (at === -1) return paragraphPlain;
  const url = paragraphPlain.slice(at + `¶ ${n}. `.length);
  return `${paragraphPlain.slice(0, at)}¶ ${n}, sentence ${m}. ${url}-s${m}`;
}
