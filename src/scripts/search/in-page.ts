/**
 * "This statement": the same query answered from the page being read, with no
 * index to fetch. Each paragraph's text counts with the other names of the
 * mentions in it (their `data-aliases`), as in the index; a long paragraph
 * lands on the sentence that answers.
 */
import { markQuery, passageRank, queryRanges, type Query } from '../../lib/model/search/query.ts';
import { excerptAround, WORDS_FOR_A_PARAGRAPH } from '../../lib/model/search/passages.ts';
import type { Item } from './find.ts';

/** An element's text, with (unquoted) the other names of its mentions. */
const textOf = (el: Element, q: Query) =>
  q.quoted ? (el.textContent ?? '') : `${el.textContent ?? ''} ${[...el.querySelectorAll<HTMLElement>('a.term[data-aliases]')].map((a) => a.dataset.aliases).join(' ')}`;

export function inPageItems(q: Query): Item[] {
  const items: Item[] = [];
  for (const para of document.querySelectorAll<HTMLElement>('.statement .para[data-paragraph]')) {
    const text = para.querySelector(':scope > p');
    if (!text || !passageRank(textOf(text, q), q)) continue;
    const n = para.dataset.paragraph!;
    const sentences = [...text.querySelectorAll<HTMLElement>('span.s[id]')];
    const long = (text.textContent ?? '').split(/\s+/).length > WORDS_FOR_A_PARAGRAPH;
    const best = sentences.length > 1 && long ? sentences.find((s) => passageRank(textOf(s, q), q)) : undefined;
    const plain = (best ?? text).textContent!.replace(/\s+/g, ' ').trim();
    const excerpt = excerptAround(plain, queryRanges(plain, q)[0]?.[0] ?? 0);
    const m = best && /-s(\d+)$/.exec(best.id)?.[1];
    items.push({
      kind: 'paragraph',
      href: `?q=${encodeURIComponent(q.text)}#${best?.id ?? para.id}`,
      label: m ? `¶ ${n}, sentence ${m}` : `¶ ${n}`,
      context: 'This statement',
      excerpt: markQuery([{ text: excerpt, marked: false }], q),
    });
  }
  return items;
}
