/**
 * The list of results as a listbox the field controls (the combobox pattern):
 * each result a link (it opens in a new tab by middle-click, its address can
 * be copied), walked with the arrow keys while focus stays in the field.
 */
import type { Run } from '../../lib/model/text/excerpt.ts';
import type { Item } from './find.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderRuns(runs: Run[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const r of runs) frag.append(r.marked ? el('mark', {}, r.text) : r.text);
  return frag;
}

export interface ResultList {
  list: HTMLUListElement;
  items(): Item[];
  /** Shows `items`; `again` when they extend the list just shown (the active result stays). */
  show(items: Item[], again?: boolean): void;
  move(step: 1 | -1): void;
  /** The active result's address, if any. */
  active(): Item | undefined;
  /** Says that a search is under way (aria-busy), or done. */
  busy(on: boolean): void;
}

export function resultList(input: HTMLInputElement): ResultList {
  const list = el('ul', { id: 'search-results', role: 'listbox', 'aria-label': 'Results' });
  let items: Item[] = [];
  let active = -1;
  const setActive = (i: number, scroll = true) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `sr-${i}`);
      if (scroll) document.getElementById(`sr-${i}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  return {
    list,
    items: () => items,
    show(next, again = false) {
      const keep = again ? active : -1;
      items = next;
      list.replaceChildren();
      items.forEach((item, i) => {
        const li = el('li', { role: 'none' });
        const a = el('a', { href: item.href, role: 'option', id: `sr-${i}`, 'aria-selected': 'false', class: `sr sr-${item.kind}`, tabindex: '-1' });
        const top = el('span', { class: 'sr-top' });
        top.append(el('span', { class: 'sr-label' }, item.label), el('span', { class: 'sr-context' }, item.context));
        const ex = el('span', { class: 'sr-excerpt' });
        ex.append(renderRuns(item.excerpt));
        a.append(top, ex);
        a.addEventListener('mousemove', () => active !== i && setActive(i));
        li.append(a);
        list.append(li);
      });
      input.setAttribute('aria-expanded', String(items.length > 0));
      // A new list starts at its top. Not scrolled to before it is shown: scrolling lays out the page first.
      if (keep > 0 && keep < items.length) setActive(keep);
      else {
        setActive(items.length ? 0 : -1, false);
        requestAnimationFrame(() => (list.scrollTop = 0));
      }
    },
    move(step) {
      if (items.length) setActive((active + step + items.length) % items.length);
    },
    active: () => items[active],
    busy: (on) => list.setAttribute('aria-busy', String(on)),
  };
}
