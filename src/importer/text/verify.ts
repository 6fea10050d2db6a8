/**
 * Proof, before anything is written, that the statement will build: its body
 * parses as MDX (with the site's own parser, src/markdown/statement-parser.ts) into paragraphs
 * of plain text (with its corrections and furniture marked), each reads
 * exactly as intended, one sentence a line, and the whole passes the record
 * check word for word.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { compareWithRecord, recordParagraphs } from '../../lib/model/record/record.ts';
import { collapseSpace } from '../../lib/model/text/text.ts';
import { parseStatementBody } from '../../markdown/statement-parser.ts';

/** What the importer may write inside a paragraph: text, the bold label, corrections and furniture. */
const allowed = new Set(['text', 'strong', 'mdxJsxTextElement']);
const elements = new Set(['Corr', 'Furniture']);

type Node = Root['children'][number] | PhrasingContent;

const attr = (node: MdxJsxTextElement, name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** The text as a reader sees it (furniture left out) or as the record reads it (corrections undone, furniture kept). */
function textOf(node: Node, as: 'reader' | 'record'): string {
  if (node.type === 'mdxJsxTextElement') {
    if (node.name === 'Furniture') return as === 'record' ? toString(node) : '';
    if (as === 'record') return String(attr(node, 'sic') ?? '');
  }
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Node[]).map((c) => textOf(c, as)).join('');
  return '';
}

/** A paragraph's sentences: its lines (a line end in its own text ends a sentence), as a reader sees each. */
function sentencesOf(p: Paragraph): string[] {
  const out: string[] = [];
  let current = '';
  for (const child of p.children) {
    if (child.type !== 'text') {
      current += textOf(child, 'reader');
      continue;
    }
    const [first, ...rest] = child.value.split('\n');
    current += first;
    for (const line of rest) {
      out.push(current);
      current = line;
    }
  }
  out.push(current);
  return out.map(collapseSpace).filter(Boolean);
}

export interface ParsedBody {
  /** Each paragraph's text as the site reads it (white space collapsed). */
  texts: string[];
  /** Each paragraph's text as the record check reads it. */
  records: string[];
  /** Each paragraph's sentences, as the site numbers them. */
  sentences: string[][];
}

/** Parses the body, or throws naming the first problem. */
export function parsedParagraphs(mdx: string): ParsedBody {
  const tree = parseStatementBody(mdx);
  const out: ParsedBody = { texts: [], records: [], sentences: [] };
  for (const node of tree.children) {
    if (node.type !== 'paragraph') throw new Error(`line ${node.position?.start.line}: the body would hold a ${node.type}, not a paragraph`);
    visit(node, (child) => {
      if (child === node) return;
      if (!allowed.has(child.type)) throw new Error(`line ${child.position?.start.line}: the text would hold a ${child.type}`);
      if (child.type === 'mdxJsxTextElement' && !elements.has(child.name ?? '')) throw new Error(`line ${child.position?.start.line}: the text would hold <${child.name}>`);
    });
    out.texts.push(collapseSpace(textOf(node, 'reader')));
    out.records.push(collapseSpace(textOf(node, 'record')));
    out.sentences.push(sentencesOf(node));
  }
  return out;
}

/** Throws unless the body parses to exactly `plain` and passes the record check against `record`. */
export function verifyBody(mdx: string, plain: string[], record: string): ParsedBody {
  const parsed = parsedParagraphs(mdx);
  parsed.texts.forEach((t, i) => {
    if (t !== collapseSpace(plain[i] ?? '')) throw new Error(`¶${i + 1} would read "${t.slice(0, 60)}…", not the record's text`);
  });
  if (parsed.texts.length !== plain.length) throw new Error(`the body parses into ${parsed.texts.length} paragraphs, not ${plain.length}`);
  const diffs = compareWithRecord(parsed.records, recordParagraphs(record));
  if (diffs.length) throw new Error(`the record check would fail: ${diffs[0].message}`);
  return parsed;
}
