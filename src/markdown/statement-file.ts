/** What the statement plugins share: which files they act on and how they report. */
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface StatementFrontmatter {
  record?: string;
  restoredBreaks?: string[];
  [key: string]: unknown;
}

interface AstroData {
  astro?: { frontmatter?: StatementFrontmatter };
}

/** The front matter Astro hands the plugins (and returns as `remarkPluginFrontmatter`). */
export function frontmatterOf(file: VFile): StatementFrontmatter {
  const data = file.data as AstroData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
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
 * The top-level paragraphs. A statement body is made of paragraphs only (and
 * MDX imports): anything else fails the build at its line.
 */
export function topParagraphs(tree: Root, file: VFile): Extract<RootContent, { type: 'paragraph' }>[] {
  for (const node of tree.children) {
    if (node.type === 'paragraph' || node.type === 'mdxjsEsm') continue;
    fail(file, `a statement holds paragraphs only; found ${node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : `a ${node.type}`}`, node);
  }
  return tree.children.filter((c): c is Extract<RootContent, { type: 'paragraph' }> => c.type === 'paragraph');
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
