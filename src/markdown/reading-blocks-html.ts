/**
 * A paragraph's HTML: its `<p>` as compiled, or, where the edition shows the
 * text in reading blocks (src/lib/model/text/reading-blocks.ts), one `<p class="rb">`
 * per block, cut between sentence elements. The blocks are the edition's and
 * the page says so; the paragraph (its number, its id) stays one.
 */
import type { Element, ElementContent, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';

const isSentence = (n: ElementContent): n is Element => n.type === 'element' && n.tagName === 'span' && String(n.properties.id ?? '').includes('-s');

export function paragraphHtml(tree: Nodes, blocks: number[] | undefined): string {
  const p = tree.type === 'element' ? tree : undefined;
  if (!blocks || !p) return toHtml(tree);
  const groups: ElementContent[][] = [[]];
  let m = 0;
  for (const child of p.children) {
    if (isSentence(child) && blocks.includes(++m) && m > 1) groups.push([]);
    groups[groups.length - 1].push(child);
  }
  const trim = (g: ElementContent[]) => {
    while (g.length && g[0].type === 'text' && !g[0].value.trim()) g.shift();
    while (g.length && g[g.length - 1].type === 'text' && !(g[g.length - 1] as { value: string }).value.trim()) g.pop();
    return g;
  };
  return groups.map((g) => toHtml({ type: 'element', tagName: 'p', properties: { className: ['rb'] }, children: trim(g) })).join('');
}
