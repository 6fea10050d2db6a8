/**
 * Cite, quote and link, in the browser. Call `initCite()` once per page.
 *
 * - Copy buttons: each `[data-cite]` inside a `.cite[data-url]` block
 *   (CiteParagraph.astro, DownloadLinks.astro) gets a "Copy" button after it;
 *   the attribute's value names what is copied ("Chicago citation"). Without
 *   JavaScript, or without the Clipboard API (a page not served securely),
 *   there are no buttons and the text stays there to select.
 * - Selection toolbar: selecting words inside one paragraph's text shows
 *   "Copy quote with citation" and "Copy link to this passage" below the
 *   selection. It is placed in the DOM right after the paragraph's text, so it
 *   is next in the tab order; while it is shown, Tab moves into it, and Escape
 *   hides it (focus, if it was inside, returns to the paragraph's number).
 *   Keyboard selection (caret browsing, Shift+arrows) shows it as well. The
 *   selection is widened to whole words; the passage link is the paragraph's
 *   URL with a text fragment of those words (…#pN:~:text=…), which browsers
 *   match against the rendered text.
 * - Every copy is announced in the polite live region `[data-toast]`.
 *
 * Which address is copied: the block's `data-url` is the permanent URL, built
 * from `Astro.site`. On a page served from that origin it is copied as it is.
 * On a page served from another origin (a local preview, a staging host) the
 * same path and fragment on `location.origin` are copied instead, both in
 * links and inside copied citations, so that what one copies opens where one
 * is. The citations shown on the page always print the permanent URL.
 */
import { paragraphCitation, quoteWithCitation, textFragment, wordBounds } from '../lib/citation/citations.ts';
import type { CitationFile } from '../lib/formats/citations.ts';
import css from '../styles/cite-tools.css?inline';
import { announce, here } from './common.ts';

