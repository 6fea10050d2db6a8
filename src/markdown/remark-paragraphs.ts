/**
 * remark-paragraphs: gives every paragraph of a statement its permanent number
 * and id (p1, p2, … in the order of the record) and hands the compiler what it
 * needs to know about the text, through the front matter: each paragraph's
 * plain text, and each entity mention with its character offsets in it;
 * each sentence (remark-sentences) its id `p<N>-s<M>` and offsets; the
 * record's furniture where it stood (then taken out of the page); and, where
 * the record lost its breaks, the edition's reading blocks.
 * Statements hold paragraphs only; anything else fails the build at its line.
 */
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { FurnitureData, Mention, ParagraphData, SentenceData } from '../lib/model/statement/statement.ts';
import { sentenceId } from '../lib/model/text/sentences.ts';
import { readingBlocks } from '../lib/model/text/reading-blocks.ts';
import { fail, frontmatterOf, isStatement, topParagraphs } from './statement-file.ts';

export type { Mention, ParagraphData };

const allowedPhrasing = new Set(['text', 'strong', 'emphasis', 'break', 'link', 'correction', 'sentence', 'furniture']);
/**
 * Collapses white space in place (soft line breaks become spaces) and trims
 * the paragraph's ends. A space after a space is dropped across nodes too:
 * furniture between two spaces (a heading the record prints at a line's
 * start, "month.⏎<Furniture>…</Furniture> The agenda") leaves one, as the
 * importer's record check reads the text.
 */
function normaliseSpace(p: Paragraph) {
  const texts: { value: string }[] = [];
  visit(p, 'text', (t) => {
    t.value = t.value.replace(/[ \t\r\n]+/g, ' ');
    if (texts.at(-1)?.value.endsWith(' ')) t.value = t.value.replace(/^ /, '');
    texts.push(t);
  });
  if (texts.length) {
    texts[0].value = texts[0].value.trimStart();
    texts[texts.length - 1].value = texts[texts.length - 1].value.trimEnd();
  }
}

/** The paragraph's text, and the offsets of each mention, sentence and piece of furniture in it. */
export function readParagraph(p: Paragraph, n: number): { text: string; mentions: Mention[]; sentences: SentenceData[]; furniture: FurnitureData[] } {
  let text = '';
  const mentions: Mention[] = [];
  const sentences: SentenceData[] = [];
  const furniture: FurnitureData[] = [];
  const walk = (node: PhrasingContent) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ((node.type as string) === 'furniture') furniture.push({ ...(node.data as { furniture: Omit<FurnitureData, 'at'> }).furniture, at: text.length });
    else if ('children' in node) {
      const start = text.length;
      (node.children as PhrasingContent[]).forEach(walk);
      if (node.type === 'link' && node.data?.mention) {
        mentions.push({ ...node.data.mention, paragraph: n, start, end: text.length, text: text.slice(start, text.length) });
      }
      if ((node.type as string) === 'sentence') {
        const m = sentences.length + 1;
        const id = sentenceId(n, m);
        // The id on the element; its offsets without the spaces at its ends.
        (node.data as { hProperties: Record<string, unknown> }).hProperties.id = id;
        const lead = text.slice(start).length - text.slice(start).trimStart().length;
        sentences.push({ m, id, start: start + lead, end: start + text.slice(start).trimEnd().length });
      }
    }
  };
  p.children.forEach(walk);
  return { text, mentions, sentences, furniture };
}

/** Takes the furniture marks out of the page (their place is in the data). */
function dropFurniture(p: Paragraph) {
  visit(p, (node, index, parent) => {
    if ((node.type as string) !== 'furniture' || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return index;
  });
}

export default function remarkParagraphs() {
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;
    const paragraphs: ParagraphData[] = [];
    const mentions: Mention[] = [];
    const fm = frontmatterOf(file);
    for (const node of topParagraphs(tree, file)) {
      visit(node, (child) => {
        if (child !== node && !allowedPhrasing.has(child.type)) fail(file, `unexpected ${child.type} in a paragraph`, child);
      });
      const n = paragraphs.length + 1;
      normaliseSpace(node);
      const read = readParagraph(node, n);
      dropFurniture(node);
      if (!read.text) fail(file, `paragraph ${n} is empty`, node);
      const blocks = fm.breakless ? readingBlocks(read.sentences.map((x) => read.text.slice(x.start, x.end))) : undefined;
      paragraphs.push({
        n,
        id: `p${n}`,
        text: read.text,
        sentences: read.sentences,
        ...(blocks ? { blocks } : {}),
        ...(read.furniture.length ? { furniture: read.furniture } : {}),
      });
      mentions.push(...read.mentions);
    }
    if (paragraphs.length === 0) fail(file, 'the statement has no text: a statement needs at least one paragraph');
    fm.paragraphs = paragraphs;
    fm.mentions = mentions;
  };
}
