/**
 * The record as received, and the proof that the edition keeps it word for word.
 *
 * The record is the hard-wrapped text of the official verbatim record. The
 * edition joins its lines, restores lost paragraph breaks, sets typography and
 * marks each editorial correction. `compareWithRecord` undoes exactly those
 * changes and reports the first place where anything else differs.
 */
import { collapseSpace, foldTypography, showInvisible } from '../text/text.ts';

/**
 * Splits the record into paragraphs (blank-line separated) and joins the
 * hard-wrapped lines. A line that ends in a hyphen joins the next with no space
 * and keeps the hyphen: in this record every line-end hyphen is a real one
 * ("long-term", "Counter-Terrorism"); so does a split word rejoined with a space
 * (`joinSplitWords`).
 */
export function recordParagraphs(record: string): string[] {
  return record
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    // Joined in one pass: asking a growing string whether it ends in "-" at
    // each line would copy it each time (quadratic on a long paragraph).
    .map((lines) => joinSplitWords(lines.map((line, i) => (i === 0 || lines[i - 1].endsWith('-') ? line : ` ${line}`)).join('')));
}

/**
 * A word split at a line end whose line break became a space in extraction
 * ("Secretary- General", "counter- terrorism" in the corpus's one-line files):
 * a hyphen after a letter, one space, a letter. It is joined as a line-end
 * hyphen is, hyphen kept. A suspended hyphen ("pre- and post-electoral") and a
 * dash between spaces ("a - b") are not split words and stay.
 */
export const SPLIT_WORD = /(?<=\p{L})- (?!(?:and|or|nor|to|as well|but|&)[\s,])(?=\p{L})/gu;

export function joinSplitWords(paragraph: string): string {
  return paragraph.replace(SPLIT_WORD, '-');
}

/** Splits record paragraphs again where the edition restores a lost break (before each given phrase). */
export function restoreBreaks(paragraphs: string[], before: string[]): { paragraphs: string[]; missing: string[] } {
  const missing: string[] = [];
  let out = [...paragraphs];
  for (const phrase of before) {
    let found = false;
    out = out.flatMap((p) => {
      const at = p.indexOf(phrase);
      if (at <= 0) return [p];
      found = true;
      return [p.slice(0, at).trimEnd(), p.slice(at)];
    });
    if (!found) missing.push(phrase);
  }
  return { paragraphs: out, missing };
}

export interface RecordDifference {
  /** 1-based paragraph of the edition (or of the record, when the edition has too few). */
  paragraph: number;
  message: string;
}

// Compared in Unicode's composed form (NFC): "société" typed with a combining accent is the same word.
const words = (s: string) => collapseSpace(foldTypography(s.normalize('NFC'))).split(' ').filter(Boolean);
const quoted = (ws: string[]) => `"${showInvisible(ws.join(' ')) || '(end)'}"`;

/**
 * Compares the edition's paragraphs, as the record would print them (each
 * correction replaced by the record's reading), with the record's paragraphs.
 * Returns nothing when they agree word for word.
 */
export function compareWithRecord(edition: string[], record: string[]): RecordDifference[] {
  const diffs: RecordDifference[] = [];
  const n = Math.max(edition.length, record.length);
  for (let i = 0; i < n; i++) {
    if (i >= edition.length) {
      diffs.push({ paragraph: i + 1, message: `the record has a paragraph ${i + 1} that the edition lacks ("${record[i].slice(0, 50)}…")` });
      continue;
    }
    if (i >= record.length) {
      diffs.push({ paragraph: i + 1, message: `paragraph ${i + 1} is not in the record ("${edition[i].slice(0, 50)}…")` });
      continue;
    }
    const a = words(edition[i]);
    const b = words(record[i]);
    const k = a.findIndex((w, j) => w !== b[j]);
    const at = k === -1 ? (a.length === b.length ? -1 : Math.min(a.length, b.length)) : k;
    if (at === -1) continue;
    const context = showInvisible(b.slice(Math.max(0, at - 3), at).join(' '));
    diffs.push({
      paragraph: i + 1,
      message:
        `paragraph ${i + 1} differs from the record after "${context}": ` +
        `the edition has ${quoted(a.slice(at, at + 4))}, the record ${quoted(b.slice(at, at + 4))}. ` +
        'Mark an editorial correction as <Corr sic="record reading">correction</Corr>.',
    });
  }
  return diffs;
}
