/**
 * Characters no reader can see — bidi controls (U+202E turns "(ecnarF)" into
 * what looks like "(France)"), zero-width spaces and joiners, other format
 * characters. In the speaker's label, which names a person and a State, they
 * are refused. In the record's text they may be real (a joiner in a name, a
 * right-to-left mark around a quotation), so they are kept as the record has
 * them and reported, each as its escape (`<U+200B>`), for an editor to look at.
 */
import { hiddenCharacters, showInvisible } from '../../lib/model/text/text.ts';

/** Why the label may not be used, or undefined. */
export function hiddenInLabel(printed: string): string | undefined {
  const why = hiddenCharacters(printed);
  return why && `the speaker label ${why}: retype it (a name is read where it is shown, linked and listed)`;
}

const format = /\p{Cf}/gu;

/** One warning per line of the record with a format character: its line, the characters and the line around them, escaped. */
export function hiddenInText(record: string, firstLine = 1): string[] {
  const out: string[] = [];
  record.split(/\r\n?|\n/).forEach((line, i) => {
    const found = [...new Set(line.match(format) ?? [])];
    if (!found.length) return;
    const at = line.search(format);
    const from = Math.max(0, at - 20);
    const around = `${from > 0 ? '…' : ''}${showInvisible(line.slice(from, at + 20))}${at + 20 < line.length ? '…' : ''}`;
    out.push(`record line ${i + firstLine}: ${found.map((c) => showInvisible(c)).join(' ')} (invisible; kept as the record has it) in "${around}": check it is meant`);
  });
  return out;
}
