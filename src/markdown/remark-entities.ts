/**
 * remark-entities: links every mention of a glossary entity in a statement.
 *
 * Names are found by the glossary's name index (longest first, whole words,
 * acronyms case-sensitive); nothing inside an existing link or hand-marked
 * mention is linked again. Mentions that no name can catch ("the Plan") are
 * marked by hand as `<Term id="joint-plan-of-action">the Plan</Term>`, with
 * `probable` where the identification is the editors' inference. An unknown id
 * fails the build at its line.
 */
import type { Root, Link, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
// (for the `hProperties` it reads from mdast nodes' data)
import type {} from 'mdast-util-to-hast';
import { visit, SKIP } from 'unist-util-visit';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { NameIndex } from '../lib/model/glossary/names.ts';
import type { Entity } from '../lib/model/schemas/entity.ts';
import { nameKey } from '../lib/model/text/text.ts';
import type { MentionData } from '../lib/model/statement/statement.ts';
import { fail, isJsx, isStatement, jsxAttr, topParagraphs } from './statement-file.ts';
import { hrefs } from '../lib/routing/routes.ts';

export interface EntitiesOptions {
  entities: Entity[];
  index: NameIndex;
  /** The site's base path, ending in a slash ("/" or "/verbatim/"). */
  base: string;
}

export type { MentionData };

declare module 'mdast' {
  interface LinkData {
    mention?: MentionData;
  }
}

const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);

/**
 * The words of an entity's other names that these words do not print, for
 * Pagefind to index at this spot, so that any name finds the paragraph without
 * hidden text. Each distinct word once; nothing when the paragraph already
 * carries them.
 */
export function otherNameWords(entity: Entity, text: string): string[] {
  const printed = new Set(nameKey(text).split(/[\s()]+/));
  const words = new Map<string, string>();
  for (const name of [entity.name, entity.officialName, ...entity.acronyms, ...entity.aliases]) {
    for (const word of (name ?? '').split(/[\s(),]+/)) {
      const key = nameKey(word);
      if (key && !stopWords.has(key) && !printed.has(key) && !words.has(key)) words.set(key, word);
    }
  }
  return [...words.values()];
}

export function mentionLink(entity: Entity, text: string, base: string, data: Omit<MentionData, 'entity'>, withAliases = true): Link {
  const words = withAliases ? otherNameWords(entity, text) : [];
  return {
    type: 'link',
    url: hrefs(base).entity(entity.id),
    children: [{ type: 'text', value: text }],
    data: {
      mention: { entity: entity.id, ...data },
      hProperties: {
        className: ['term', ...(data.probable ? ['term-probable'] : [])],
        // No data-entity: the href names the entity (scripts read it there; src/scripts/common.ts).
        // The brackets let the search UI cut these words out of excerpts; the
        // ⁺ marks count the words of the mention, for it to mark them instead.
        ...(words.length
          ? { dataAliases: `⟦${words.join(' ')} ${'⁺'.repeat(text.trim().split(/\s+/).length)}⟧`, dataPagefindIndexAttrs: 'data-aliases' }
          : {}),
      },
    },
  };
}

export default function remarkEntities(options: EntitiesOptions) {
  const byId = new Map(options.entities.map((e) => [e.id, e]));
  // Compiled once per processor (findAndReplace resets its lastIndex).
  const pattern = options.index.pattern;
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;

    for (const paragraph of topParagraphs(tree, file)) {
      // Other names go to the index once per entity and paragraph.
      const named = new Set<string>();
      const link = (entity: Entity, text: string, data: Omit<MentionData, 'entity'>) => {
        const first = !named.has(entity.id);
        named.add(entity.id);
        return mentionLink(entity, text, options.base, data, first);
      };

      // Hand-marked mentions first, so that the name search leaves them alone.
      visit(paragraph, (node, index, parent) => {
        if (!isJsx(node, 'Term') || !parent || index === undefined) return;
        const id = jsxAttr(node, 'id');
        if (typeof id !== 'string') fail(file, '<Term> needs id="glossary id"', node);
        const entity = byId.get(id);
        if (!entity) fail(file, `<Term id="${id}">: no glossary entry has this id (content/glossary/${id}.yaml)`, node);
        const text = toString(node);
        if (!text.trim()) fail(file, `<Term id="${id}"> is empty`, node);
        const mention = link(entity, text, {
          explicit: true,
          probable: jsxAttr(node, 'probable') === true || entity.probable,
          nested: options.index.nestedIn(text, id),
        });
        mention.position = node.position;
        parent.children.splice(index, 1, mention as PhrasingContent);
        return SKIP;
      });

      findAndReplace(
        paragraph,
        [
          pattern,
          (match: string) => {
            const id = options.index.resolve(match);
            const entity = id ? byId.get(id) : undefined;
            if (!entity) return false;
            return link(entity, match, { explicit: false, probable: entity.probable, nested: options.index.nestedIn(match, entity.id) });
          },
        ],
        { ignore: ['link', 'linkReference', 'mdxJsxTextElement', 'inlineCode', 'correction'] },
      );
    }
  };
}

export type { Text };
