/**
 * remark-paragraphs: gives every paragraph of a statement its permanent number
 * and id (p1, p2, … in the order of the record) and hands the compiler what it
 * needs to know about the text, through the front matter: each paragraph's
 * plain text, and each entity mention with its character offsets in it.
 * Statements hold paragraphs only; anything else fails the build at its line.
 */
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Mention, ParagraphData } from '../lib/model/statement.ts';
import { fail, frontmatterOf, isStatement, topParagraphs } from './statement-file.ts';

export type { Mention, ParagraphData };

const allowedPhrasing = new Set(['text', 'strong', 'emphasis', 'break', 'link', 'correction']);
/** Collapses white space in place (soft line breaks become spaces) and trims the paragraph's ends. */
function normaliseSpace(p: Paragraph) {
  const texts: { value: string }[] = [];
  visit(p, 'text', (t) => {
    t.value = t.value.replace(/[ \t\r\n]+/g, ' ');
    texts.push(t);
  });
  if (texts.length) {
    texts[0].value = texts[0].value.trimStart();
    texts[texts.length - 1].value = texts[texts.length - 1].value.trimEnd();
  }
}

/** The paragraph's text, and the offsets of each mention in it. */
export function readParagraph(p: Paragraph, n: number): { text: string; mentions: Mention[] } {
  let text = '';
  const mentions: Mention[] = [];
  const walk = (node: PhrasingContent) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) {
      const start = text.length;
      (node.children as PhrasingContent[]).forEach(walk);
      if (node.type === 'link' && node.data?.mention) {
        mentions.push({ ...node.data.mention, paragraph: n, start, end: text.length, text: text.slice(start, text.length) });
      }
    }
  };
  p.children.forEach(walk);
  return { text, mentions };
}

export default function remarkParagraphs() {
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;
    const paragraphs: ParagraphData[] = [];
    const mentions: Mention[] = [];
    for (const node of topParagraphs(tree, file)) {
      visit(node, (child) => {
        if (child !== node && !allowedPhrasing.has(child.type)) fail(file, `unexpected ${child.type} in a paragraph`, child);
      });
      const n = paragraphs.length + 1;
      normaliseSpace(node);
      const read = readParagraph(node, n);
      if (!read.text) fail(file, `paragraph ${n} is empty`, node);
      paragraphs.push({ n, id: `p${n}`, text: read.text });
      mentions.push(...read.mentions);
    }
    if (paragraphs.length === 0) fail(file, 'the statement has no text: a statement needs at least one paragraph');
    const fm = frontmatterOf(file);
    fm.paragraphs = paragraphs;
    fm.mentions = mentions;
  };
}
