/**
 * The search dialog (Ctrl+K on any page): the search panel in a modal
 * dialog, with a link that opens the same search as a page of its own, to
 * link to or bookmark. On a statement, the reader can narrow to its meeting
 * or to the statement itself. Loaded on first use.
 */
// Styles arrive with the code, as a constructed stylesheet (no inline <style>, so the CSP needs no 'unsafe-inline').
import searchCss from '../../styles/search.css?inline';
import { hrefs } from '../../lib/routing/routes.ts';
import { searchPanel } from './panel.ts';
import { el } from './results.ts';
import { emptyState, stateToParams } from './state.ts';

const link = hrefs(import.meta.env.BASE_URL);

export function adoptSearchStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(searchCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The statement the page shows, if any: its meeting's record (for "This meeting"). */
export function hereOf() {
  const edition = document.querySelector<HTMLElement>('.edition[data-statement]');
  return edition ? { statement: true, meeting: edition.dataset.meeting || undefined } : undefined;
}

export function initSearch(trigger: HTMLElement) {
  adoptSearchStyles();
  const dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const title = el('h2', { id: 'search-title', class: 'vh' }, 'Search the edition');
  const asPage = el('a', { href: link.searchPage, class: 'search-as-page' }, 'Open this search as a page');
  const panel = searchPanel(emptyState(), hereOf(), (state) => {
    const params = stateToParams(state).toString();
    asPage.href = `${link.searchPage}${params ? `?${params}` : ''}`;
  });
  const close = el('button', { type: 'button', class: 'search-close' }, 'Close');
  panel.root.querySelector('.search-head')!.append(close);
  const foot = el('p', { class: 'search-foot' });
  foot.append(el('a', { href: link.glossary }, 'Browse the glossary A–Z'), asPage);
  dialog.append(title, panel.root, foot);
  document.body.append(dialog);

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => trigger.focus());
  trigger.addEventListener('search:open', () => {
    if (!dialog.open) dialog.showModal();
    panel.input.focus();
    panel.input.select();
    panel.prepare();
  });
}
