/**
 * Statements that contradict each other about a meeting: two that give one
 * record (`meeting.record`) different dates, or the same speech number. Each
 * statement is checked alone by its schema; only the corpus can see these, and
 * a reference edition must not print two dates for one meeting or two speeches
 * in one place of its order. Both files are named, each at its line.
 */
import type { StatementSummary } from '../statement/statement.ts';

export type MeetingFacts = Pick<StatementSummary, 'file' | 'meeting'>;

/** Two partial dates agree when one is the other or a less precise form of it (2014-11 and 2014-11-19). */
const agree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * The problems, as `file:line: message`; `lineOf(file, key)` gives the line
 * of `meeting.<key>` in a statement file (1 when unknown).
 */
export function meetingConflicts(statements: Iterable<MeetingFacts>, lineOf: (file: string, key: 'date' | 'speech') => number): string[] {
  const byRecord = new Map<string, MeetingFacts[]>();
  for (const s of statements) {
    if (!s.meeting.record) continue;
    let list = byRecord.get(s.meeting.record);
    if (!list) byRecord.set(s.meeting.record, (list = []));
    list.push(s);
  }
  const problems: string[] = [];
  for (const [record, list] of byRecord) {
    list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const dated = list.filter((s) => s.meeting.date);
    const first = dated[0];
    for (const s of dated.slice(1)) {
      if (agree(first.meeting.date!, s.meeting.date!)) continue;
      problems.push(
        `${s.file}:${lineOf(s.file, 'date')}: meeting.date: ${record} is dated ${s.meeting.date} here but ${first.meeting.date} in ${first.file}:${lineOf(first.file, 'date')}; one meeting has one date`,
      );
    }
    const bySpeech = new Map<number, MeetingFacts>();
    for (const s of list) {
      const n = s.meeting.speech;
      if (n === undefined) continue;
      const twin = bySpeech.get(n);
      if (twin) {
        problems.push(
          `${s.file}:${lineOf(s.file, 'speech')}: meeting.speech: speech ${n} of ${record} is also ${twin.file}:${lineOf(twin.file, 'speech')}; each speech of a meeting has its own number`,
        );
      } else bySpeech.set(n, s);
    }
  }
  return problems;
}
