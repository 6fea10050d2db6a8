/**
 * A meeting's roster as its pages show it: every speech of the meeting in
 * order (from its meeting file, content/meetings/), each joined to the
 * edition's statement of it when there is one. Pure over the file and the
 * summaries.
 */
import type { MeetingFile, RosterRow } from '../schemas/meeting.ts';
import type { StatementSummary } from '../statement/statement.ts';

export interface RosterEntry {
  row: RosterRow;
  /** The edition's statement of this speech, if it holds one. */
  statement?: StatementSummary;
}

/** The President's turns: collapsed to one line each on the meeting page. */
export const isPresident = (r: RosterRow) => r.participantType === 'The President';

/**
 * The roster's rows with the edition's statements at their places (by speech
 * number). A statement numbered beyond the roster, or two statements at one
 * place, stop the build naming the files.
 */
export function rosterEntries(file: MeetingFile, where: string, statements: StatementSummary[]): RosterEntry[] {
  const entries: RosterEntry[] = file.roster.map((row) => ({ row }));
  for (const s of statements) {
    const n = s.meeting.speech;
    if (n === undefined) continue;
    const entry = entries[n - 1];
    if (!entry) throw new Error(`${s.file}: speech ${n} of ${file.record ?? file.corpusBasename}, whose roster (${where}) has ${entries.length} speeches`);
    if (entry.statement) throw new Error(`${s.file} and ${entry.statement.file}: both are speech ${n} of ${file.record ?? file.corpusBasename} (${where})`);
    entry.statement = s;
  }
  return entries;
}

/** The official record of a meeting, at the address form the edition has checked (undocs.org/S/PV.N); none for another form. */
export function officialRecordUrl(record: string | null): string | undefined {
  return record && /^S\/PV\.\d+$/.test(record) ? `https://undocs.org/${record}` : undefined;
}

/** How a row names its speaker: "The President (Australia)", "Mr. Abdrakhmanov (Kazakhstan)". */
export function rowSpeaker(r: RosterRow): string {
  if (isPresident(r)) return `The President (${r.country})`;
  return r.country && r.country !== r.speaker ? `${r.speaker} (${r.country})` : r.speaker;
}

/** The place of a statement in its meeting's roster, and the speeches before and after it. */
export function rosterPlace(entries: RosterEntry[], slug: string): { order: number; previous?: RosterEntry; next?: RosterEntry } | undefined {
  const i = entries.findIndex((e) => e.statement?.slug === slug);
  if (i < 0) return undefined;
  return { order: i + 1, previous: entries[i - 1], next: entries[i + 1] };
}
