/**
 * An editors' note opened at its paragraph brings its full text and sources
 * from the notes page: the statement page carries only each note's first
 * sentence and a link to the full note (reader.ts loads this with the first
 * note a reader opens). The notes page is fetched once, for every note.
 */
import css from '../styles/sources.css?inline';

let notesPage: Promise<Document> | undefined;
let styled = false;

/** Puts the note's full text in `details` (an opened `details.ednote[data-note]`), once. */
export function fillNote(details: HTMLDetailsElement) {
  if (details.dataset.full) return;
  details.dataset.full = '1';
  if (!styled) {
    // The sources' styles arrive with it, as a constructed stylesheet (as landing.ts's: the CSP needs no 'unsafe-inline').
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  }
  const link = details.querySelector<HTMLAnchorElement>('.ednote-body a')!;
  const attempt = (notesPage ??= fetch(link.href.split('#')[0])
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then((html) => new DOMParser().parseFromString(html, 'text/html')));
  attempt
    .then((doc) => {
      const full = doc.getElementById(`note-${details.dataset.note}`)?.querySelector('.note-full-body');
      if (full) details.querySelector('.ednote-body')!.replaceChildren(...document.importNode(full, true).childNodes);
    })
    // The first sentence and the link to the full note stay; a failed fetch is not kept, so opening the note again retries.
    .catch(() => {
      delete details.dataset.full;
      if (notesPage === attempt) notesPage = undefined;
    });
}
