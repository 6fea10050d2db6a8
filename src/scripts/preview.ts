import css from '../styles/preview.css?inline';
import { entityOf, termOf } from './common.ts';

/**
 * Puts the card beside the mention (`r`, in viewport coordinates) and inside
 * the viewport, whatever the zoom or text size: below it, or above it where
 * there is more room there; never over it (unless the mention leaves no room on
 * either side); and, when the room is less than the card, as tall as the room,
 * scrolling.
 */
function place(card: HTMLElement, r: DOMRect) {
  const gap = 6;
  const margin = 8;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const left = Math.max(margin, Math.min(r.left, vw - card.offsetWidth - margin));
  const below = vh - r.bottom - gap - margin;
  const above = r.top - gap - margin;
  const natural = card.offsetHeight;
  const downwards = natural <= below || below >= above;
  let room = downwards ? below : above;
  let top: number;
  if (room >= Math.min(natural, 120)) {
    top = downwards ? r.bottom + gap : r.top - gap - Math.min(natural, room);
  } else {
    // A mention taller than the screen (long name, large text, narrow screen): the card takes the lower half.
    room = vh / 2 - margin;
    top = vh - margin - Math.min(natural, room);
  }
  if (natural > room) card.style.maxHeight = `${room}px`;
  card.style.left = `${left + window.scrollX}px`;
  card.style.top = `${top + window.scrollY}px`;
}

/**
 * Preview cards of mentions, on hover, keyboard focus and tap (WCAG 1.4.13:
 * Escape dismisses, the pointer may move onto the card, it stays until
 * dismissed; focus is never trapped). The card shows the entry of the glossary
 * beside the text. Returns `show`, for the event that loaded this module.
 */
export function initPreviews(): (term: HTMLAnchorElement) => void {
  // Its styles arrive with it, as a constructed stylesheet (as landing.ts's: the CSP needs no 'unsafe-inline').
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const card = document.createElement('div');
  card.className = 'preview';
  card.id = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  let owner: HTMLAnchorElement | null = null;
  let hideTimer = 0;

  const hide = () => {
    clearTimeout(hideTimer);
    card.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner?.removeAttribute('aria-expanded');
    owner = null;
  };
  const show = (term: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (owner === term && !card.hidden) return;
    const entry = document.getElementById(`gl-${entityOf(term)}`);
    if (!entry) return;
    owner?.removeAttribute('aria-describedby');
    owner = term;
    card.replaceChildren();
    const add = (tag: string, cls: string, text: string) => {
      const el = document.createElement(tag);
      el.className = cls;
      el.textContent = text;
      card.append(el);
      return el;
    };
    // The type is said once per group of the sidebar, not on every entry.
    add('p', 'preview-type', entry.closest<HTMLElement>('[data-type]')?.dataset.type ?? '');
    add('p', 'preview-name', entry.querySelector('.gl-name')!.textContent!);
    add('p', 'preview-def', entry.querySelector('.gl-def')!.textContent!);
    if (term.classList.contains('term-probable')) {
      add('p', 'preview-probable', 'Probable identification: see the editors’ note on this paragraph.');
    }
    const more = add('p', 'preview-more', '');
    const link = document.createElement('a');
    link.href = term.getAttribute('href')!;
    link.textContent = 'Facts, sources and every mention →';
    more.append(link);
    card.style.maxHeight = '';
    card.hidden = false;
    term.setAttribute('aria-describedby', card.id);
    term.setAttribute('aria-expanded', 'true');
    place(card, term.getBoundingClientRect());
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  };

  document.addEventListener('pointerover', (e) => {
    const term = termOf(e.target);
    if (term && e.pointerType === 'mouse') show(term);
    else if (card.contains(e.target as Node)) clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse' || card.hidden) return;
    const to = e.relatedTarget as Node | null;
    if (to && (card.contains(to) || owner?.contains(to))) return;
    if (termOf(e.target) || card.contains(e.target as Node)) hideSoon();
  });
  document.addEventListener('focusin', (e) => {
    const term = termOf(e.target);
    if (term) show(term);
    else if (!card.contains(e.target as Node)) hide();
  });
  // A first tap on a mention shows its card; a second tap (or the card's link) follows it.
  // (The tap focuses the mention, which shows the card before the click: what
  // counts is whether its card was open when the finger came down.)
  let lastPointer = '';
  let openBeforeTap: HTMLAnchorElement | null = null;
  document.addEventListener(
    'pointerdown',
    (e) => {
      lastPointer = e.pointerType;
      openBeforeTap = card.hidden ? null : owner;
    },
    { capture: true },
  );
  document.addEventListener('click', (e) => {
    const term = termOf(e.target);
    if (term && lastPointer === 'touch' && openBeforeTap !== term) {
      e.preventDefault();
      show(term);
    } else if (!term && !card.contains(e.target as Node)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) {
      const back = owner;
      hide();
      if (back && document.activeElement !== back && card.contains(document.activeElement)) back.focus();
    }
  });
  return show;
}
