/**
 * The ways through many statements: by year, by the speaker's country or
 * body, and by meeting, where a meeting lists its speeches in the order they
 * were given. Pure functions over the summaries, linear in their number.
 */
import type { StatementSummary } from '../statement/statement.ts';
import type { MeetingFile } from '../schemas/meeting.ts';
import type { RosterEntry } from '../meeting/roster.ts';

/**
 * A name as a path segment: "S/PV.7316 (Resumption 1)" → "s-pv-7316-resumption-1", "Côte d’Ivoire" → "cote-d-ivoire".
 * A name with no Latin letter or digit gets a stable id from its characters
 * ("日本" → "u65e5-u672c", "." → "u2e"), so no two such names share a page;
 * the empty name is "unnamed".
 */
export function slugify(name: string): string {
  const latin = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (latin) return latin;
  const chars = [...name.normalize('NFC').trim()].filter((c) => !/\s/u.test(c));
  return chars.length ? chars.map((c) => `u${c.codePointAt(0)!.toString(16)}`).join('-') : 'unnamed';
}

/** How listings name the country or body of a statement. */
export const countryOf = (s: Pick<StatementSummary, 'country'>) => s.country || 'Not stated';

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Groups items by a label, keeping the items' order inside each group; groups in order of `compare` on labels. */
export function groupBy<T>(items: T[], label: (x: T) => string, compare: (a: string, b: string) => number): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const x of items) {
    const l = label(x);
    const key = slugify(l);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: l, items: [] }));
    g.items.push(x);
  }
  return [...groups.values()].sort((a, b) => compare(a.label, b.label));
}

export interface Meeting {
  key: string;
  record: string;
  date?: string;
  /** The least sure status among its statements. */
  status: StatementSummary['meeting']['status'];
  year: number;
  /** Its speeches in the order given (speech number; unnumbered ones last, by title). */
  statements: StatementSummary[];
  /** Every speech of the meeting, from its meeting file (content/meetings/), when there is one. */
  roster?: { file: MeetingFile; where: string; entries: RosterEntry[] };
}

const order = (a: StatementSummary, b: StatementSummary) =>
  (a.meeting.speech ?? Infinity) - (b.meeting.speech ?? Infinity) || a.title.localeCompare(b.title);
const sureness = { confirmed: 0, probable: 1, unknown: 2 } as const;

/** The meetings the statements name (by record symbol), newest first. */
export function meetingsOf(summaries: StatementSummary[]): Meeting[] {
  const byKey = new Map<string, Meeting>();
  for (const s of summaries) {
    const record = s.meeting.record;
    if (!record) continue;
    const key = slugify(record);
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = { key, record, date: s.meeting.date, status: s.meeting.status, year: s.year, statements: [] }));
    if (sureness[s.meeting.status] > sureness[m.status]) m.status = s.meeting.status;
    m.date ??= s.meeting.date;
    m.statements.push(s);
  }
  const list = [...byKey.values()];
  for (const m of list) m.statements.sort(order);
  return list.sort(
    (a, b) => b.year - a.year || (b.date ?? '').localeCompare(a.date ?? '') || b.record.localeCompare(a.record, 'en', { numeric: true }),
  );
}

/** The speeches before and after a statement in its meeting, when the order of speeches is known. */
export function neighbours(meeting: Meeting | undefined, slug: string): { previous?: StatementSummary; next?: StatementSummary } {
  if (!meeting) return {};
  const i = meeting.statements.findIndex((s) => s.slug === slug);
  const at = meeting.statements[i];
  if (i < 0 || at.meeting.speech === undefined) return {};
  const previous = meeting.statements[i - 1];
  const next = meeting.statements[i + 1];
  return {
    ...(previous?.meeting.speech !== undefined ? { previous } : {}),
    ...(next?.meeting.speech !== undefined ? { next } : {}),
  };
}
