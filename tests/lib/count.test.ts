import { describe, expect, it } from 'vitest';
import { count, noun } from '../../src/lib/model/count.ts';

describe('count', () => {
  it('reads right for none, one and many', () => {
    expect(count(0, 'organisation', 'organisations')).toBe('no organisations');
    expect(count(0, 'place', 'places', 'no place that the map can show')).toBe('no place that the map can show');
    expect(count(1, 'organisation', 'organisations')).toBe('1 organisation');
    expect(count(2, 'organisation', 'organisations')).toBe('2 organisations');
    expect(count(1, 'person', 'people')).toBe('1 person');
  });

  it('writes large numbers with separators', () => {
    expect(count(1475, 'word', 'words')).toBe('1,475 words');
    expect(count(10000, 'statement', 'statements')).toBe('10,000 statements');
  });

  it('refuses what is not a count', () => {
    expect(() => count(-1, 'a', 'b')).toThrow(/whole number/);
    expect(() => count(1.5, 'a', 'b')).toThrow(/whole number/);
    expect(() => count(Number.NaN, 'a', 'b')).toThrow(/whole number/);
  });

  it('gives the noun alone', () => {
    expect([0, 1, 2].map((n) => noun(n, 'speech', 'speeches'))).toEqual(['speeches', 'speech', 'speeches']);
  });
});
