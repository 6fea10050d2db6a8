/**
 * Statements that contradict each other about one meeting (src/lib/model/meeting/conflicts.ts):
 * different dates, or the same speech number, are refused, naming both files at their lines.
 */
import { describe, expect, it } from 'vitest';
import { meetingConflicts, type MeetingFacts } from '../../src/lib/model/meeting/conflicts.ts';

const s = (file: string, meeting: Partial<MeetingFacts['meeting']>): MeetingFacts => ({ file, meeting: { status: 'probable', ...meeting } });
const lines = { date: 11, speech: 12 };
const check = (list: MeetingFacts[]) => meetingConflicts(list, (_file, key) => lines[key]);

describe('meetings the statements contradict each other about', () => {
  it('refuses two dates for one record, naming both files and lines', () => {
    expect(
      check([
        s('content/statements/b.mdx', { record: 'S/PV.7316', date: '2014-12-19' }),
        s('content/statements/a.mdx', { record: 'S/PV.7316', date: '2014-11-19' }),
      ]),
    ).toEqual([
      'content/statements/b.mdx:11: meeting.date: S/PV.7316 is dated 2014-12-19 here but 2014-11-19 in content/statements/a.mdx:11; one meeting has one date',
    ]);
  });

  it('refuses one speech number given twice in one meeting, naming both files and lines', () => {
    expect(
      check([
        s('content/statements/a.mdx', { record: 'S/PV.7316', speech: 17 }),
        s('content/statements/c.mdx', { record: 'S/PV.7316', speech: 18 }),
        s('content/statements/b.mdx', { record: 'S/PV.7316', speech: 17 }),
      ]),
    ).toEqual(['content/statements/b.mdx:12: meeting.speech: speech 17 of S/PV.7316 is also content/statements/a.mdx:12; each speech of a meeting has its own number']);
  });

  it('accepts what agrees: one date more precise than the other, numbers in other meetings, statements without a record', () => {
    expect(
      check([
        s('a.mdx', { record: 'S/PV.7316', date: '2014-11-19', speech: 1 }),
        s('b.mdx', { record: 'S/PV.7316', date: '2014-11', speech: 2 }),
        s('c.mdx', { record: 'S/PV.7316' }),
        s('d.mdx', { record: 'S/PV.7351', date: '2014-12-19', speech: 1 }),
        s('e.mdx', { date: '2015-01-01', speech: 1 }),
        s('f.mdx', { date: '2016-01-01', speech: 1 }),
      ]),
    ).toEqual([]);
  });
});
