/**
 * The search page: the search panel in the page, started from the address's
 * query string and keeping it up to date as the reader types or narrows
 * (replaceState: one history entry for the page, not one per keystroke), so
 * that reloading, bookmarking or sharing the address restores the search.
 */
import { searchPanel } from './panel.ts';
import { adoptSearchStyles } from './dialog.ts';
import { stateFromParams, stateToParams } from './state.ts';

export function initSearchPage() {
  const host = document.querySelector<HTMLElement>('[data-search-page]');
  if (!host) return;
  adoptSearchStyles();
  const state = stateFromParams(new URLSearchParams(location.search));
  // The address follows once the reader pauses (a browser asks for the page's icon again at each change).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const panel = searchPanel(state, undefined, (s) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const params = stateToParams(s).toString();
      history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
    }, 300);
  });
  host.replaceChildren(panel.root);
  panel.root.classList.add('search-inline');
  panel.input.focus();
  if (state.q) void panel.run();
  else panel.prepare();
}
