/**
 * The search dialog, on Pagefind's JS API. Results come as you type: the
 * glossary entries the query names first, then the paragraphs, each with its
 * number, statement and a clean excerpt. Arrow keys walk them, Enter opens one;
 * a result lands on the paragraph with the words marked. Loaded on first use.
 */
// Styles arrive with the code, as a constructed stylesheet (no inline <style>, so the CSP needs no 'unsafe-inline').
import searchCss from '../styles/search.css?inline';
import { cleanExcerpt, type Run } from '../lib/model/excerpt.ts';
import { nameKey } from '../lib/model/text.ts';
import { forgetPagefind, loadPagefind, pagefindReady, type PagefindData } from './pagefind.ts';
import { defaultYear, loadYears, mergeScope, statementFilters, type YearCount } from './search-scope.ts';
import { hrefs } from '../lib/routing/routes.ts';
import { count } from '../lib/model/count.ts';

interface Item {
  kind: 'entity' | 'paragraph';
  href: string;
  label: string;
  context: string;
  excerpt: Run[];
}

const link = hrefs(import.meta.env.BASE_URL);
const typeFilters: [string, string][] = [
  ['', 'All'],
  ['Statement', 'Paragraphs'],
  ['Organisation', 'Organisations'],
  ['Treaty or instrument', 'Treaties'],
  ['Programme', 'Programmes'],
  ['Person', 'People'],
  ['Place', 'Places'],
  ['Event', 'Events'],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderRuns(runs: Run[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const r of runs) frag.append(r.marked ? el('mark', {}, r.text) : r.text);
  return frag;
}

export function initSearch(trigger: HTMLElement) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(searchCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const title = el('h2', { id: 'search-title', class: 'vh' }, 'Search the edition');
  const head = el('div', { class: 'search-head' });
  const label = el('label', { for: 'search-input', class: 'vh' }, 'Search for an organisation, treaty, person, place or any words');
  const input = el('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-describedby': 'search-help',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'CTC, Shanghai Cooperation, UNODC…',
  });
  const close = el('button', { type: 'button', class: 'search-close' }, 'Close');
  head.append(label, input, close);
  const help = el('p', { id: 'search-help', class: 'search-help' }, 'Find any organisation or treaty by acronym or full name. ↑ ↓ to move, Enter to open, Esc to close.');
  const filters = el('div', { class: 'search-filters', role: 'group', 'aria-label': 'Show' });
  let type = '';
  for (const [value, text] of typeFilters) {
    const b = el('button', { type: 'button', 'aria-pressed': String(value === type), 'data-type': value }, text);
    b.addEventListener('click', () => {
      type = value;
      filters.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      void run();
      input.focus();
    });
    filters.append(b);
  }
  // Statements by year and by country or body: the year decides which part of the index is fetched.
  let scope = '';
  let country = '';
  let yearList: YearCount[] = [];
  const scopeBox = el('div', { class: 'search-scope', hidden: '' });
  const yearLabel = el('label', {}, 'Year ');
  const yearSelect = el('select');
  yearLabel.append(yearSelect);
  const countryLabel = el('label', {}, 'Country or body ');
  const countrySelect = el('select');
  countrySelect.append(el('option', { value: '' }, 'Any'));
  countryLabel.append(countrySelect);
  scopeBox.append(yearLabel, countryLabel);
  yearSelect.addEventListener('change', () => {
    scope = yearSelect.value;
    country = '';
    countrySelect.replaceChildren(el('option', { value: '' }, 'Any'));
    void run();
  });
  countrySelect.addEventListener('change', () => {
    country = countrySelect.value;
    void run();
  });
  // The countries of the scope, asked of the index when the reader first goes to the list.
  countrySelect.addEventListener('focus', () => {
    if (countrySelect.options.length > 1) return;
    void loadPagefind()
      .then(async (pf) => {
        await mergeScope(pf, scope, yearList);
        const all = await pf.filters();
        const names = Object.keys(all.country ?? {}).sort((a, b) => a.localeCompare(b));
        if (countrySelect.options.length === 1) countrySelect.append(...names.map((c) => el('option', { value: c }, c)));
      })
      .catch(() => undefined);
  });
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { id: 'search-results', role: 'listbox', 'aria-label': 'Results' });
  // Shown when Pagefind cannot load or answer (404, 503, offline): what happened, a retry, and the way that needs no search.
  const failure = el('div', { class: 'search-error', hidden: '' });
  const retry = el('button', { type: 'button' }, 'Try again');
  failure.append(retry, el('a', { href: link.glossary }, 'Browse the glossary A–Z'));
  const foot = el('p', { class: 'search-foot' });
  const az = el('a', { href: link.glossary }, 'Browse the glossary A–Z');
  foot.append(az);
  dialog.append(title, head, help, filters, scopeBox, status, failure, list, foot);
  document.body.append(dialog);

  let items: Item[] = [];
  let active = -1;
  let seq = 0;

  const setActive = (i: number, scroll = true) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `sr-${i}`);
      if (scroll) document.getElementById(`sr-${i}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (i: number) => {
    if (items[i]) location.href = items[i].href;
  };

  /** Shows `items`; `again` when they extend the list just shown (the active result stays). */
  const render = (query: string, again = false) => {
    const keep = again ? active : -1;
    failure.hidden = true;
    list.replaceChildren();
    items.forEach((item, i) => {
      // Each result is a link (the option itself): it opens in a new tab, by
      // middle-click, and its address can be copied. Focus stays in the field
      // (tabindex -1), as the combobox pattern wants.
      const li = el('li', { role: 'none' });
      const a = el('a', { href: item.href, role: 'option', id: `sr-${i}`, 'aria-selected': 'false', class: `sr sr-${item.kind}`, tabindex: '-1' });
      const top = el('span', { class: 'sr-top' });
      top.append(el('span', { class: 'sr-label' }, item.label), el('span', { class: 'sr-context' }, item.context));
      const ex = el('span', { class: 'sr-excerpt' });
      ex.append(renderRuns(item.excerpt));
      a.append(top, ex);
      a.addEventListener('mousemove', () => active !== i && setActive(i));
      li.append(a);
      list.append(li);
    });
    input.setAttribute('aria-expanded', String(items.length > 0));
    // A new list starts at its top, where the first result is. Not scrolled to
    // before it is shown: scrolling lays out the page first (some 12 ms).
    if (keep > 0 && keep < items.length) setActive(keep);
    else {
      setActive(items.length ? 0 : -1, false);
      requestAnimationFrame(() => (list.scrollTop = 0));
    }
    const paragraphs = items.filter((x) => x.kind === 'paragraph').length;
    const entries = items.length - paragraphs;
    status.textContent = !query
      ? ''
      : items.length === 0
        ? `No results for “${query}”. Try another name or spelling, or browse the glossary A–Z.`
        : `${entries ? `${count(entries, 'glossary entry', 'glossary entries')}, ` : ''}${count(paragraphs, 'paragraph', 'paragraphs')}`;
  };

  /** Says that search could not load, with a retry and the A–Z glossary; keeps nothing of the failure. */
  const fail = () => {
    items = [];
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
    status.textContent = 'Search could not load. Check your connection and try again, or browse the glossary A–Z.';
    failure.hidden = false;
  };
  const loading = () => {
    failure.hidden = true;
    status.textContent = 'Loading…';
  };

  /** Loads Pagefind ahead of the first query (saying "Loading…"), and sets the year the search starts in. */
  function prepare() {
    const mine = seq;
    if (!pagefindReady() && !input.value.trim()) loading();
    const attempt = loadPagefind();
    attempt
      .then(async (pf) => {
        yearList = await loadYears();
        if (!scope) {
          scope = defaultYear(yearList);
          yearSelect.replaceChildren(
            ...yearList.map((y) => el('option', { value: y.year }, `${y.year} (${y.statements})`)),
            el('option', { value: 'all' }, 'All years'),
          );
          yearSelect.value = scope;
          scopeBox.hidden = yearList.length < 2;
        }
        await mergeScope(pf, scope, yearList);
        if (mine === seq && status.textContent === 'Loading…') status.textContent = '';
      })
      .catch(() => {
        forgetPagefind(attempt);
        if (mine === seq) fail();
      });
  }

  async function run() {
    const query = input.value.trim();
    const mine = ++seq;
    if (!query) {
      items = [];
      render('');
      return;
    }
    // A query of one or two letters matches a large part of the index: searched only once the
    // reader pauses, so that typing "UNODC" does not fetch what "U" and "UN" would need.
    if (query.length < 3) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (mine !== seq) return;
    }
    if (!pagefindReady()) loading();
    const attempt = loadPagefind();
    let entityData: PagefindData[];
    let statementData: Promise<PagefindData>[];
    try {
      const pf = await attempt;
      if (!scope) {
        yearList = await loadYears();
        scope = defaultYear(yearList);
      }
      if (type === '' || type === 'Statement') await mergeScope(pf, scope, yearList);
      // The index chunks the query needs are fetched first (each keystroke's at
      // once, no debounce). Searching is the costly part, on the main thread: a
      // query overtaken by a newer keystroke while its chunks came is not searched,
      // so the newest does not queue behind searches no one will see.
      await pf.preload(query);
      if (mine !== seq) return;
      // Entries and statements are searched apart, so that neither crowds the
      // other out of the few results whose fragments are fetched.
      const among = async (filters: Record<string, string>) => (await pf.search(query, { filters }))?.results ?? [];
      const [entries, statements] = await Promise.all([
        type === 'Statement' ? [] : among({ kind: 'Entry', ...(type ? { type } : {}) }),
        type === '' || type === 'Statement' ? among(statementFilters(scope, country)) : [],
      ]);
      // A newer keystroke has come: fetch no fragments for an answer no one will see.
      if (mine !== seq) return;
      // Three entries and three statements: six fragments, which a browser fetches at once (six connections).
      statementData = statements.slice(0, 3).map((r) => r.data());
      entityData = await Promise.all(entries.slice(0, 3).map((r) => r.data()));
      // The list is shown once the best statement has come; the other two follow.
      if (statementData.length) await statementData[0];
    } catch {
      // Pagefind or a piece of its index failed to load: forget it, so the next try starts afresh.
      forgetPagefind(attempt);
      if (mine === seq) fail();
      return;
    }
    if (mine !== seq) return;
    show(query, entityData, statementData.length ? [await statementData[0]] : [], false);
    if (statementData.length < 2) return;
    try {
      const all = await Promise.all(statementData);
      if (mine === seq) show(query, entityData, all, true);
    } catch {
      // The best statement is shown; the others could not be loaded. The next search starts afresh.
      forgetPagefind(attempt);
      if (mine === seq) status.textContent += '. Some results could not be loaded: search again to retry.';
    }
  }

  /** The list for `query`: the entries, then each statement's paragraphs. */
  function show(query: string, entityData: PagefindData[], statementData: PagefindData[], again: boolean) {
    // An entry the query names outright ("SCO", "Shanghai Cooperation
    // Organisation") comes first, whatever Pagefind's ranking; its names are
    // marked in paragraph excerpts and its id passed on, so that the landing
    // page marks its mentions (else those of the top three entries).
    const namesOf = (d: PagefindData) => [d.meta.title, ...(d.meta.names ?? '').split(' · ')].filter(Boolean);
    const named = entityData.filter((d) => namesOf(d).some((n) => nameKey(n) === nameKey(query)));
    const entries = [...entityData].sort((a, b) => Number(named.includes(b)) - Number(named.includes(a)));
    const chosen = named.length ? named : entries.slice(0, 3);
    const names = chosen.flatMap(namesOf);
    const ids = chosen.map((d) => d.meta.entity).filter(Boolean);
    const param = `?q=${encodeURIComponent(query)}${ids.length ? `&e=${ids.join(',')}` : ''}`;
    const next: Item[] = entries.slice(0, 3).map((d) => ({
      kind: 'entity',
      href: d.url,
      label: d.meta.title,
      context: d.filters.type?.[0] ?? 'Glossary',
      excerpt: cleanExcerpt(d.meta.definition ? escapeHtml(d.meta.definition) : d.excerpt, names),
    }));
    for (const d of statementData) {
      for (const sub of d.sub_results.filter((s) => /#p\d+$/.test(s.url)).slice(0, 9)) {
        const [path, hash] = sub.url.split('#');
        next.push({
          kind: 'paragraph',
          href: `${path}${param}#${hash}`,
          label: sub.title,
          context: d.meta.title,
          excerpt: cleanExcerpt(sub.excerpt, names),
        });
      }
    }
    items = next;
    render(query, again);
  }

  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  input.addEventListener('input', () => void run());
  retry.addEventListener('click', () => {
    input.focus();
    if (input.value.trim()) void run();
    else prepare();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setActive((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((active - 1 + items.length) % items.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      go(active);
    }
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => trigger.focus());

  trigger.addEventListener('search:open', () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    prepare();
  });
}
