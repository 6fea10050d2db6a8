/**
 * Citations of a statement or of one of its paragraphs, in the formats readers
 * ask for: a plain "cite as" line, Chicago (notes-bibliography, note form),
 * APA 7, OSCOLA, BibTeX and CSL-JSON. Pure functions of the statement's
 * metadata, so the page, the data files and the tests build the same text.
 *
 * How uncertainty shows: while `meeting.status` is 'probable', the record
 * symbol and the date carry "probable" ("S/PV.7316 (probable)"); when it is
 * 'unknown', no record symbol is given (the meeting's description stands in
 * for it) and the date is the year only; when 'confirmed', no marker.
 *
 * Also the pieces the page script needs to quote a selection: the quote
 * formatter and the text fragment (`:~:text=`) of a quote. This module has no
 * imports with side effects, so the browser bundle takes only what it uses.
 */
import type { StatementMeta } from './schemas.ts';

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

/** A CSL-JSON item (the fields this edition fills). */
export interface CslItem {
  id: string;
  type: 'speech';
  title: string;
  author: { family: string; given?: string }[];
  issued: { 'date-parts': [number[]] };
  genre: string;
  'event-title': string;
  publisher: string;
  number?: string;
  language: string;
  URL: string;
  note?: string;
}

export interface Citations {
  plain: string;
  chicago: string;
  apa: string;
  oscola: string;
  bibtex: string;
  csl: CslItem;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MINOR = /^(a|an|and|as|at|but|by|for|from|in|into|nor|of|off|on|or|per|so|the|to|up|via|vs|with|yet)$/;
const BODY_ABBREVIATIONS: Record<string, string> = {
  'United Nations Security Council': 'UNSC',
  'United Nations General Assembly': 'UNGA',
};

/** The speaker's name split for reference lists: the last word is the family name. */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length ? { family, given: words.join(' ') } : { family };
}

/** Initials for APA: "Kairat" → "K.", "Jean-Paul" → "J.-P.". */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((w) => w.split('-').map((part) => `${part.charAt(0)}.`).join('-'))
    .join(' ');
}

/** Headline case for Chicago titles; words already capitalised stay as they are. */
export function headlineCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => (i > 0 && i < words.length - 1 && MINOR.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
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
/** November 19, 2014 / November 2014 / 2014 */
const monthDayYear = ({ y, m, d }: DateParts) => (m ? `${MONTHS[m - 1]} ${d ? `${d}, ` : ''}${y}` : String(y));
/** 2014, November 19 / 2014, November / 2014 */
const apaDate = ({ y, m, d }: DateParts) => (m ? `${y}, ${MONTHS[m - 1]}${d ? ` ${d}` : ''}` : String(y));

const bibEscape = (s: string) => s.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** Every citation of the statement, or of paragraph `n` of it. */
export function citations({ meta, slug, n, url }: CitationInput): Citations {
  const probable = meta.meeting.status === 'probable';
  const record = meta.meeting.status !== 'unknown' ? meta.meeting.record : undefined;
  const date = citedDate(meta);
  const exactDate = date.m !== undefined;
  const mark = (s: string, open = ' (', close = ')') => (probable ? `${s}${open}probable${close}` : s);
  const name = meta.speaker.name;
  const who = `${name} (${meta.country})`;
  const person = splitName(name);
  const genre = `Statement by the representative of ${meta.country}`;
  // The meeting: its record symbol when identified, else what is known of it.
  const meeting = record ? mark(record) : midSentence(meta.meeting.description);
  // "probable" belongs to the date only when the date comes from the identified meeting.
  const dated = (s: string, open?: string, close?: string) => (exactDate ? mark(s, open, close) : s);

  const plain = [who, `“${meta.title}”`, meta.body, meeting, dated(dayMonthYear(date)), n && `¶ ${n}`]
    .filter(Boolean)
    .join(', ') + `. ${url}`;

  const chicago =
    `${who}, “${headlineCase(meta.title)}” (statement, ${meta.body}, ` +
    (record ? '' : `${meeting}, `) +
    `${dated(monthDayYear(date), ' [', ']')})` +
    (record ? `, ${mark(record, ' [', ']')}` : '') +
    (n ? `, par. ${n}` : '') +
    `, ${url}.`;

  const apa =
    `${person.family}${person.given ? `, ${initials(person.given)}` : ''} (${dated(apaDate(date), ' [', ']')}). ` +
    `${meta.title} [${genre}${n ? `, para. ${n}` : ''}]. ${meta.body}, ${meeting}. ${url}`;

  const bodyShort = BODY_ABBREVIATIONS[meta.body] ?? meta.body;
  const oscolaDate = dated(dayMonthYear(date), ', ', '');
  const oscola =
    `${who}, ‘${meta.title}’, ` +
    (record
      ? `${bodyShort} Verbatim Record (${oscolaDate}) ${/United Nations/.test(meta.body) ? 'UN Doc ' : ''}${mark(record)}`
      : `${bodyShort}, ${meeting} (${oscolaDate})`) +
    (n ? `, para ${n}` : '') +
    ` <${url}>`;

  const key = `${person.family.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase()}${date.y}-${slug}${n ? `-p${n}` : ''}`;
  const noteParts = [genre, dayMonthYear(date) + (exactDate && probable ? ' (probable)' : ''), n && `para. ${n}`].filter(Boolean);
  const bibtex = [
    `@misc{${key},`,
    `  author = {${bibEscape(person.given ? `${person.family}, ${person.given}` : person.family)}},`,
    `  title = {{${bibEscape(meta.title)}}},`,
    `  howpublished = {${bibEscape(`${meta.body}, ${meeting}`)}},`,
    `  year = {${date.y}},`,
    ...(date.m ? [`  month = ${BIB_MONTHS[date.m - 1]},`] : []),
    `  note = {${bibEscape(noteParts.join(', '))}},`,
    `  url = {${url}}`,
    '}',
  ].join('\n');

  const cslNote = [
    n && `Paragraph ${n}.`,
    probable && `The identification of the ${record ? `record (${record}) and ` : ''}date is probable.`,
    meta.meeting.status === 'unknown' && 'The meeting and its record are not identified.',
  ]
    .filter(Boolean)
    .join(' ');
  const csl: CslItem = {
    id: `${slug}${n ? `-p${n}` : ''}`,
    type: 'speech',
    title: meta.title,
    author: [person],
    issued: { 'date-parts': [[date.y, ...(date.m ? [date.m] : []), ...(date.d ? [date.d] : [])]] },
    genre,
    'event-title': meta.meeting.description,
    publisher: meta.body,
    ...(record ? { number: record } : {}),
    language: meta.language,
    URL: url,
    ...(cslNote ? { note: cslNote } : {}),
  };

  return { plain, chicago, apa, oscola, bibtex, csl };
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
