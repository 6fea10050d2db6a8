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

/** The form used to compare names: NFC, typography folded, white space collapsed, lower case. */
export function nameKey(s: string): string {
  return collapseSpace(foldTypography(s)).toLowerCase().normalize('NFC');
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

/** Hexadecimal code point as Unicode writes it: `U+200B`, `U+1F600`. */
export function codePointName(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters a reader cannot see, or cannot tell apart from their neighbours:
 * controls, format characters (zero-width, bidi), separators other than the
 * ASCII space, combining marks (NFD "é" is "e" + U+0301), default-ignorables
 * and lone surrogates.
 */
const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Z}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The text for an error message, each invisible character written as an
 * escape (`a<U+200B>b`), so that two strings that look alike show how they differ.
 */
export function showInvisible(s: string): string {
  return s.replace(invisible, (c) => (c === ' ' ? c : `<${codePointName(c)}>`));
}

/** Control, format, private-use and surrogate code points, and the line and paragraph separators. */
const forbidden = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/gu;

/**
 * Why a string of the edition's data may not be published as it is: the code
 * points of any control or format character in it (zero-width, bidi controls,
 * BOM…), or undefined if it has none. Prose may keep line breaks and tabs
 * (`lines: true`); names and one-line texts may not.
 */
export function hiddenCharacters(s: string, { lines = false } = {}): string | undefined {
  const found = [...new Set(s.match(forbidden) ?? [])].filter((c) => !(lines && (c === '\n' || c === '\t')));
  if (found.length === 0) return undefined;
  return `contains ${found.map(codePointName).join(', ')} (a control or format character no reader can see): "${showInvisible(s)}"`;
}
