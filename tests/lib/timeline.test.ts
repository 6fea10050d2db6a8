/** The timeline from the glossary's dated facts: order, precision, range, the statement's own date. */
import { describe, expect, it } from 'vitest';
import { compareDates, timelineOf } from '../../src/lib/context/timeline.ts';
import { timelineOverview } from '../../src/lib/context/timeline-svg.ts';
import type { Entity } from '../../src/lib/model/schemas/entity.ts';

const entity = (id: string, facts: { label: string; date?: string }[]): Entity =>
  ({
    id, name: `Name ${id}`, type: 'organisation', probable: false, acronyms: [], aliases: [], notNames: [], definition: 'd', annotation: 'a',
    facts: facts.map((f) => ({ ...f, text: `${f.label} text`, sources: ['s'], refs: [] })), sources: [], notes: [], context: false, seats: [],
  }) as Entity;

const glossary = [
  entity('ctc', [{ label: 'Founded', date: '2001-09-28' }, { label: 'Members' }]),
  entity('rats', [{ label: 'Operating', date: '2004' }, { label: 'Agreement', date: '2002-06-07' }]),
  entity('cted', [{ label: 'Founded', date: '2004-03-26' }, { label: 'Renewed', date: '2017-12' }]),
  entity('nato', [{ label: 'Founded', date: '1949-04-04' }]),
  entity('unnamed', [{ label: 'Founded', date: '2005' }]),
];
const named = new Map([['ctc', [2]], ['rats', [6]], ['cted', [2, 3]], ['nato', [7]]]);
const statement = { date: '2014-11-19', status: 'probable' as const, title: 'Statement' };

describe('timelineOf', () => {
  const t = timelineOf(glossary, named, statement);

  it('orders the dated facts of the entries the statement names, and the statement last', () => {
    expect(t.events.map((e) => `${e.date} ${e.entity ?? 'statement'}`)).toEqual([
      '2001-09-28 ctc',
      '2002-06-07 rats',
      '2004 rats',
      '2004-03-26 cted',
      '2014-11-19 statement',
    ]);
  });

  it('keeps a year-only date year-precise, sorted before the days of that year', () => {
    const rats = t.events.find((e) => e.date === '2004')!;
    expect(rats).toMatchObject({ label: '2004', precision: 'year', year: 2004 });
    expect(t.events.find((e) => e.entity === 'cted')).toMatchObject({ label: '26 March 2004', precision: 'day' });
  });

  it('links each event to its entry and the paragraphs that name it', () => {
    expect(t.events.find((e) => e.entity === 'cted')).toMatchObject({ entityName: 'Name cted', title: 'Founded', paragraphs: [2, 3] });
  });

  it('marks the statement’s date probable when the meeting is not confirmed', () => {
    expect(t.events.at(-1)).toMatchObject({ kind: 'statement', probable: true, label: '19 November 2014' });
    expect(timelineOf(glossary, named, { ...statement, status: 'confirmed' }).events.at(-1)?.probable).toBe(false);
  });

  it('leaves out facts after the statement and of entries it does not name; keeps earlier ones apart', () => {
    expect(t.events.some((e) => e.date === '2017-12' || e.entity === 'unnamed')).toBe(false);
    expect(t.before.map((e) => e.entity)).toEqual(['nato']);
  });

  it('puts every year of the axis 1992–2014 in, the empty ones too', () => {
    expect(t.from).toBe(1992);
    expect(t.to).toBe(2014);
    expect(t.years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 1992 + i));
    expect(t.years.find((y) => y.year === 2004)?.events).toHaveLength(2);
    expect(t.years.find((y) => y.year === 1995)?.events).toEqual([]);
  });

  it('takes a statement dated by its year alone', () => {
    const y = timelineOf(glossary, named, { date: '2014', status: 'unknown', title: 'S' });
    expect(y.events.at(-1)).toMatchObject({ label: '2014', precision: 'year', probable: true });
  });
});

describe('compareDates', () => {
  it('orders partial dates, a missing part first', () => {
    expect(['2004-03-26', '2004', '2003-12', '2004-03'].sort(compareDates)).toEqual(['2003-12', '2004', '2004-03', '2004-03-26']);
  });
});

describe('timelineOverview', () => {
  const t = timelineOf(glossary, named, statement);
  const svg = timelineOverview(t, { id: 'o', title: 'At a glance' });

  it('draws a tick per year of the axis, a dot per dated fact, and the statement dashed when probable', () => {
    expect(svg.match(/class="tl-tick"/g)).toHaveLength(23);
    expect(svg.match(/class="tl-dot"/g)).toHaveLength(4);
    expect(svg).toMatch(/class="tl-own"[^>]*stroke-dasharray="4 3"/);
    expect(svg).toContain('>19 November 2014 (probable)</text>');
    expect(timelineOverview(timelineOf(glossary, named, { ...statement, status: 'confirmed' }), { id: 'o', title: 't' })).not.toContain('stroke-dasharray');
  });

  it('is an image with a title and a description that counts the facts per year', () => {
    expect(svg).toMatch(/^<svg class="tl-overview"[^>]*role="img" aria-labelledby="o-title o-desc"/);
    expect(svg).toContain('<desc id="o-desc">Dated facts per year, 1992–2014: 2001: 1, 2002: 1, 2004: 2. The statement: 19 November 2014 (probable).');
  });
});
