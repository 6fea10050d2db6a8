/**
 * The outline of a long statement: the first words of each reading block
 * (where the edition shows blocks) or of each paragraph, with the id to jump to.
 */
import type { ParagraphData } from '../statement/statement.ts';

/** Past this many words a statement shows its outline. */
export const OUTLINE_FROM_WORDS = 1500;
const FIRST_WORDS = 8;

const firstWords = (s: string) => s.split(/\s+/).filter(Boolean).slice(0, FIRST_WORDS).join(' ').replace(/[,;:.]$/, '');

export function outlineOf(paragraphs: ParagraphData[]): { id: string; words: string }[] {
  return paragraphs.flatMap((p) => {
    if (!p.blocks || !p.sentences) return [{ id: p.id, words: firstWords(p.text) }];
    return p.blocks.map((m) => {
      const s = p.sentences![m - 1];
      return { id: s.id, words: firstWords(p.text.slice(s.start, s.end)) };
    });
  });
}
