/**
 * A sentence's link and "Cite", as a paragraph has them: pointing at a
 * sentence, tapping it or moving to it with the keyboard shows, below it, a
 * link to the sentence (`#p3-s2`) and a "Cite" that names it ("¶ 3,
 * sentence 2"). Keyboard: the text is one stop in the tab order; the arrow
 * keys move from sentence to sentence, Tab goes into the tools (placed after
 * the sentence's block; Tab is sent there, as to the selection bar), Escape
 * closes them. The citation formats come from the same .cite.json as a paragraph's
 * (src/scripts/cite.ts), the sentence as the locator.
 */
import css from '../styles/sentences.css?inline';
import { sentenceLocator, sentencePlain } from '../lib/citation/citations.ts';

const ids = (s: HTMLElement) => /^p(\d+)-s(\d+)$/.exec(s.id)!.slice(1).map(Number) as [number, number];

/** Sets the sentences up; `first` is the event that loaded this module (its sentence gets its tools). */
export function initSentences(first?: Event): void {
  const all = [...document.querySelectorAll<HTMLElement>('.para span.s[id]')];
  if (!all.length) return;
  // Its styles arrive with it, as a constructed stylesheet (as landing.ts's: the CSP needs no 'unsafe-inline').
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const focused = all.find((s) => s === document.activeElement);
  all.forEach((s, i) => (s.tabIndex = (focused ? s === focused : i === 0) ? 0 : -1));
  const tools = document.createElement('div');
  tools.className = 'sentence-tools';
  tools.setAttribute('role', 'group');
  tools.hidden = true;
  let current: HTMLElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while focus goes back to the sentence on Escape: that focus does not open the tools again. */
  let closing = false;

  const show = (s: HTMLElement) => {
    clearTimeout(hideTimer);
    if (current === s && !tools.hidden) return;
    current = s;
    const [n, m] = ids(s);
    const para = s.closest<HTMLElement>('.para')!;
    // The paragraph's own "Cite" (a child of the paragraph; the tools are inside it too).
    const plain = para.querySelector(':scope > details.cite [data-cite="Citation"]')?.textContent ?? '';
    const url = `${para.dataset.url}-s${m}`;
    tools.setAttribute('aria-label', `Sentence ${m} of paragraph ${n}`);
    tools.innerHTML =
      `<a href="#${s.id}">Link<span class="vh"> to sentence ${m} of paragraph ${n}</span></a>` +
      `<details class="cite" data-n="${n}" data-locator="${sentenceLocator(n, m)}"><summary>Cite<span class="vh"> sentence ${m} of paragraph ${n}</span></summary><dl><dt>Cite as</dt><dd><span data-cite="Citation"></span></dd></dl></details>`;
    tools.querySelector('details')!.dataset.url = url;
    tools.querySelector('[data-cite]')!.textContent = sentencePlain(plain, n, m);
    // Right after the sentence's block, so that Tab from the sentence goes into the tools.
    (s.closest('.para > p') ?? s).after(tools);
    tools.hidden = false;
    const r = [...s.getClientRects()].pop()!;
    const box = (tools.offsetParent ?? document.body).getBoundingClientRect();
    tools.style.top = `${r.bottom - box.top + 2}px`;
    tools.style.left = `${Math.max(0, Math.min(r.left - box.left, box.width - tools.offsetWidth))}px`;
  };
  const hide = () => {
    if (tools.querySelector('details[open]')) return;
    tools.hidden = true;
    current = undefined;
  };
  const later = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 400);
  };
  const sentenceOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('.para span.s[id]') : null);

  document.addEventListener('pointerover', (e) => {
    const s = sentenceOf(e.target);
    if (s && e.pointerType === 'mouse') show(s);
    else if (tools.contains(e.target as Node)) clearTimeout(hideTimer);
    else if (e.pointerType === 'mouse' && !tools.hidden) later();
  });
  // A tap on a sentence's words (not on a link in it) shows its tools.
  document.addEventListener('click', (e) => {
    const s = sentenceOf(e.target);
    if (s && !(e.target as Element).closest('a, button, summary') && getSelection()?.isCollapsed !== false) show(s);
  });
  document.addEventListener('focusin', (e) => {
    const s = sentenceOf(e.target);
    if (s && e.target === s) {
      all.forEach((x) => (x.tabIndex = x === s ? 0 : -1));
      if (!closing) show(s);
    }
  });
  document.addEventListener('keydown', (e) => {
    const s = sentenceOf(e.target);
    if (e.key === 'Escape' && !tools.hidden) {
      const back = current;
      tools.querySelector('details')?.removeAttribute('open');
      hide();
      closing = true;
      // Back to the sentence from its tools or itself; focus on a link in the text stays there.
      if (tools.contains(document.activeElement) || (back && e.target === back)) back?.focus();
      closing = false;
      return;
    }
    if (!s || e.target !== s) return;
    // Tab from the sentence goes into its tools (the links of later sentences come after it in the paragraph).
    if (e.key === 'Tab' && !e.shiftKey && !tools.hidden && current === s) {
      e.preventDefault();
      tools.querySelector<HTMLElement>('a')!.focus();
      return;
    }
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, all.indexOf(s) + step))].focus();
  });
  // The first event shows its sentence's tools, unless it was focus on a link inside the sentence.
  const s = sentenceOf(first?.target ?? null);
  if (s && (first?.type !== 'focusin' || first.target === s)) show(s);
}
