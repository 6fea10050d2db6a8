/** Dates for readers, and the meeting date that says "probable" when it is. */
import { describe, expect, it } from 'vitest';
import { formatDate, meetingDate } from '../../src/lib/model/dates.ts';

describe('dates', () => {
  it('formats partial dates', () => {
    expect([formatDate('2014'), formatDate('2014-11'), formatDate('2014-11-19')]).toEqual(['2014', 'November 2014', '19 November 2014']);
  });

  it('marks a meeting date probable when the meeting is, and a year alone never', () => {
    expect(meetingDate({ date: '2014-11-19', status: 'probable' }, 2014)).toEqual({ text: '19 November 2014', probable: true });
    expect(meetingDate({ date: '2014-11-19', status: 'confirmed' }, 2014)).toEqual({ text: '19 November 2014', probable: false });
    expect(meetingDate({ status: 'probable' }, 2014)).toEqual({ text: '2014', probable: false });
    expect(meetingDate({ status: 'unknown' }, 2015)).toEqual({ text: '2015', probable: false });
  });
});
