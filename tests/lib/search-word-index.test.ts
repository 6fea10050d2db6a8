/** The edition's word index (src/lib/model/search/word-index.ts): terms, keys, postings, and which statements a query finds. */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/model/search/query.ts';
import { decodePostings, encodePostings, fileName, holdsEveryWord, lookups, matchesOf, termKey, termsOf, wordKey, type Bucket } from '../../src/lib/model/search/word-index.ts';

/** An index of a few statements, as the build writes it: terms filed by key, postings encoded. */
function indexOf(texts: string[]) {
  const byTerm = new Map<string, number[]>();
  texts.forEach((text, n) => {
    for (const t of termsOf(text)) byTerm.set(t, [...(byTerm.get(t) ?? []), n]);
  });
  const files = new Map<string, Bucket>();
  for (const [term, numbers] of byTerm) {
    const key = termKey(term);
    files.set(key, { ...(files.get(key) ?? {}), [term]: encodePostings(numbers) });
  }
  const asked: string[] = [];
  const file = (key: string) => {
    asked.push(key);
    return files.get(key) ?? {};
  };
  return { find: (query: string) => matchesOf(parseQuery(query), file), asked };
}

describe('termsOf', () => {
  it('files the words but not the stop words, the pairs, and the other names apart', () => {
    const terms = termsOf('The Charter of the United Nations ⟦UNODC United Nations Office ⁺⟧ Office.');
    expect(terms).toContain('charter');
    expect(terms).toContain('charter of');
    expect(terms).toContain('united nations');
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('of the');
    expect(terms).toContain('~unodc');
    // What the text itself says is not filed again as another name.
    expect(terms).not.toContain('~united');
    expect(terms).not.toContain('~united nations');
    expect(terms).toContain('~unodc united');
  });
});

describe('keys and postings', () => {
  it('files a word with its plurals', () => {
    for (const [a, b] of [['nation', 'nations'], ['witness', 'witnesses'], ['council', "council's"], ['resource', 'resources']]) expect(wordKey(a), a).toBe(wordKey(b));
    expect(termKey('~security councils')).toBe(termKey('security council'));
  });

  it('puts a key in the same file every time, within the number of files', () => {
    for (const f of ['security council', 'unodc', 'ñandú', "council's"]) expect(Number(fileName(f, 7))).toBeLessThan(7);
    expect(fileName('security council', 1000)).toBe(fileName('security council', 1000));
  });

  it('encodes numbers as gaps and reads them back', () => {
    for (const list of [[], [0], [3, 5, 9, 1000, 1001], [36 ** 3]]) expect(decodePostings(encodePostings(list))).toEqual(list);
    expect(encodePostings([3, 5, 15])).toBe('3,2,a');
    // A word most statements hold: a bitmap, six statements to a character.
    const most = Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 10 !== 3);
    const bitmap = encodePostings(most, 100);
    expect(bitmap).toMatch(/^![A-Za-z0-9+/]{17}$/);
    expect(decodePostings(bitmap)).toEqual(most);
    expect(encodePostings([3, 5, 15], 100)).toBe('3,2,a');
    for (const total of [1, 6, 7, 64]) {
      const all = Array.from({ length: total }, (_, i) => i);
      expect(decodePostings(encodePostings(all, total)), String(total)).toEqual(all);
    }
  });
});

describe('matchesOf', () => {
  const texts = [
    /* 0 */ 'We support the Counter-Terrorism Committee and its Executive Directorate.',
    /* 1 */ 'The committee on counter-terrorism met. Terrorism is a threat.',
    /* 2 */ 'The CTC ⟦Counter-Terrorism Committee ⁺⟧ reported to the Security Council.',
    /* 3 */ 'The Charter of the United Nations binds all the nations united here.',
    /* 4 */ 'Nations are united by the Charter.',
    /* 5 */ 'the of and the',
  ];
  const { find, asked } = indexOf(texts);

  it('finds every word, a plural the same word, and ranks the phrase holders', () => {
    expect(find('counter-terrorism committee')).toEqual({ all: [0, 1, 2], phrase: [0, 2] });
    expect(find('Charter of the United Nations')).toEqual({ all: [3, 4], phrase: [3] });
    expect(find('nation')).toEqual({ all: [3, 4], phrase: [] });
  });

  it('takes quotes as a phrase as written, without the other names', () => {
    expect(find('"counter-terrorism committee"')).toEqual({ all: [0], phrase: [0] });
    expect(find('"Security Council"').all).toEqual([2]);
    expect(find('"Charter of the United Nations"').all).toEqual([3]);
  });

  it('finds a statement by a mention’s other names, unquoted only', () => {
    expect(find('ctc').all).toEqual([2]);
    expect(find('committee').all).toEqual([0, 1, 2]);
  });

  it('finds nothing for a word no statement holds, or for stop words', () => {
    expect(find('unodc').all).toEqual([]);
    expect(find('the').all).toEqual([]);
    expect(find('"of the"').all).toEqual([]);
  });

  it('looks up one file per word and per pair, never one of two stop words', () => {
    asked.length = 0;
    find('Charter of the United Nations');
    const { words, pairs } = lookups(parseQuery('Charter of the United Nations'));
    expect(words).toEqual(['charter', 'united', 'nation']);
    expect(pairs).toEqual(['charter of', 'th united', 'united nation']);
    expect(new Set(asked)).toEqual(new Set([...words, ...pairs]));
  });

  it('says when every word is there (only then are the pairs looked up)', () => {
    const file = (texts: string[]) => {
      const bucket: Bucket = {};
      texts.forEach((t) => { for (const term of termsOf(t)) bucket[term] = '0'; });
      return () => bucket;
    };
    expect(holdsEveryWord(parseQuery('counter-terrorism committee'), file(['The Counter-Terrorism Committees met.']))).toBe(true);
    // A word half typed is no word of the index: no pair is asked for it.
    expect(holdsEveryWord(parseQuery('counter-terrorism commi'), file(['The Counter-Terrorism Committee met.']))).toBe(false);
    expect(holdsEveryWord(parseQuery('"CTC"'), file(['The CTC ⟦Counter-Terrorism Committee ⁺⟧ met.']))).toBe(true);
    expect(holdsEveryWord(parseQuery('"committee"'), file(['The CTC ⟦Counter-Terrorism Committee ⁺⟧ met.']))).toBe(false);
  });
});
