/**
 * Where a link lands. The fragment of the address, read without throwing on
 * a malformed one (`#%`); and, on a statement, a paragraph number it does not
 * have (`#p99`, an old or mistyped link) is said, with the way to the top,
 * rather than leaving the reader at the top with no word why.
 */
import css from '../styles/landing.css?inline';

/** The element the address's fragment names, if any; a malformed escape (`#%`) is read as written. */
export function fragmentTarget(hash = location.hash): HTMLElement | null {
  if (!hash || hash === '#') return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not valid percent-encoding: the id is as written.
  }
  return document.getElementById(id);
}

let styled = false;

/** Says, at the top of the statement, that it has no paragraph `#pN` (reader.ts loads this only then). */
export function sayMissingParagraph() {
  document.querySelector('.fragment-missing')?.remove();
  const paras = [...document.querySelectorAll<HTMLElement>('.para[data-paragraph]')];
  const m = /^#p(\d+)$/.exec(location.hash);
  if (!paras.length || !m || fragmentTarget()) return;
  if (!styled) {
    // A constructed stylesheet, as for search: no inline <style>, so the CSP needs no 'unsafe-inline'.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  }
  const numbers = paras.map((p) => p.dataset.paragraph);
  const notice = document.createElement('p');
  notice.className = 'fragment-missing';
  notice.setAttribute('role', 'alert');
  notice.textContent = `This statement has no paragraph ${m[1]}: its paragraphs are numbered ${numbers[0]} to ${numbers[numbers.length - 1]}. `;
  const top = document.createElement('a');
  top.href = '#main';
  top.textContent = 'Go to the top of the statement';
  notice.append(top);
  document.querySelector('main')?.prepend(notice);
}
