/** A meeting file and its roster: the schema's checks and the roster joined to the edition's statements. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { meetingFileSchema, type MeetingFile } from '../../src/lib/model/schemas/meeting.ts';
import { officialRecordUrl, rosterEntries, rosterPlace, rowSpeaker } from '../../src/lib/model/meeting/roster.ts';
import type { StatementSummary } from '../../src/lib/model/statement/statement.ts';
import { root } from '../support/statements.ts';

const file = parse(readFileSync(join(root, 'content/meetings/s-pv-7316.yaml'), 'utf8'));
const m = meetingFileSchema.parse(file) as MeetingFile;
const s = (slug: string, speech: number) => ({ slug, file: `content/statements/${slug}.mdx`, meeting: { speech } }) as StatementSummary;

describe('the meeting file of S/PV.7316', () => {
  it('passes the schema: 136 rows in order, the outcome at its official address', () => {
    expect(m.roster).toHaveLength(136);
    expect(m.outcome).toEqual({ symbol: 'S/PRST/2014/23', kind: 'presidential-statement', url: 'https://undocs.org/S/PRST/2014/23' });
    expect(m.roster[68]).toMatchObject({ order: 69, speaker: 'Mr. Abdrakhmanov', country: 'Kazakhstan', file: 'UNSC_2014_SPV.7316_spch069.txt' });
  });

  it('is refused with a row missing, rows out of order, or an address that is not an official one', () => {
    expect(meetingFileSchema.safeParse({ ...file, roster: file.roster.slice(1) }).success).toBe(false);
    const swapped = [...file.roster];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(meetingFileSchema.safeParse({ ...file, roster: swapped }).success).toBe(false);
    expect(meetingFileSchema.safeParse({ ...file, pressRelease: 'https://docslib.org/x' }).success).toBe(false);
    expect(meetingFileSchema.safeParse({ ...file, roster: file.roster.map((r: object, i: number) => (i === 3 ? { ...r, speaker: 'Mr.\u202eX' } : r)) }).success).toBe(false);
  });
});

describe('rosterEntries', () => {
  it('puts the edition’s statements at their places, and the speeches around them from the roster', () => {
    const entries = rosterEntries(m, 'content/meetings/s-pv-7316.yaml', [s('kz', 69), s('other', 18)]);
    expect(entries.filter((e) => e.statement).map((e) => e.row.order)).toEqual([18, 69]);
    const place = rosterPlace(entries, 'kz')!;
    expect(place.order).toBe(69);
    expect(rowSpeaker(place.previous!.row)).toBe('The President (Australia)');
    expect(place.previous!.statement).toBeUndefined();
    expect(rowSpeaker(entries[68].row)).toBe('Mr. Abdrakhmanov (Kazakhstan)');
  });

  it('refuses a statement numbered beyond the roster, or two statements at one place, naming the files', () => {
    expect(() => rosterEntries(m, 'm.yaml', [s('x', 137)])).toThrow('content/statements/x.mdx: speech 137 of S/PV.7316, whose roster (m.yaml) has 136 speeches');
    expect(() => rosterEntries(m, 'm.yaml', [s('x', 5), s('y', 5)])).toThrow('content/statements/y.mdx and content/statements/x.mdx: both are speech 5');
  });

  it('links the official record only at the address form the edition has checked', () => {
    expect(officialRecordUrl('S/PV.7316')).toBe('https://undocs.org/S/PV.7316');
    expect(officialRecordUrl('S/PV.8699 (Resumption 1)')).toBeUndefined();
    expect(officialRecordUrl(null)).toBeUndefined();
  });
});
