/**
 * What a reader narrows a search by: the kind of result; where to look (the
 * whole edition, or on a statement's page this meeting or this statement);
 * year, country or body, meeting and speaker, each listed with how many
 * statements of the current answer it would leave; and the order.
 */
import type { SearchState, SortOrder } from './state.ts';
import { el } from './results.ts';

const TYPES: [string, string][] = [
  ['', 'All'],
  ['Statement', 'Passages'],
  ['Organisation', 'Organisations'],
  ['Treaty or instrument', 'Treaties'],
  ['Programme', 'Programmes'],
  ['Person', 'People'],
  ['Place', 'Places'],
  ['Event', 'Events'],
];
const FACETS = [
  ['year', 'Year', 'All years'],
  ['country', 'Country or body', 'Any'],
  ['meeting', 'Meeting', 'Any'],
  ['speaker', 'Speaker', 'Any'],
] as const;
type Facet = (typeof FACETS)[number][0];

/** The page's statement, when search opens on one: its meeting's record, for "This meeting". */
export interface Here {
  meeting?: string;
  statement: boolean;
}

export type Within = 'edition' | 'meeting' | 'statement';

export interface Controls {
  root: HTMLElement;
  within(): Within;
  /** Lists each filter's values with their counts (keeping the chosen one). */
  facets(counts: Record<string, Record<string, number>>): void;
  /** The edition's years and their statements, listed until a search gives its own counts. */
  years(list: { year: string; statements: number }[]): void;
  set(state: SearchState): void;
}

/**
 * `wanted` is called the first time the reader goes to a filter: the statements' filter
 * values are fetched then, not with the first search.
 */
export function controls(state: SearchState, here: Here | undefined, changed: () => void, wanted: () => void): Controls {
  const root = el('div', { class: 'search-controls' });
  const types = el('div', { class: 'search-filters', role: 'group', 'aria-label': 'Show' });
  for (const [value, text] of TYPES) {
    const b = el('button', { type: 'button', 'aria-pressed': String(value === state.type), 'data-type': value }, text);
    b.addEventListener('click', () => {
      state.type = value;
      types.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      changed();
    });
    types.append(b);
  }
  root.append(types);

  let within: Within = 'edition';
  const scope = el('div', { class: 'search-scope' });
  if (here?.statement) {
    const where = el('fieldset', { class: 'search-within' });
    where.append(el('legend', {}, 'Search in'));
    const options: [Within, string][] = [['edition', 'The whole edition'], ...(here.meeting ? [['meeting', `This meeting (${here.meeting})`] as [Within, string]] : []), ['statement', 'This statement']];
    for (const [value, text] of options) {
      const label = el('label');
      const radio = el('input', { type: 'radio', name: 'search-within', value });
      radio.checked = value === within;
      radio.addEventListener('change', () => {
        within = value;
        state.meeting = value === 'meeting' ? here.meeting! : '';
        selects.meeting.value = state.meeting;
        sync();
        changed();
      });
      label.append(radio, ` ${text}`);
      where.append(label);
    }
    scope.append(where);
  }
  // The filters and the order, folded away on a narrow screen unless one is set (the results come first there).
  const narrow = el('details', { class: 'search-narrow' });
  narrow.open = Boolean(state.year || state.country || state.meeting || state.speaker || state.sort !== 'relevance') || matchMedia('(min-width: 40rem)').matches;
  const facetBox = el('div', { class: 'search-facets' });
  narrow.append(el('summary', {}, 'Filters and order'), facetBox);
  const selects = {} as Record<Facet, HTMLSelectElement>;
  for (const [key, text, any] of FACETS) {
    const label = el('label', { class: `search-facet facet-${key}` }, `${text} `);
    const select = el('select', { name: key });
    select.append(el('option', { value: '' }, any));
    select.addEventListener('change', () => {
      state[key] = select.value;
      changed();
    });
    // The years come with the index's list of years; the other filters' values are fetched on first use.
    if (key !== 'year') {
      select.addEventListener('focus', wanted, { once: true });
      select.addEventListener('pointerdown', wanted, { once: true });
    }
    selects[key] = select;
    label.append(select);
    facetBox.append(label);
  }
  const sortLabel = el('label', { class: 'search-facet' }, 'Order ');
  const sort = el('select', { name: 'sort' });
  for (const [value, text] of [['relevance', 'Best match'], ['newest', 'Newest first'], ['oldest', 'Oldest first']]) sort.append(el('option', { value }, text));
  sort.addEventListener('change', () => {
    state.sort = sort.value as SortOrder;
    changed();
  });
  sortLabel.append(sort);
  facetBox.append(sortLabel);
  scope.append(narrow);
  root.append(scope);
  // In "This statement", the page's own text is searched: the edition's filters do not apply.
  const sync = () => {
    narrow.hidden = within === 'statement';
  };

  let yearTotals: Record<string, number> = {};
  const facets = (counts: Record<string, Record<string, number>>) => {
    for (const [key, , any] of FACETS) {
      const select = selects[key];
      const values = counts[key] ?? (key === 'year' ? yearTotals : {});
      const chosen = state[key];
      // Only the values that leave something (Pagefind lists the others at 0), and the one chosen.
      const names = Object.keys(values).filter((v) => values[v] > 0).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      if (chosen && !names.includes(chosen)) names.unshift(chosen);
      select.replaceChildren(el('option', { value: '' }, any), ...names.map((v) => el('option', { value: v }, `${v} (${values[v] ?? 0})`)));
      select.value = chosen;
    }
  };
  facets({});
  sort.value = state.sort;
  return {
    root,
    within: () => within,
    facets,
    years(list) {
      yearTotals = Object.fromEntries(list.map((y) => [y.year, y.statements]));
      facets({});
    },
    set(next) {
      Object.assign(state, next);
      types.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x.dataset.type === state.type)));
      sort.value = state.sort;
      facets({});
    },
  };
}
