/** What the statement plugins share: which files they act on and how they report. */
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { RecordEncoding } from '../lib/model/record/encoding.ts';

export interface StatementFrontmatter {
  record?: string;
  recordEncoding?: RecordEncoding;
  restoredBreaks?: string[];
  [key: string]: unknown;
}

interface StatementFileData {
  frontmatter?: StatementFrontmatter;
}

/**
 * The statement's front matter, which the compiler (compile-statement.ts) hands
 * the plugins and in which they leave what they learn (paragraphs, mentions,
 * corrections).
 */
export function frontmatterOf(file: VFile): StatementFrontmatter {
  const data = file.data as StatementFileData;
  data.frontmatter ??= {};
  return data.frontmatter;
}

/** A statement is an MDX file whose front matter names the record it edits. */
export function isStatement(file: VFile): boolean {
  return typeof frontmatterOf(file).record === 'string';
}

/** Fails the build with `file:line:column: message`. */
export function fail(file: VFile, message: string, node?: Node): never {
  file.fail(message, node ? { place: node.position } : undefined);
}

/**
 * The top-level paragraphs. A statement body is made of paragraphs only (no
 * imports, exports or expressions: statements are data): anything else fails
 * the build at its line.
 */
export function topParagraphs(tree: Root, file: VFile): Extract<RootContent, { type: 'paragraph' }>[] {
  for (const node of tree.children) {
    if (node.type === 'paragraph') continue;
    fail(file, `a statement holds paragraphs only; found ${describeNode(node)}`, node);
  }
  return tree.children.filter((c): c is Extract<RootContent, { type: 'paragraph' }> => c.type === 'paragraph');
}

/** How a message names a node a statement may not hold. */
export function describeNode(node: { type: string; name?: string | null }): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}>`;
  if (node.type === 'mdxjsEsm') return 'an import or export (statements are data: no code)';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return 'an expression in braces (statements are data: no code)';
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'definition') return 'a link (the text of a record has none: mentions are linked by name or <Term>)';
  return `a ${node.type}`;
}

export function jsxAttr(node: MdxJsxTextElement, name: string): string | true | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || attr.type !== 'mdxJsxAttribute') return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  return typeof attr.value === 'string' ? attr.value : undefined;
}

export function isJsx(node: { type: string; name?: string | null }, name: string): node is MdxJsxTextElement {
  return node.type === 'mdxJsxTextElement' && node.name === name;
}

export type { PhrasingContent };
