/**
 * A statement's timeline, from the glossary data alone: every dated fact of the
 * entries the statement names, in order, and the statement's own date. Dates
 * keep their precision (a fact dated 2004 stays "2004" and sorts before
 * "2004-03-26"), so nothing is made more precise than its source.
 */
import type { Entity } from '../model/schemas/entity.ts';
import { formatDate } from '../model/dates.ts';

export interface TimelineEvent {
  /** As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  year: number;
  /** "26 March 2004", "December 2007", "2004". */
  label: string;
  precision: 'year' | 'month' | 'day';
  kind: 'fact' | 'statement';
  /** Glossary id (facts only). */
  entity?: string;
  entityName?: string;
  /** The fact's label ("Founded") and text. */
  title: string;
  text: string;
  /** Paragraphs of the statement that name the entity. */
  paragraphs: number[];
  /** For the statement's own date: whether the date is only probable. */
  probable?: boolean;
}

export interface Timeline {
  from: number;
  to: number;
  /** Events before `from`, in order (the axis starts at `from`). */
  before: TimelineEvent[];
  /** Events from `from` to `to`, in order. */
  events: TimelineEvent[];
  /** Every year of the axis with its events (empty years too). */
  years: { year: number; events: TimelineEvent[] }[];
}

const precisionOf = (date: string): TimelineEvent['precision'] => (['year', 'month', 'day'] as const)[date.split('-').length - 1];

/**
 * Orders partial dates: by year, month, day, where a missing part sorts first
 * (a fact known only as "2004" comes before any day of 2004).
 */
export function compareDates(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
}

export interface StatementDate {
  /** The meeting's date, or the year alone. */
  date: string;
  status: 'confirmed' | 'probable' | 'unknown';
  title: string;
}

/**
 * The timeline of a statement. `named` maps each entity the statement names
 * to its paragraphs; facts of other entries are left out, and so are facts
 * after the statement's date (they are not its context). The axis runs from
 * `from` (1992 by default: Kazakhstan's first year in the UN) to the year of
 * the statement.
 */
export function timelineOf(entities: Iterable<Entity>, named: Map<string, number[]>, statement: StatementDate, from = 1992): Timeline {
  const events: TimelineEvent[] = [];
  for (const e of entities) {
    const paragraphs = named.get(e.id);
    if (!paragraphs) continue;
    for (const f of e.facts) {
      if (!f.date || compareDates(f.date, statement.date) > 0) continue;
      events.push({
        date: f.date,
        year: Number(f.date.slice(0, 4)),
        label: formatDate(f.date),
        precision: precisionOf(f.date),
        kind: 'fact',
        entity: e.id,
        entityName: e.name,
        title: f.label,
        text: f.text,
        paragraphs,
      });
    }
  }
  events.push({
    date: statement.date,
    year: Number(statement.date.slice(0, 4)),
    label: formatDate(statement.date),
    precision: precisionOf(statement.date),
    kind: 'statement',
    title: 'This statement',
    text: statement.title,
    paragraphs: [],
    probable: statement.status !== 'confirmed',
  });
  // Stable: same dates keep the glossary's order, the statement last among its equals.
  const ordered = events
    .map((ev, i) => ({ ev, i }))
    .sort((a, b) => compareDates(a.ev.date, b.ev.date) || Number(a.ev.kind === 'statement') - Number(b.ev.kind === 'statement') || a.i - b.i)
    .map((x) => x.ev);
  const to = Math.max(from, Number(statement.date.slice(0, 4)));
  const inRange = ordered.filter((ev) => ev.year >= from);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i).map((year) => ({ year, events: inRange.filter((ev) => ev.year === year) }));
  return { from, to, before: ordered.filter((ev) => ev.year < from), events: inRange, years };
}
