/** Small text helpers shared by the build plugins, the data checks and the tests. */

/** Folds typography that the edition adds (curly quotes, dashes, no-break spaces) back to the record's ASCII. */
export function foldTypography(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Collapses runs of ASCII white space (not no-break spaces) to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The form used to compare names: typography folded, white space collapsed, lower case. */
export function nameKey(s: string): string {
  return collapseSpace(foldTypography(s)).toLowerCase();
}

/**
 * Book typography for prose typed with straight quotes (glossary and notes
 * data): “double”, ‘single’ and apostrophes’ curly forms.
 */
export function typeset(s: string): string {
  return s
    .replace(/(^|[\s([{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/** The first sentence of a note, for where the whole note does not fit; cut at a word if long. */
export function firstSentence(text: string, max = 220): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const abbreviation = /(?:^|[\s(])(?:Mr|Ms|Mrs|Dr|No|St|Art|para|paras|e\.g|i\.e|cf|vs|[A-Z])$/;
  let end = t.length;
  for (const m of t.matchAll(/[.!?](?= [“‘"'(A-Z0-9])/g)) {
    if (!abbreviation.test(t.slice(0, m.index))) {
      end = m.index + 1;
      break;
    }
  }
  const sentence = t.slice(0, end);
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, cut > 0 ? cut : max - 1).replace(/[,;:]$/, '')}…`;
}

/**
 * Shows the characters a reader cannot see (controls, format characters such
 * as U+200B or U+202E, and non-ASCII spaces) as `U+XXXX`, for messages that
 * must make an invisible difference visible.
 */
export function showInvisible(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu, (c) =>
    c === '\n' ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
