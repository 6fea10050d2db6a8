/**
 * Proof, before anything is written, that the statement will build: its body
 * parses as MDX (with GFM, as the site's processor reads it) into paragraphs
 * of plain text, each reads exactly as intended, and the whole passes the
 * record check word for word.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { compareWithRecord, recordParagraphs } from '../lib/model/record.ts';
import { collapseSpace } from '../lib/model/text.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** What the importer may write inside a paragraph: text, the bold label, and the links GFM makes of bare addresses. */
const allowed = new Set(['text', 'strong', 'link']);

/**
 * Parses the body and returns each paragraph's text as the site reads it
 * (white space collapsed), or throws naming the first problem.
 */
export function parsedParagraphs(mdx: string): string[] {
  const tree = parser.parse(mdx) as Root;
  const texts: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') throw new Error(`line ${node.position?.start.line}: the body would hold a ${node.type}, not a paragraph`);
    visit(node, (child) => {
      if (child !== node && !allowed.has(child.type)) throw new Error(`line ${child.position?.start.line}: the text would hold a ${child.type}`);
    });
    texts.push(collapseSpace(toString(node)));
  }
  return texts;
}

/** Throws unless the body parses to exactly `plain` and passes the record check against `record`. */
export function verifyBody(mdx: string, plain: string[], record: string): string[] {
  const texts = parsedParagraphs(mdx);
  texts.forEach((t, i) => {
    if (t !== collapseSpace(plain[i] ?? '')) throw new Error(`¶${i + 1} would read "${t.slice(0, 60)}…", not the record's text`);
  });
  if (texts.length !== plain.length) throw new Error(`the body parses into ${texts.length} paragraphs, not ${plain.length}`);
  const diffs = compareWithRecord(texts, recordParagraphs(record));
  if (diffs.length) throw new Error(`the record check would fail: ${diffs[0].message}`);
  return texts;
}
