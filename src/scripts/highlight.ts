/**
 * Marks, in the paragraph a search result landed on, the words searched for
 * (hyphenated ones too) and the mentions of the entity the query named, even
 * where the paragraph spells the name differently ("UNODC" → "United Nations
 * Office on Drugs and Crime").
 */
import { fold } from '../lib/model/text/excerpt.ts';
import { parseQuery } from '../lib/model/search/query.ts';
import { fragmentTarget } from './landing.ts';
import css from '../styles/highlight.css?inline';
import { entityOf } from './common.ts';

/** Each word and phrase as a pattern: a phrase's words with any space or dash between them. */
function markText(root: Element, words: string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('mark, .pnum, .ednotes, .cite, a.term.search-hit') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const pattern = words
    .map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\u2010\u2011\u2013]').replace(/ /g, '[\\s\\-\u2010\u2011\u2013]+'))
    .filter(Boolean)
    // Longest first: a phrase is marked whole before its words.
    .sort((a, b) => b.length - a.length)
    .join('|');
  if (!pattern) return;
  // Whole words, or with a plural ending: "Nations", not "national".
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?:'s|es|s)?(?![\\p{L}\\p{N}])`, 'giu');
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
  // The paragraph landed on (a sentence's link lands in its paragraph).
  const para = target?.closest('.para');
  const scope = para ?? document.querySelector('.statement .text, main');
  if (!scope) return;
  // Its styles arrive with it, as a constructed stylesheet (as landing.ts's: the CSP needs no 'unsafe-inline').
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const id of entities) {
    scope.querySelectorAll<HTMLAnchorElement>('a.term').forEach((a) => entityOf(a) === id && a.classList.add('search-hit'));
  }
  // The query's phrases and words as search read them: "the" or "of" alone is never marked.
  const q = parseQuery(query);
  markText(scope, q.empty ? [] : [...q.phrases, ...q.compounds].map((p) => p.join(' ')).concat(q.marked));
  const first = scope.querySelector('.search-hit');
  if (first && !target) first.scrollIntoView({ block: 'center' });
}
