/**
 * Pure logic over the mentions the build collected: which entities a statement
 * names, in what order, and where. Linear in the number of mentions.
 */
import type { Entity, EntityType } from '../schemas/entity.ts';

export interface MentionRef {
  entity: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  nested: string[];
  explicit?: boolean;
  probable?: boolean;
}

/** Each entity named (directly or inside a longer name) and the sorted, distinct paragraphs that name it. */
export function paragraphsByEntity(mentions: MentionRef[]): Map<string, number[]> {
  const sets = new Map<string, Set<number>>();
  const add = (id: string, n: number) => {
    let s = sets.get(id);
    if (!s) sets.set(id, (s = new Set()));
    s.add(n);
  };
  for (const m of mentions) {
    add(m.entity, m.paragraph);
    for (const id of m.nested) add(id, m.paragraph);
  }
  return new Map([...sets].map(([id, s]) => [id, [...s].sort((a, b) => a - b)]));
}

/** Entity ids in the order the text first names them (a direct mention before a nested one at the same place). */
export function firstMentionOrder(mentions: MentionRef[]): string[] {
  const seen = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const m of sorted) {
    seen.add(m.entity);
    for (const id of m.nested) seen.add(id);
  }
  return [...seen];
}

export const typeLabels: Record<EntityType, { one: string; many: string }> = {
  organisation: { one: 'Organisation', many: 'Organisations and bodies' },
  treaty: { one: 'Treaty or instrument', many: 'Treaties and instruments' },
  programme: { one: 'Programme', many: 'Programmes' },
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  event: { one: 'Event', many: 'Events' },
};

/** Groups entities by type, in the fixed order of `typeLabels`, keeping the given order inside each group. */
export function groupByType<T extends Pick<Entity, 'type'>>(items: T[]): { type: EntityType; items: T[] }[] {
  return (Object.keys(typeLabels) as EntityType[])
    .map((type) => ({ type, items: items.filter((i) => i.type === type) }))
    .filter((g) => g.items.length > 0);
}

export interface MentionSnippet {
  paragraph: number;
  before: string;
  text: string;
  after: string;
  /** How the paragraph names it when not by its own words, e.g. "within …". */
  how?: string;
}

/** One snippet per paragraph naming the entity (its first mention there), in paragraph order. */
export function mentionsOf(id: string, mentions: MentionRef[], paragraphs: { n: number; text: string }[], radius = 70): MentionSnippet[] {
  const out: MentionSnippet[] = [];
  const done = new Set<number>();
  // Per paragraph, the first direct mention, else the first longer name holding it.
  const sorted = [...mentions].sort(
    (a, b) => a.paragraph - b.paragraph || Number(b.entity === id) - Number(a.entity === id) || a.start - b.start,
  );
  for (const m of sorted) {
    const direct = m.entity === id;
    if ((!direct && !m.nested.includes(id)) || done.has(m.paragraph)) continue;
    done.add(m.paragraph);
    const text = paragraphs.find((p) => p.n === m.paragraph)?.text ?? '';
    let a = Math.max(0, m.start - radius);
    let b = Math.min(text.length, m.end + radius);
    if (a > 0) a = text.indexOf(' ', a) + 1 || a;
    if (b < text.length) b = Math.max(m.end, text.lastIndexOf(' ', b));
    out.push({
      paragraph: m.paragraph,
      before: `${a > 0 ? '… ' : ''}${text.slice(a, m.start)}`,
      text: m.text,
      after: `${text.slice(m.end, b)}${b < text.length ? ' …' : ''}`,
      how: direct ? (m.probable ? 'probable identification' : undefined) : 'within a longer name',
    });
  }
  return out.sort((x, y) => x.paragraph - y.paragraph);
}

/**
 * The page numbers a pager shows: the first, the last, and the two either side
 * of the current one; null where numbers are left out. Bounded, however many
 * pages there are.
 */
export function pagerNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** How many statements an entity page lists at once; more go on further pages. */
export const STATEMENTS_PER_PAGE = 50;
