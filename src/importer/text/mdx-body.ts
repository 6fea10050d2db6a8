/**
 * The statement's body: one MDX paragraph per record paragraph, one sentence
 * per line (soft line breaks, which render as spaces, so that a later edit
 * shows as a one-line diff), the speaker's label in bold as ¶1 opens, book
 * typography, and every character that MDX or Markdown would read as syntax
 * escaped, so that the page prints exactly the record's words.
 */
import { typeset } from '../../lib/model/text/text.ts';
import { sentenceBounds, splitSentences } from '../../lib/model/text/sentences.ts';
import type { FurnitureKind } from './furniture.ts';

/** Splits a paragraph into sentences (src/lib/model/text/sentences.ts), one a line in the MDX. */
export const sentences = splitSentences;

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

/** What the importer marks in a paragraph (offsets in the record's paragraph): furniture, or a correction. */
export interface Mark {
  start: number;
  end: number;
  furniture?: FurnitureKind;
  /** The edition's reading, for a correction (`<Corr sic="record's">corr</Corr>`). */
  corr?: string;
}

export interface Body {
  /** The MDX text. */
  mdx: string;
  /** Each paragraph's text as a reader sees it (label included, furniture left out, corrections made). */
  plain: string[];
}

/** A piece of a line: text to escape, furniture or a correction, from the paragraph's [start, end). */
function renderPiece(raw: string, shown: string, a: number, b: number, mark?: Mark): { mdx: string; reads: string } {
  if (!mark) return { mdx: escapeMdx(shown.slice(a, b)), reads: shown.slice(a, b) };
  if (mark.furniture) return { mdx: `<Furniture kind="${mark.furniture}">${escapeMdx(raw.slice(a, b))}</Furniture>`, reads: '' };
  const corr = typography(mark.corr!);
  return { mdx: `<Corr sic="${raw.slice(a, b)}">${escapeMdx(corr)}</Corr>`, reads: corr };
}

/**
 * The text after the label as MDX lines, one sentence a line. Sentences are
 * found with furniture blanked out (a running head between two sentences
 * ends the first) and one-for-one corrections made ("| thank" starts one);
 * furniture between two sentences stays at the end of the first. An agenda
 * heading is not blanked: the sentences are bounded as in the record's text,
 * so marking one moves no boundary ("Adoption of the agenda" opens the line
 * of "The agenda was adopted.", and a title standing after it has a line of
 * its own, which holds no sentence).
 */
function bodyLines(raw: string, marks: Mark[]): { lines: string[]; reads: string } {
  const shown = typography(raw);
  if (shown.length !== raw.length) throw new Error('internal: typography changed the length of the text');
  const masked = [...raw];
  for (const m of marks) {
    // An agenda heading is not blanked: the record's own sentences keep their bounds (and their frozen ids).
    if (m.furniture === 'agenda-heading') continue;
    for (let k = m.start; k < m.end; k++) masked[k] = m.furniture ? ' ' : m.corr!.length === m.end - m.start ? m.corr![k - m.start] : masked[k];
  }
  const starts = sentenceBounds(masked.join('')).map(([a]) => a);
  if (starts.length) starts[0] = 0;
  const lines: string[] = [];
  const reads: string[] = [];
  starts.forEach((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1] : raw.length;
    let mdx = '';
    let read = '';
    let at = from;
    for (const m of marks.filter((x) => x.start >= from && x.start < to)) {
      const t = renderPiece(raw, shown, at, m.start);
      const x = renderPiece(raw, shown, m.start, m.end, m);
      mdx += t.mdx + x.mdx;
      read += t.reads + x.reads;
      at = m.end;
    }
    const t = renderPiece(raw, shown, at, to);
    lines.push((mdx + t.mdx).trimEnd());
    reads.push(read + t.reads);
  });
  return { lines: lines.filter(Boolean), reads: reads.join('') };
}

/**
 * Builds the body from the record's paragraphs; `labelEnd` is the length of
 * ¶1's label with its colon ("Mr. Abdrakhmanov (Kazakhstan):"), set in bold.
 * `marks[i]` are paragraph i's furniture and corrections (after the label, in order).
 */
export function statementBody(paragraphs: string[], labelEnd: number, marks: Mark[][] = []): Body {
  const plain: string[] = [];
  const blocks = paragraphs.map((p, i) => {
    const label = i === 0 ? p.slice(0, labelEnd) : '';
    const after = i === 0 ? p.slice(labelEnd) : p;
    const gap = /^\s/.test(after) ? ' ' : '';
    const from = label.length + (after.length - after.trimStart().length);
    const own = (marks[i] ?? []).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
    if (own.some((m) => m.start < 0)) throw new Error(`internal: a mark inside the label of ¶${i + 1}`);
    const { lines, reads } = bodyLines(p.slice(from), own);
    const shownLabel = typography(label);
    plain.push(label ? `${shownLabel}${reads ? gap : ''}${reads}` : reads);
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
