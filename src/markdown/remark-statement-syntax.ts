/**
 * remark-statement-syntax: a statement is data, the text of a record. It holds
 * paragraphs of words, which only the speaker's bold label, emphasis, mentions
 * (`<Term>`), corrections (`<Corr>`) and the record's page furniture
 * (`<Furniture kind>`) may wrap. A link, an image, HTML, code,
 * an import or export, an expression in braces or any other element fails the
 * build at its line, before anything else reads the text.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describeNode, fail, isStatement, topParagraphs } from './statement-file.ts';

const allowedPhrasing = new Set(['text', 'strong', 'emphasis', 'break', 'mdxJsxTextElement']);

/** The attributes each element takes: name → whether it is a flag (no value). */
const allowedAttributes: Record<string, Record<string, 'string' | 'flag'>> = {
  Term: { id: 'string', probable: 'flag' },
  Corr: { sic: 'string' },
  Furniture: { kind: 'string' },
};

export default function remarkStatementSyntax() {
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;
    for (const paragraph of topParagraphs(tree, file)) {
      visit(paragraph, (node) => {
        if (node === paragraph) return;
        if (!allowedPhrasing.has(node.type)) fail(file, `a statement's paragraph may not hold ${describeNode(node)}`, node);
        if (node.type !== 'mdxJsxTextElement') return;
        const allowed = allowedAttributes[node.name ?? ''];
        if (!allowed) fail(file, `unknown element <${node.name ?? ''}>: statements use <Term>, <Corr> and <Furniture> only`, node);
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute') fail(file, `<${node.name}>: attributes are plain names and values (no {…} expressions)`, node);
          const kind = allowed[attr.name];
          if (!kind) fail(file, `<${node.name}> takes ${Object.keys(allowed).join(', ')}; not "${attr.name}"`, node);
          const ok = kind === 'flag' ? attr.value === null || attr.value === undefined : typeof attr.value === 'string';
          if (!ok) fail(file, `<${node.name} ${attr.name}>: ${kind === 'flag' ? 'a flag takes no value' : 'expected a quoted value'}`, node);
        }
      });
    }
  };
}
