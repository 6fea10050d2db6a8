/**
 * remark-sentences: gives every sentence of a statement an element of its own
 * (`<span class="s" id="p3-s2">`), so that a reader can link, cite and quote
 * one sentence; remark-paragraphs then numbers them. A sentence is a line of
 * the paragraph's own text in the MDX (the importer writes one sentence a
 * line, src/lib/model/text/sentences.ts): an editor moves a boundary by moving a
 * line break, and the frozen ids (fixity) show the change. A line end inside
 * a mention or a correction ends nothing; a line that holds no words (only
 * the record's furniture) is no sentence.
 */
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isStatement, topParagraphs } from './statement-file.ts';

/** The mdast node of a sentence: its children are the line's; rendered as a span. */
export interface SentenceNode {
  type: 'sentence';
  children: PhrasingContent[];
  data: { hName: 'span'; hProperties: { className: string[] } };
}

/** The paragraph's children cut at line ends of its own text nodes: one list a line. */
function lines(p: Paragraph): PhrasingContent[][] {
  const out: PhrasingContent[][] = [[]];
  for (const child of p.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      out[out.length - 1].push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1].push({ type: 'text', value: part });
    });
  }
  return out;
}

/** Whether a line has words a reader sees (furniture has none). */
const hasWords = (nodes: PhrasingContent[]) => nodes.some((n) => n.type !== ('furniture' as string) && toString(n).trim() !== '');

export function wrapSentences(p: Paragraph): void {
  const children: PhrasingContent[] = [];
  lines(p).forEach((line, i) => {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    if (!hasWords(line)) return children.push(...line);
    const sentence: SentenceNode = { type: 'sentence', children: line, data: { hName: 'span', hProperties: { className: ['s'] } } };
    children.push(sentence as unknown as PhrasingContent);
  });
  p.children = children;
}

export default function remarkSentences() {
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;
    for (const p of topParagraphs(tree, file)) wrapSentences(p);
  };
}
