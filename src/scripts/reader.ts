/**
 * Enhancements for readers with script; the page works without any of them.
 * - "Copy link" beside each paragraph number.
 * - Preview cards on hover, focus and tap of a mention (WCAG 1.4.13: Escape
 *   dismisses, the pointer may move onto the card, it stays until dismissed).
 * - The glossary beside the text follows the paragraph being read.
 * - Notes open for printing.
 */
import { announce, here } from './common.ts';

function initCopyLinks() {
  const icon = '<svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16"><path d="M8 12l4-4M7 9.5 5.2 11.3a2.5 2.5 0 0 0 3.5 3.5L10.5 13M13 10.5l1.8-1.8a2.5 2.5 0 0 0-3.5-3.5L9.5 7" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>';
  for (const para of document.querySelectorAll<HTMLElement>('.para[data-url]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.innerHTML = icon;
    button.setAttribute('aria-label', `Copy link to paragraph ${para.dataset.paragraph}`);
    button.addEventListener('click', async () => {
      const url = here(para.dataset.url!);
      try {
        await navigator.clipboard.writeText(url);
        announce(`Link to paragraph ${para.dataset.paragraph} copied`);
      } catch {
        announce(`Copy failed: the link is ${url}`);
      }
    });
    para.querySelector('.pnum')!.after(button);
  }
}

function initPreviews() {
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
    const entry = document.getElementById(`gl-${term.dataset.entity}`);
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
    add('p', 'preview-type', entry.dataset.type ?? '');
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
    card.hidden = false;
    term.setAttribute('aria-describedby', card.id);
    term.setAttribute('aria-expanded', 'true');
    const r = term.getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.min(Math.max(8, r.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
    const below = r.bottom + card.offsetHeight + 12 < window.innerHeight;
    card.style.left = `${left}px`;
    card.style.top = `${below ? r.bottom + window.scrollY + 6 : r.top + window.scrollY - card.offsetHeight - 6}px`;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 300);
  };

  const termOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>('a.term') : null);
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
}

function initSidebarSync() {
  const sidebar = document.querySelector<HTMLElement>('.glossary-sidebar');
  if (!sidebar || !('IntersectionObserver' in window)) return;
  const entries = [...sidebar.querySelectorAll<HTMLElement>('.gl-entry')];
  const visible = new Set<number>();
  const wide = matchMedia('(min-width: 68rem)');
  const update = () => {
    const n = Math.min(...visible);
    if (!Number.isFinite(n)) return;
    let first: HTMLElement | undefined;
    for (const entry of entries) {
      const on = (entry.dataset.paragraphs ?? '').split(' ').includes(String(n));
      entry.classList.toggle('is-current', on);
      if (on) first ??= entry;
    }
    // Bring the paragraph's entries into view inside the sidebar (not the page),
    // once the reader has moved into the text.
    if (first && wide.matches && (window.scrollY > 200 || location.hash)) {
      const top = first.offsetTop - sidebar.offsetTop - 48;
      if (top < sidebar.scrollTop || top > sidebar.scrollTop + sidebar.clientHeight - 120) {
        sidebar.scrollTo({ top, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      }
    }
  };
  const observer = new IntersectionObserver(
    (changes) => {
      for (const c of changes) {
        const n = Number((c.target as HTMLElement).dataset.paragraph);
        if (c.isIntersecting) visible.add(n);
        else visible.delete(n);
      }
      update();
    },
    { rootMargin: '-20% 0px -45% 0px' },
  );
  document.querySelectorAll('.para').forEach((p) => observer.observe(p));
}

initCopyLinks();
initPreviews();
initSidebarSync();
// Citing loads on first use: when a citation block is opened, words are
// selected in the text, or the whole-statement citation comes into view.
let cite: Promise<void> | undefined;
const loadCite = () => (cite ??= import('./cite.ts').then((m) => m.initCite()));
document.addEventListener('toggle', (e) => (e.target as Element).matches?.('details.cite') && void loadCite(), true);
document.addEventListener('selectionchange', () => getSelection()?.isCollapsed === false && void loadCite());
const whole = document.querySelector('.cite-whole');
if (whole && 'IntersectionObserver' in window) {
  const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && (io.disconnect(), void loadCite()));
  io.observe(whole);
}
// An editors' note opened at its paragraph brings its full text and sources
// from the notes page (the page itself carries only each note's first sentence).
let notesPage: Promise<Document> | undefined;
document.addEventListener(
  'toggle',
  (e) => {
    const details = e.target as HTMLDetailsElement;
    if (!details.matches?.('details.ednote[data-note]') || !details.open || details.dataset.full) return;
    details.dataset.full = '1';
    const link = details.querySelector<HTMLAnchorElement>('.ednote-body a')!;
    notesPage ??= fetch(link.href.split('#')[0])
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    notesPage
      .then((doc) => {
        const full = doc.getElementById(`note-${details.dataset.note}`)?.querySelector('.note-full-body');
        if (full) details.querySelector('.ednote-body')!.replaceChildren(...document.importNode(full, true).childNodes);
      })
      .catch(() => delete details.dataset.full);
  },
  true,
);

window.addEventListener('beforeprint', () => {
  document.querySelectorAll<HTMLDetailsElement>('details.ednote, details.evidence').forEach((d) => (d.open = true));
});
