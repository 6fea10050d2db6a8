/**
 * Enhancements for readers with script; the page works without any of them.
 * - "Copy link" beside each paragraph number; a sentence's link and "Cite" (sentences.ts).
 * - Preview cards on hover, focus and tap of a mention (src/scripts/preview.ts,
 *   loaded on first use).
 * - The glossary beside the text follows the paragraph being read.
 * - An editors' note opened brings its full text (src/scripts/notes.ts, loaded then).
 * - Notes open for printing.
 */
import { announce, here, termOf } from './common.ts';

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

/**
 * Preview cards load with the first mention a reader points at, focuses or
 * taps (src/scripts/preview.ts); until then a first tap on a mention is held
 * back, as the card's own code does afterwards, so it shows the card.
 */
function lazyPreviews() {
  let lastPointer = '';
  let loading: Promise<(term: HTMLAnchorElement) => void> | undefined;
  // After a failed load, a tap follows the link rather than waiting for a card that may not come.
  let failed = false;
  const first = (term: HTMLAnchorElement, always = false) => {
    stop();
    // Once loaded, the module's own listeners take over taps too.
    const attempt = (loading ??= import('./preview.ts').then((m) => (document.removeEventListener('click', click), m.initPreviews())));
    attempt.then(
      (show) => ((failed = false), (always || term.matches(':hover') || document.activeElement === term) && show(term)),
      // The card's code did not arrive (offline?): the mention still links to
      // its entry; say so, keep nothing, and try again on the next mention.
      () => {
        if (loading !== attempt) return;
        loading = undefined;
        failed = true;
        listen();
        announce('Preview cards could not load; the link still opens the glossary entry.');
      },
    );
  };
  const down = (e: PointerEvent) => (lastPointer = e.pointerType);
  const over = (e: PointerEvent) => e.pointerType === 'mouse' && termOf(e.target) && first(termOf(e.target)!);
  const focus = (e: FocusEvent) => termOf(e.target) && first(termOf(e.target)!);
  const click = (e: MouseEvent) => {
    const term = termOf(e.target);
    if (term && lastPointer === 'touch' && !failed) {
      e.preventDefault();
      first(term, true);
    }
  };
  const stop = () => {
    document.removeEventListener('pointerover', over);
    document.removeEventListener('focusin', focus);
  };
  const listen = () => {
    document.addEventListener('pointerover', over);
    document.addEventListener('focusin', focus);
  };
  document.addEventListener('pointerdown', down, { capture: true });
  document.addEventListener('click', click);
  listen();
}

/**
 * A sentence's link and "Cite" (src/scripts/sentences.ts) load with the first
 * sentence a reader points at, focuses or taps; until then the text is one
 * stop in the tab order, at its first sentence.
 */
function lazySentences() {
  const first = document.querySelector<HTMLElement>('.para span.s[id]');
  if (!first) return;
  first.tabIndex = 0;
  const events = ['pointerover', 'focusin', 'click'] as const;
  const load = (e: Event) => {
    if (!(e.target instanceof Element) || !e.target.closest('.para span.s[id]')) return;
    for (const t of events) document.removeEventListener(t, load);
    void import('./sentences.ts').then((m) => m.initSentences(e));
  };
  for (const t of events) document.addEventListener(t, load);
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
      // An entry's paragraphs are its ¶ links (the sidebar says them once).
      const on = entry.querySelector(`.gl-where a[href="#p${n}"]`) !== null;
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
lazyPreviews();
lazySentences();
initSidebarSync();
// A link to a paragraph the statement does not have (#p99) is said, with the way to the top (src/scripts/landing.ts).
const checkFragment = () => {
  document.querySelector('.fragment-missing')?.remove();
  if (/^#p\d+$/.test(location.hash) && !document.getElementById(location.hash.slice(1)) && document.querySelector('.para')) {
    void import('./landing.ts').then((m) => m.sayMissingParagraph());
  }
};
checkFragment();
window.addEventListener('hashchange', checkFragment);
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
// from the notes page (src/scripts/notes.ts, loaded with the first note opened).
document.addEventListener(
  'toggle',
  (e) => {
    const details = e.target as HTMLDetailsElement;
    if (details.matches?.('details.ednote[data-note]') && details.open) void import('./notes.ts').then((m) => m.fillNote(details));
  },
  true,
);

window.addEventListener('beforeprint', () => {
  document.querySelectorAll<HTMLDetailsElement>('details.ednote, details.evidence').forEach((d) => (d.open = true));
});
