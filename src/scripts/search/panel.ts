/**
 * The search itself, as the dialog and the search page both show it: the
 * field, what narrows it, the answer's count and the results, which come as
 * you type: the glossary entries the query names first, then the passages,
 * each saying whose statement it is from, at which meeting and when. The
 * statements' passages are fetched a few statements at a time: the first as
 * soon as it comes, the next on "More results".
 */
import { parseQuery } from '../../lib/model/search/query.ts';
import { count } from '../../lib/model/count.ts';
import { hrefs } from '../../lib/routing/routes.ts';
import { everyStatement, answerOf } from '../../lib/model/search/answer.ts';
import { forgetPagefind, loadPagefind, pagefindReady } from './pagefind.ts';
import { loadWordIndex, statementData } from './words.ts';
import { entryItems, find, FIRST, loadColumns, passageItems, type Found, type Item } from './find.ts';
import { inPageItems } from './in-page.ts';
import { controls, type Here } from './controls.ts';
import { el, resultList } from './results.ts';
import type { SearchState } from './state.ts';

/** Statements whose passages are fetched at a time (a browser fetches six files at once). */
const BATCH = FIRST;
const link = hrefs(import.meta.env.BASE_URL);

export interface Panel {
  root: HTMLElement;
  input: HTMLInputElement;
  state: SearchState;
  /** Loads Pagefind ahead of the first query, saying "Loading…". */
  prepare(): void;
  run(): Promise<void>;
}

