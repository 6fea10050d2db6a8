/** How search reads a query (src/lib/model/search/query.ts): phrases, required words, stop words, and what is marked. */
import { describe, expect, it } from 'vitest';
import { markQuery, pagefindQuery, parseQuery, passageRank, queryExcerpt, queryRanges, sameWord } from '../../src/lib/model/search/query.ts';

const marked = (text: string, query: string) => queryRanges(text, parseQuery(query)).map(([a, b]) => text.slice(a, b));

describe('parseQuery', () => {
  it('reads several words unquoted as all required, and as a phrase that ranks first', () => {
    const q = parseQuery('Charter of the United Nations');
    expect(q.words).toEqual(['charter', 'united', 'nations']);
    expect(q.phrases).toEqual([['charter', 'of', 'the', 'united', 'nations']]);
    expect(q.quoted).toBe(false);
    expect(pagefindQuery(q)).toBe('charter united nations');
  });

  it('reads quotes, straight or curly, as a phrase that must stand as written', () => {
    for (const text of ['"Security Council"', '“Security Council”']) {
      const q = parseQuery(text);
      expect(q.quoted).toBe(true);
      expect(q.phrases).toEqual([['security', 'council']]);
      expect(pagefindQuery(q)).toBe('"security council"');
    }
    expect(pagefindQuery(parseQuery('"Security Council" reform'))).toBe('"security council" reform');
  });

  it('finds nothing for stop words alone, quoted or not', () => {
    for (const text of ['the', 'of the', '"the"', 'The  Of']) expect(parseQuery(text).empty, text).toBe(true);
    expect(parseQuery('the UNODC').empty).toBe(false);
    expect(parseQuery('the UNODC').words).toEqual(['unodc']);
  });

  it('keeps a hyphenated word whole for marking', () => {
    const q = parseQuery('Counter-Terrorism');
    expect(q.compounds).toEqual([['counter', 'terrorism']]);
    expect(q.marked).toEqual([]);
  });
});

describe('sameWord', () => {
  it('takes plurals and, for the word being typed, its start; never a stem', () => {
    expect(sameWord('nations', 'nation')).toBe(true);
    expect(sameWord('nation', 'nations')).toBe(true);
    expect(sameWord('national', 'nations')).toBe(false);
    expect(sameWord('unodc', 'unod', true)).toBe(true);
    expect(sameWord('unodc', 'unod')).toBe(false);
    expect(sameWord('un', 'unodc', true)).toBe(false);
  });
});

describe('passageRank', () => {
  const text = 'As we mark the seventy-fifth anniversary of the Charter of the United Nations, I wish the founder could address us.';
  it('ranks a passage holding the phrase 1, one holding all the words 2, any other 0', () => {
    expect(passageRank(text, parseQuery('Charter of the United Nations'))).toBe(1);
    expect(passageRank('The United Nations and its Charter.', parseQuery('Charter of the United Nations'))).toBe(2);
    expect(passageRank('The national charter.', parseQuery('Charter of the United Nations'))).toBe(0);
  });
  it('takes a quoted phrase as required', () => {
    expect(passageRank('The United Nations and its Charter.', parseQuery('"Charter of the United Nations"'))).toBe(0);
    expect(passageRank(text, parseQuery('"charter of the united nations"'))).toBe(1);
    expect(passageRank('the council on security', parseQuery('"Security Council"'))).toBe(0);
  });
  it('answers nothing for stop words alone', () => {
    expect(passageRank(text, parseQuery('the'))).toBe(0);
  });
});

describe('marks', () => {
  it('marks the phrase where it stands and the words, never a stop word alone or a stem', () => {
    expect(marked('the Charter of the United Nations and the national plan', 'Charter of the United Nations')).toEqual([
      'Charter of the United Nations',
      'Charter',
      'United',
      'Nations',
    ]);
    expect(marked('the Council of the Security Council', '"Security Council"')).toEqual(['Security Council']);
    expect(marked('the Council of the State', 'the')).toEqual([]);
  });

  it('unmarks what Pagefind marks beyond the query, and keeps a hit in a mention’s other names on the mention', () => {
    const q = parseQuery('UNODC');
    const html = 'of <mark>the</mark> <mark>national</mark> ⟦<mark>UNODC</mark> ⁺⁺⁺⁺⁺⁺⁺⟧ United Nations Office on Drugs and Crime, which';
    const runs = queryExcerpt(html, q);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['United Nations Office on Drugs and Crime']);
    expect(runs.map((r) => r.text).join('')).toBe('of the national United Nations Office on Drugs and Crime, which');
  });

  it('adds the names of the entities found', () => {
    const runs = markQuery([{ text: 'the Shanghai Cooperation Organization met', marked: false }], parseQuery('SCO'), ['Shanghai Cooperation Organization']);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['Shanghai Cooperation Organization']);
  });
});
