/**
 * On every page: turns the header's "Search" link (which leads to the A–Z
 * glossary without script) into a button that opens the search dialog, with
 * Ctrl+K / ⌘K. The search code and index load only when a reader first asks.
 */
import { announce } from './common.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
if (link) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  button.innerHTML = `${link.innerHTML}<kbd>Ctrl K</kbd>`;
  link.replaceWith(button);
  let opening: Promise<void> | undefined;
  const open = () => {
    const attempt = (opening ??= import('./search/dialog.ts').then((m) => m.initSearch(button)));
    return attempt.then(
      () => button.dispatchEvent(new CustomEvent('search:open')),
      // The search code did not arrive (offline?): say so, and keep nothing, so the next try loads it.
      () => {
        if (opening === attempt) opening = undefined;
        announce('Search could not load. Check your connection and try again, or use the Glossary A–Z.');
      },
    );
  };
  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      void open();
    }
  });
}

// A search result lands on `…?q=words&e=entity#pN`: mark the words in the paragraph.
if (new URLSearchParams(location.search).has('q')) void import('./highlight.ts').then((m) => m.highlightFromUrl());
