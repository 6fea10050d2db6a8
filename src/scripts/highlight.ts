/**
 * Marks, in the paragraph a search result landed on, the words searched for
 * (hyphenated ones too) and the mentions of the entity the query named, even
 * where the paragraph spells the name differently ("UNODC" → "United Nations
 * Office on Drugs and Crime").
 */
import { fold } from '../lib/model/excerpt.ts';
import { fragmentTarget } from './landing.ts';
import { entityOf } from './common.ts';

function markText(root: Element, words: string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('mark, .pnum, .ednotes, .cite, a.term.search-hit') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const pattern = words
    .map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\u2010\u2011\u2013]'))
    .filter(Boolean)
    .join('|');
  if (!pattern) return;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'giu');
  for (const node of nodes) {
    const text = node.data;
    const matches = [...fold(text).matchAll(re)];
    if (!matches.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of matches) {
      frag.append(text.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(m.index, m.index + m[0].length);
      frag.append(mark);
      at = m.index + m[0].length;
    }
    frag.append(text.slice(at));
    node.replaceWith(frag);
  }
}

export function highlightFromUrl() {
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const entities = (params.get('e') ?? '').split(',').filter(Boolean);
  const target = fragmentTarget();
  const scope = target?.classList.contains('para') ? target : document.querySelector('.statement .text, main');
  if (!scope) return;
  for (const id of entities) {
    scope.querySelectorAll<HTMLAnchorElement>('a.term').forEach((a) => entityOf(a) === id && a.classList.add('search-hit'));
  }
  markText(scope, query.split(/\s+/).filter((w) => w.length > 1));
  const first = scope.querySelector('.search-hit');
  if (first && !target) first.scrollIntoView({ block: 'center' });
}