export function searchPanel(state: SearchState, here: Here | undefined, changed: (s: SearchState) => void): Panel {
  const root = el('div', { class: 'search-panel' });
  const label = el('label', { for: 'search-input', class: 'vh' }, 'Search for an organisation, treaty, person, place or any words');
  const input = el('input', {
    id: 'search-input', type: 'search', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-results',
    'aria-autocomplete': 'list', 'aria-describedby': 'search-help', autocomplete: 'off', spellcheck: 'false', placeholder: 'CTC, Shanghai Cooperation, UNODC…',
  });
  input.value = state.q;
  const head = el('div', { class: 'search-head' });
  head.append(label, input);
  const help = el('p', { id: 'search-help', class: 'search-help' }, 'Find any organisation or treaty by acronym or full name, or words; "quotes" for an exact phrase. ↑ ↓ to move, Enter to open.');
  let facetsLoaded = false;
  const box = controls(state, here, () => void run(), () => void loadFacets());
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  // Shown when Pagefind cannot load or answer (404, 503, offline): what happened, a retry, and the way that needs no search.
  const failure = el('div', { class: 'search-error', hidden: '' });
  const retry = el('button', { type: 'button' }, 'Try again');
  failure.append(retry, el('a', { href: link.glossary }, 'Browse the glossary A–Z'));
  const results = resultList(input);
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, 'More results');
  root.append(head, help, box.root, status, failure, results.list, more);

  let seq = 0;
  let found: Found | undefined;
  let shown = 0;
  let items: { entries: Item[]; passages: Item[] } = { entries: [], passages: [] };

  const fail = () => {
    results.show([]);
    status.textContent = 'Search could not load. Check your connection and try again, or browse the glossary A–Z.';
    failure.hidden = false;
  };
  const say = (f: Found | undefined, done: boolean) => {
    const { entries, passages } = items;
    if (!items.entries.length && !passages.length && done) {
      status.textContent = `No results for “${state.q.trim()}”. Try another name or spelling, or browse the glossary A–Z.`;
      return;
    }
    const parts = [entries.length ? count(entries.length, 'glossary entry', 'glossary entries') : ''];
    if (f && (state.type === '' || state.type === 'Statement')) {
      const n = f.statements.length;
      parts.push(`${count(n, 'statement', 'statements')}${f.phrase !== undefined && n > 0 ? ` (${f.phrase} with the exact phrase)` : ''}`);
      parts.push(`${count(passages.length, 'passage', 'passages')} shown`);
    } else if (!f) parts.push(`${count(passages.length, 'passage', 'passages')} in this statement`);
    status.textContent = parts.filter(Boolean).join(', ');
  };
  const show = (again: boolean, done: boolean) => {
    results.show([...items.entries, ...items.passages], again);
    say(found, done);
  };

  /**
   * Fetches the next statements' passages and adds them to the list. A batch
   * whose statements hold the words only in their mentions' other names adds
   * no passage: the next one is fetched then, a few at the most, before the
   * reader is asked to press "More results".
   */
  async function next(mine: number, again: boolean) {
    more.hidden = true;
    for (let round = 0; round < 4; round++) {
      const batch = found!.statements.slice(shown, shown + BATCH);
      shown += batch.length;
      const before = items.passages.length;
      // The best statement's text alone first (nothing beside it slows it), then the others'.
      const best = batch.length ? statementData(batch[0]) : undefined;
      const data = batch.map((n, i) => (i === 0 ? best! : best!.catch(() => undefined).then(() => statementData(n))));
      // The list is shown once the best statement has come; the others follow.
      for (let i = 0; i < data.length; i++) {
        const d = await data[i];
        if (mine !== seq) return;
        items.passages.push(...passageItems(found!, d));
        if (i === 0 || i === data.length - 1) show(again || round > 0 || i > 0, i === data.length - 1 && shown >= found!.statements.length);
      }
      if (!data.length) show(again || round > 0, true);
      if (items.passages.length > before || shown >= found!.statements.length) break;
    }
    more.hidden = shown >= found!.statements.length;
  }

  /** Runs the search for the field's words; the list is aria-busy until the answer is complete. */
  async function run() {
    const mine = seq + 1;
    results.busy(true);
    try {
      await search();
    } finally {
      if (mine === seq) results.busy(false);
    }
  }

  async function search() {
    const query = parseQuery(input.value);
    state.q = query.text;
    changed(state);
    const mine = ++seq;
    failure.hidden = true;
    more.hidden = true;
    items = { entries: [], passages: [] };
    if (!query.text) {
      results.show([]);
      status.textContent = '';
      return;
    }
    if (query.empty) {
      results.show([]);
      status.textContent = `“${query.text}” is too common to search for on its own. Add a name or another word, or put a phrase in quotes.`;
      return;
    }
    if (box.within() === 'statement') {
      found = undefined;
      items.passages = inPageItems(query);
      show(false, true);
      return;
    }
    // One or two letters match a large part of the index: searched only once the reader pauses.
    if (query.text.length < 3) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (mine !== seq) return;
    }
    if (!pagefindReady()) status.textContent = 'Loading…';
    const attempt = loadPagefind();
    try {
      const pf = await attempt;
      const f = await find(pf, state, query, () => mine !== seq);
      if (!f || mine !== seq) return;
      found = f;
      shown = 0;
      items.entries = entryItems(f);
      box.facets(f.facets);
      await next(mine, false);
    } catch {
      // Pagefind or a piece of its index failed to load: forget it, so the next try starts afresh.
      forgetPagefind(attempt);
      if (mine === seq) fail();
    }
  }

  /** The statements' filters, fetched when the reader first goes to one; then the counts are the answer's (or the edition's). */
  async function loadFacets() {
    if (facetsLoaded) return;
    facetsLoaded = true;
    try {
      const [index, columns] = await Promise.all([loadWordIndex(), loadColumns(state, true)]);
      if (state.q.trim()) await run();
      else box.facets(answerOf(everyStatement(index.years), { years: index.years, columns, chosen: {}, sort: 'newest', phraseFirst: false }).facets);
    } catch {
      facetsLoaded = false;
    }
  }

  function prepare() {
    const mine = seq;
    if (!pagefindReady() && !input.value.trim()) status.textContent = 'Loading…';
    const attempt = loadPagefind();
    attempt
      .then(async () => {
        // The years and their statements, for the year filter before anything is searched.
        box.years((await loadWordIndex()).years);
        if (mine === seq && status.textContent === 'Loading…') status.textContent = '';
      })
      .catch(() => {
        forgetPagefind(attempt);
        if (mine === seq) fail();
      });
  }

  input.addEventListener('input', () => void run());
  more.addEventListener('click', () => {
    const mine = seq;
    results.busy(true);
    void next(mine, true)
      .catch(() => mine === seq && fail())
      .finally(() => mine === seq && results.busy(false));
    input.focus();
  });
  retry.addEventListener('click', () => {
    input.focus();
    if (input.value.trim()) void run();
    else prepare();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.items().length) return;
      e.preventDefault();
      results.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && results.active()) {
      e.preventDefault();
      location.href = results.active()!.href;
    }
  });
  return { root, input, state, prepare, run };
}
