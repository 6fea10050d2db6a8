/**
 * The speaker's label: what the record prints before the first colon of the
 * speech, e.g. `Mr. Abdrakhmanov (Kazakhstan)` or
 * `Mr. Delattre (France) (spoke in French)`. It gives the name, the State or
 * body in the first parenthesis and, in a later one, the language the speech
 * was delivered in when it is not the text's. Labels are read as printed:
 * `The PRESIDENT`, names in capitals, `President Abbas`, `Dato Lim Jock Hoi`,
 * a briefer with no country; and the marker of older records,
 * `(interpretation from French)`.
 */

export interface SpeakerLabel {
  /** The whole label as printed, without the colon. */
  printed: string;
  /** The label without the interpretation marker: `Mr. Delattre (France)`. */
  label: string;
  /** The name part: `Mr. Delattre`, `The President`. */
  name: string;
  /** The State or body in parentheses, if any. */
  country?: string;
  /** The interpretation marker's language (`French` for "(spoke in French)" or "(interpretation from French)"), if any. */
  spokeIn?: string;
  /** The marker as printed, e.g. `spoke in French`. */
  marker?: string;
  /**
   * Words of the speech that two-column extraction ran into the marker, as
   * printed (`I thank Mr. Mladenov for his briefing.` in `(spoke I thank Mr.
   * Mladenov for his briefing. in French)`): kept where the record has them,
   * and reported.
   */
  stray?: string;
}

/** Small words a name or title may hold in lower case ("The President of the General Assembly", "Mr. de Souza"). */
const particles = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e',
]);

/**
 * Reads the label at the start of the first paragraph, or returns a reason why
 * there is none. A label is short, starts with a capital, and its name part is
 * made of capitalised words (and the particles above), so that a first
 * sentence such as "We welcome the report: …" is not taken for one.
 */
export function parseLabel(firstParagraph: string): { label: SpeakerLabel } | { error: string } {
  const colon = firstParagraph.indexOf(':');
  if (colon === -1) return { error: 'no speaker label: the first paragraph has no colon (a record speech starts "Mr. Name (Country): …")' };
  const printed = firstParagraph.slice(0, colon).trim();
  const shown = printed.length > 60 ? `${printed.slice(0, 60)}…` : printed;
  const m = /^([^()]+?)((?:\s*\([^()]+\))*)$/u.exec(printed);
  if (!m || printed.length > 200) return { error: `no speaker label: "${shown}" (before the first colon) is not "Name (Country)"` };
  const name = m[1].trim();
  const words = name.split(/\s+/);
  const wordOk = (w: string) => /^[\p{Lu}\p{Lt}]/u.test(w) || particles.has(w.toLowerCase()) && /^\p{Ll}/u.test(w) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(w);
  if (!/^[\p{Lu}]/u.test(name) || words.length > 10 || !words.every(wordOk)) {
    return { error: `no speaker label: "${shown}" (before the first colon) does not read as a name` };
  }
  const groups = [...m[2].matchAll(/\(([^()]+)\)/g)].map((g) => g[1].trim());
  let country: string | undefined;
  let marker: string | undefined;
  let spokeIn: string | undefined;
  let stray: string | undefined;
  for (const g of groups) {
    // "(spoke in French)"; older records print "(interpretation from French)".
    const lang = /^(?:spoke in|interpretation from) (\p{Lu}[\p{L}-]*)$/u.exec(g);
    // The two-column scramble: "spoke", words of the speech, then "in French".
    const scrambled = /^(spoke|interpretation)\s+(.+?)\s+(in|from) (\p{Lu}[\p{L}-]*)$/u.exec(g);
    if (lang && !marker) {
      marker = g;
      spokeIn = lang[1];
    } else if (scrambled && !marker && (scrambled[1] === 'spoke') === (scrambled[3] === 'in')) {
      marker = g;
      spokeIn = scrambled[4];
      stray = scrambled[2];
    } else if (/^(?:spoke|interpretation)\b/.test(g)) {
      return { error: `speaker label "${shown}": cannot read the language marker "(${g})"` };
    } else if (!country && !marker) country = g;
    else return { error: `speaker label "${shown}": cannot tell what "(${g})" is` };
  }
  const label = [name, ...(country ? [`(${country})`] : [])].join(' ');
  return { label: { printed, label, name, country, spokeIn, marker, ...(stray ? { stray } : {}) } };
}
