/**
 * The statement's body: one MDX paragraph per record paragraph, one sentence
 * per line (soft line breaks, which render as spaces, so that a later edit
 * shows as a one-line diff), the speaker's label in bold as ¶1 opens, book
 * typography, and every character that MDX or Markdown would read as syntax
 * escaped, so that the page prints exactly the record's words.
 */
import { typeset } from '../lib/model/text.ts';

/** Words after which a full stop does not end a sentence. */
const abbreviation = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mmes|Messrs|Dr|Prof|No|Nos|St|Art|Arts|para|paras|e\.g|i\.e|cf|vs|Jr|Sr|Gen|Amb|Rev|Sen|H\.E|[A-Z]|[A-Z]\.[A-Z])$/u;

/** Splits a paragraph into sentences at ". " before a capital or a digit, not after an abbreviation or initial. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*( +)(?=["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const end = m.index + m[0].length - m[1].length;
    if (m[0][0] === '.' && abbreviation.test(text.slice(from, m.index))) continue;
    out.push(text.slice(from, end));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.filter((s) => s !== '');
}

/**
 * Escapes what MDX (with GFM) would read as syntax. Any ASCII punctuation may
 * be escaped with a backslash in CommonMark and MDX, so escaping is always
 * safe; it is done for the characters that open a construct anywhere
 * (emphasis, code, links, JSX, expressions, references, tables,
 * strikethrough) and, at the start of a line, for those that open a block
 * (headings, quotes, lists, setext underlines, thematic breaks, MDX's import
 * and export). Bare web and mail addresses are escaped too (`http\://`,
 * `www\.`, `\@`): the parser would otherwise read them from the source, where
 * a backslash inside one is not an escape; GFM still makes links of them, from
 * the text once read, so their text is exactly what is printed.
 */
export function escapeMdx(line: string): string {
  return line
    .replace(/[\\`*_{}[\]<>|~@]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    // MDX reads a line starting "import " or "export " as JavaScript; a
    // character reference for the first letter keeps it text.
    .replace(/^(i)(?=mport\s)|^(e)(?=xport\s)/, (l: string) => `&#${l.charCodeAt(0)};`);
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Book typography the edition sets and the record check folds back: curly
 * quotes, an en dash between years, and no-break spaces that keep a title with
 * its name (Mr. Laborde), a month with its year or day (September 2014,
 * 19 November) and an amount with its unit ($600 million).
 */
export function typography(text: string): string {
  return typeset(text)
    .replace(/\b((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)\b/g, (all, a: string, b: string) => (Number(b) > Number(a) ? `${a}–${b}` : all))
    .replace(/\b(Mr|Mrs|Ms|Dr|Mmes|Messrs)\. (?=\p{Lu})/gu, '$1.\u00a0')
    .replace(new RegExp(`\\b(${months}) (?=\\d)`, 'g'), '$1\u00a0')
    .replace(new RegExp(`\\b(\\d{1,2}) (?=(?:${months})\\b)`, 'g'), '$1\u00a0')
    .replace(/([$€£]\d[\d,.]*) (?=(?:million|billion|trillion)\b)/g, '$1\u00a0');
}

export interface Body {
  /** The MDX text. */
  mdx: string;
  /** Each paragraph's text as a reader sees it (label included). */
  plain: string[];
}

/**
 * Builds the body from the record's paragraphs; `labelEnd` is the length of
 * ¶1's label with its colon ("Mr. Abdrakhmanov (Kazakhstan):"), set in bold.
 */
export function statementBody(paragraphs: string[], labelEnd: number): Body {
  const plain: string[] = [];
  const blocks = paragraphs.map((p, i) => {
    const label = i === 0 ? p.slice(0, labelEnd) : '';
    const after = i === 0 ? p.slice(labelEnd) : p;
    const gap = /^\s/.test(after) ? ' ' : '';
    const rest = typography(after.trimStart());
    const shownLabel = typography(label);
    plain.push(label ? `${shownLabel}${rest ? gap : ''}${rest}` : rest);
    const lines = sentences(rest).map(escapeMdx);
    if (label) {
      const inner = escapeMdx(shownLabel).replace(/^\\([#+\-=])/, '$1');
      // "**Label:** text". With no space after the colon, "**Label**:text":
      // a closing ** between a colon and a letter would not close.
      if (!lines.length) lines.push(`**${inner}**`);
      else if (gap) lines[0] = `**${inner}** ${lines[0]}`;
      else lines[0] = `**${inner.replace(/:$/, '')}**:${lines[0]}`;
    }
    return lines.join('\n');
  });
  return { mdx: `${blocks.join('\n\n')}\n`, plain };
}
