import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../src/lib/model/glossary/names.ts';
import { entity } from '../support/mdx.ts';

const entities = [
  entity('sco', { name: 'Shanghai Cooperation Organisation', acronyms: ['SCO'], aliases: ['Shanghai Cooperation Organization'] }),
  entity('sco-rats', {
    name: 'Regional Anti-Terrorist Structure of the SCO',
    acronyms: ['RATS', 'SCO RATS'],
    aliases: ['Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization', 'Regional Anti-Terrorist Structure'],
  }),
  entity('cis', { name: 'Commonwealth of Independent States', acronyms: ['CIS'] }),
  entity('cis-atc', { name: 'CIS Anti-Terrorism Center', acronyms: ['CIS ATC'], aliases: ['Anti-Terrorist Centre of the Commonwealth of Independent States'] }),
];

const matches = (text: string) => {
  const { index } = buildNameIndex(entities);
  return [...text.matchAll(index.pattern)].map((m) => [m[0], index.resolve(m[0])]);
};

describe('name index', () => {
  it('prefers the longest name at a place', () => {
    expect(matches('the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization (SCO), has')).toEqual([
      ['Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization', 'sco-rats'],
      ['SCO', 'sco'],
    ]);
  });

  it('matches names across line breaks and either dash, and in any case', () => {
    expect(matches('the regional anti–terrorist\nstructure of the shanghai cooperation\norganization')).toEqual([
      ['regional anti–terrorist\nstructure of the shanghai cooperation\norganization', 'sco-rats'],
    ]);
  });

  it('matches acronyms only as whole words and in their own case', () => {
    expect(matches('DISCO, Sco, SCOs, CISCO and SCO-led')).toEqual([['SCO', 'sco']]);
  });

  it('finds the names nested in a longer one', () => {
    const { index } = buildNameIndex(entities);
    expect(index.nestedIn('Anti-Terrorist Centre of the Commonwealth of Independent States', 'cis-atc')).toEqual(['cis']);
    expect(index.nestedIn('Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization', 'sco-rats')).toEqual(['sco']);
  });

  it('does not match a name inside a phrase its entry lists as not it, and goes on after it', () => {
    const { index } = buildNameIndex([
      ...entities,
      entity('sg', { name: 'Secretary-General', notNames: ['Deputy Secretary-General', 'Under-Secretary-General', 'Secretary-General of the SCO'] }),
      entity('charter', { name: 'Charter of the United Nations', aliases: ['the Charter'], notNames: ['the Charter of the SCO'] }),
      entity('p5', { name: 'permanent members', notNames: ['non-permanent members'] }),
    ]);
    const found = (text: string) => [...text.matchAll(index.pattern)].map((m) => [m[0], index.resolve(m[0])]);
    expect(found('The Deputy Secretary-General, the Under-Secretary-General and the Secretary-General of the SCO met the Secretary-General.')).toEqual([
      ['SCO', 'sco'],
      ['Secretary-General', 'sg'],
    ]);
    expect(found('the Charter of the SCO and the Charter; the non-permanent members and the permanent members')).toEqual([
      ['SCO', 'sco'],
      ['the Charter', 'charter'],
      ['permanent members', 'p5'],
    ]);
    // In another case and across a line break too.
    expect(found('the DEPUTY\nsecretary-general')).toEqual([]);
  });

  it('matches a hyphenated name that a line break left a space in', () => {
    const { index } = buildNameIndex([entity('sg', { name: 'Secretary-General' }), ...entities]);
    expect([...'the Secretary- General and the CIS Anti- Terrorism Center'.matchAll(index.pattern)].map((m) => index.resolve(m[0]))).toEqual(['sg', 'cis-atc']);
  });

  it('refuses a not-name that holds none of its names, or is a name', () => {
    const { clashes } = buildNameIndex([
      entity('sg', { name: 'Secretary-General', notNames: ['Deputy Director-General', 'Secretary-General'] }),
    ]);
    expect(clashes.map((c) => [c.entity, c.field, c.position])).toEqual([
      ['sg', 'notNames', 0],
      ['sg', 'notNames', 1],
    ]);
  });

  it('refuses a name claimed by two entities, in any case or dash', () => {
    const { clashes } = buildNameIndex([
      entity('a', { name: 'Counter-Terrorism Committee', acronyms: ['CTC'] }),
      entity('b', { name: 'Other', aliases: ['counter–terrorism committee'] }),
      entity('c', { name: 'Third', acronyms: ['CTC'] }),
    ]);
    expect(clashes.map((c) => [c.entity, c.field])).toEqual([
      ['b', 'aliases'],
      ['c', 'acronyms'],
    ]);
    expect(clashes[0].message).toContain('already a name of "a"');
  });
});

import { typeset } from '../../src/lib/model/text/text.ts';
describe('typeset', () => {
  it('curls quotes and apostrophes', () => {
    expect(typeset(`The "SCO Convention" isn't 'it' (the "Plan")`)).toBe('The “SCO Convention” isn’t ‘it’ (the “Plan”)');
  });
});

import { firstSentence } from '../../src/lib/model/text/text.ts';
describe('firstSentence', () => {
  it('ends at the first full stop that ends a sentence, not at "Mr." or "U.N." inside one', () => {
    expect(firstSentence('The record says so. Other sources differ.')).toBe('The record says so.');
    expect(firstSentence('Mr. Laborde was the Executive Director in 2014. He was appointed in 2013.')).toBe('Mr. Laborde was the Executive Director in 2014.');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
  });
  it('cuts a long sentence at a word, with an ellipsis', () => {
    const s = firstSentence(`${'word '.repeat(80)}end.`, 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s.endsWith('word…')).toBe(true);
  });
});

import { mentionsOf } from '../../src/lib/model/glossary/mentions.ts';
describe('mentionsOf', () => {
  it('prefers a direct mention in a paragraph to a longer name that holds it', () => {
    const text = 'The Structure of the Shanghai Organization (SCO) works.';
    const mentions = [
      { entity: 'rats', paragraph: 1, start: 4, end: 42, text: text.slice(4, 42), nested: ['sco'] },
      { entity: 'sco', paragraph: 1, start: 44, end: 47, text: 'SCO', nested: [] },
    ];
    expect(mentionsOf('sco', mentions, [{ n: 1, text }])).toMatchObject([{ paragraph: 1, text: 'SCO', how: undefined }]);
    expect(mentionsOf('sco', mentions.slice(0, 1), [{ n: 1, text }])).toMatchObject([{ paragraph: 1, how: 'within a longer name' }]);
  });
});

import { paginate } from '../../src/lib/model/glossary/mentions.ts';
describe('paginate', () => {
  it('splits into pages of a size, keeping one empty page for nothing', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 25)).toEqual([[]]);
  });
});