let done = false;
/** The text of a `[data-cite]` element, its block's permanent URL made local. */
function citeText(el: Element): string {
  const url = el.closest<HTMLElement>('[data-url]')!.dataset.url!;
  // The paragraph's address, and the statement's (which the styles print).
  const page = url.replace(/#.*$/, '');
  return el.textContent!.split(url).join(here(url)).split(page).join(here(page));
}

function copy(text: string, what: string) {
  navigator.clipboard.writeText(text).then(
    () => announce(`${what} copied`),
    () => announce('Copy failed: select the text to copy it'),
  );
}

export function initCite(): void {
  if (done) return;
  done = true;
  // Its styles arrive with it, as a constructed stylesheet (as landing.ts's: the CSP needs no 'unsafe-inline').
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // Without the Clipboard API (a page not served securely) the formats still
  // appear, to select by hand, but there are no copy buttons and no toolbar.
  const canCopy = !!navigator.clipboard;

  const addCopy = (el: Element) =>
    canCopy &&
    el.insertAdjacentHTML('afterend', `<button type="button" class="cite-copy" aria-label="Copy ${(el as HTMLElement).dataset.cite}">Copy</button>`);
  document.querySelectorAll('.cite[data-url] [data-cite]').forEach(addCopy);

  // The other formats of a paragraph's citation, rendered at build time
  // (src/lib/formats/citations.ts) and fetched once, when a "Cite" first opens.
  const src = (JSON.parse(document.getElementById('citation-meta')?.textContent ?? 'null') as { src: string } | null)?.src;
  let file: Promise<CitationFile> | undefined;
  const row = (dl: Element, label: string, items: [string, string, string][]) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    for (const [name, text, tag] of items) {
      const el = document.createElement(tag);
      el.dataset.cite = name;
      el.textContent = text;
      dd.append(el);
    }
    dl.append(dt, dd);
    // Each copy button goes right after its text, which must be in the document first.
    dd.querySelectorAll('[data-cite]').forEach(addCopy);
  };
  const fill = (details: HTMLDetailsElement) => {
    if (!src || details.dataset.filled || !details.open) return;
    details.dataset.filled = '1';
    const n = Number(details.dataset.n);
    // A sentence's citation (src/scripts/sentences.ts) has its locator in the number's place.
    const locator = details.dataset.locator ?? n;
    if (!details.querySelector('.cite-copy')) details.querySelectorAll('[data-cite]').forEach(addCopy);
    file ??= fetch(src).then((r) => (r.ok ? (r.json() as Promise<CitationFile>) : Promise.reject(new Error(`${r.status}`))));
    file.then(
      (c) => {
        const dl = details.querySelector('dl')!;
        for (const s of c.styles) {
          row(dl, s.label, [
            [`${s.label} ${s.citeLabel === 'Note' ? 'note' : 'in-text citation'}`, paragraphCitation(s, locator), 'span'],
            [`${s.label} reference`, s.bibliography, 'span'],
          ]);
        }
        row(dl, 'BibLaTeX', [['BibLaTeX entry', c.biblatex, 'pre']]);
        row(dl, 'BibTeX', [['BibTeX entry', c.bibtex, 'pre']]);
        row(dl, 'CSL-JSON', [['CSL-JSON', JSON.stringify(c.csl), 'pre']]);
        details.dataset.filled = 'done';
      },
      () => {
        delete details.dataset.filled;
        file = undefined;
        announce('The citation formats could not be loaded');
      },
    );
  };
  document.querySelectorAll<HTMLDetailsElement>('details.cite[data-n]').forEach(fill);
  document.addEventListener('toggle', (e) => e.target instanceof HTMLDetailsElement && fill(e.target), true);
  if (!canCopy) return;

  const bar = document.createElement('div');
  bar.className = 'selection-bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Quote the selected words');
  bar.hidden = true;
  bar.innerHTML = '<button type="button">Copy quote with citation</button><button type="button">Copy link to this passage</button>';
  const quoteButton = bar.firstElementChild as HTMLElement;
  // Keep the selection when a button is pressed with a pointer.
  bar.onmousedown = (e) => e.preventDefault();
  let quote = '';
  let prior = '';
  let para: Element | null = null;

  const hide = () => {
    if (bar.contains(document.activeElement)) para?.querySelector<HTMLElement>('.pnum')?.focus();
    bar.hidden = true;
    para = null;
  };

  /** Shows the toolbar for a selection within the text of one paragraph, else hides it. */
  const update = () => {
    if (bar.contains(document.activeElement)) return;
    const sel = getSelection()!;
    const range = sel.rangeCount && !sel.isCollapsed && sel.getRangeAt(0);
    const textOf = (n: Node) => (n instanceof Element ? n : n.parentElement)!.closest('.para > p');
    const p = range && textOf(range.startContainer);
    if (!range || !p || p !== textOf(range.endContainer)) return hide();
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const text = p.textContent!;
    const start = before.toString().length;
    const [a, b] = wordBounds(text, start, start + range.toString().length);
    quote = text.slice(a, b).replace(/\s+/g, ' ');
    prior = text.slice(0, a);
    if (!quote) return hide();
    para = p.parentElement;
    p.after(bar);
    bar.hidden = false;
    const r = range.getBoundingClientRect();
    const box = bar.offsetParent!.getBoundingClientRect();
    bar.style.top = `${r.bottom - box.top + 6}px`;
    bar.style.left = `${Math.max(0, Math.min(r.left - box.left, box.width - bar.offsetWidth))}px`;
  };

  let timer: ReturnType<typeof setTimeout>;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });

  document.addEventListener('keydown', (e) => {
    if (bar.hidden) return;
    if (e.key === 'Escape') hide();
    else if (e.key === 'Tab' && !e.shiftKey && !bar.contains(document.activeElement)) {
      e.preventDefault();
      quoteButton.focus();
    }
  });

  document.addEventListener('click', (e) => {
    const button = e.target instanceof HTMLButtonElement && e.target;
    if (!button) return;
    if (button.className === 'cite-copy') {
      const el = button.previousElementSibling as HTMLElement;
      return copy(citeText(el), el.dataset.cite!);
    }
    // The paragraph's own "Cite", not a sentence's (its tools sit in the paragraph too).
    const cite = button.parentElement === bar && para?.querySelector(':scope > details.cite [data-cite="Citation"]');
    if (!cite) return;
    if (button === quoteButton) copy(quoteWithCitation(quote, citeText(cite)), 'Quote');
    else {
      // The fragment's start grows until it occurs once on the page (matching ignores case).
      const page = document.body.textContent!.replace(/\s+/g, ' ').toLowerCase();
      const unique = (s: string) => page.indexOf(s.toLowerCase()) === page.lastIndexOf(s.toLowerCase());
      copy(`${here(cite.closest<HTMLElement>('[data-url]')!.dataset.url!)}:~:${textFragment(quote, unique, prior)}`, 'Link');
    }
    hide();
  });
  // Loaded by a selection (see reader.ts): show the bar for the one already made.
  update();
}
