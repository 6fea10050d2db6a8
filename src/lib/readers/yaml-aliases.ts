/**
 * YAML aliases (`*name`) reuse an anchored value (`&name`); nested, a few lines
 * of them expand to billions of values ("billion laughs"). The yaml package
 * stops such a document when it is converted (`toJS({ maxAliasCount })`) but
 * does not say where; this module finds the alias at which it stops, by the
 * package's own count, so the message can name its line.
 */
import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

/** How many values aliases may add to one document (the yaml package's default too). */
export const MAX_ALIAS_COUNT = 100;

interface AnchorData {
  count: number;
  aliasCount: number;
}

/**
 * The first alias that takes the document over `max` (the count of
 * yaml's `Document#toJS`: uses of an anchor times the aliases inside it), or
 * undefined when there is none.
 */
export function excessiveAlias(doc: Document, max = MAX_ALIAS_COUNT): Node | undefined {
  const anchors = new Map<unknown, AnchorData>();
  const byName = new Map<string, unknown>();
  const countIn = (node: unknown): number => {
    if (isAlias(node)) {
      const data = anchors.get(byName.get(node.source));
      return data ? data.count * data.aliasCount : 0;
    }
    if (isCollection(node)) return Math.max(0, ...node.items.map(countIn));
    if (isPair(node)) return Math.max(countIn(node.key), countIn(node.value));
    return 1;
  };
  let found: Node | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const data = anchors.get(byName.get(node.source));
        if (!data) return;
        data.count += 1;
        if (data.aliasCount === 0) data.aliasCount = countIn(byName.get(node.source));
        if (data.count * data.aliasCount > max) {
          found = node;
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.set(node, { count: 1, aliasCount: 0 });
        byName.set(node.anchor, node);
      }
    },
  });
  return found;
}
