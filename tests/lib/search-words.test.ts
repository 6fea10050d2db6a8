/** The word index's files (src/lib/formats/search-words.ts), read back as the browser reads them. */
import { describe, expect, it } from 'vitest';
import { statementRecord, WordIndexBuilder, type WordIndexManifest } from '../../src/lib/formats/search-words.ts';
import { fileName, matchesOf, type Bucket } from '../../src/lib/model/search/word-index.ts';
import { parseQuery } from '../../src/lib/model/search/query.ts';
import type { IndexedFragment } from '../../src/lib/model/search/indexed.ts';

const fragment = (hash: string, day: string, content: string, country = 'France'): IndexedFragment => ({
  hash,
  url: `/statements/${hash}/`,
  content,
  anchors: [{ id: 'p1', location: 0 }],
  filters: { country: [country], meeting: [`S/PV.${day}`], speaker: ['Mr. A'] },
  meta: { day },
});

function built() {
  const b = new WordIndexBuilder();
  const order = b.addYear('2020', [fragment('b', '20200301', 'The Counter-Terrorism Committee met.'), fragment('a', '20201001', 'UNODC and the Committee.', 'Kazakhstan')]);
  order.push(...b.addYear('2014', [fragment('c', '20141119', 'The UNODC ⟦United Nations Office on Drugs and Crime ⁺⟧ helps.')]));
  const files = b.files();
  const manifest = files.get('index.json') as WordIndexManifest;
  const read = <T>(name: string): T => files.get(`${name}.bin`) as T;
  const find = (query: string) => {
    const q = parseQuery(query);
    const name = (key: string) => fileName(key, manifest.files);
    return matchesOf(q, (key) => (files.has(`${name(key)}.bin`) ? read<Bucket>(name(key)) : {}));
  };
  return { manifest, read, find, files, order };
}

describe('WordIndexBuilder', () => {
  it('numbers the statements newest first, by day within a year', () => {
    const { manifest, read, order } = built();
    expect(order.map((f) => f.hash)).toEqual(['a', 'b', 'c']);
    expect(manifest.years).toEqual([
      { year: '2020', from: 0, statements: 2 },
      { year: '2014', from: 2, statements: 1 },
    ]);
    expect(read<{ values: string[]; of: string }>('facets-country')).toEqual({ values: ['Kazakhstan', 'France'], of: '0,1,1' });
  });

  it('writes every one of its files, an empty one too', () => {
    const { manifest, files } = built();
    for (let k = 0; k < manifest.files; k++) expect(files.has(`${k}.bin`), `${k}.bin`).toBe(true);
  });

  it('answers queries from its own files, by any name', () => {
    const { find } = built();
    expect(find('UNODC').all).toEqual([0, 2]);
    expect(find('Office on Drugs and Crime').all).toEqual([2]);
    expect(find('"Office on Drugs and Crime"').all).toEqual([]);
    expect(find('counter-terrorism committee')).toEqual({ all: [1], phrase: [1] });
    expect(find('committee').all).toEqual([0, 1]);
  });

  it('keeps of a statement what its passages need, not the anchors’ own text', () => {
    const f = { ...fragment('x', '20200101', 'Text.'), anchors: [{ id: 'p1', location: 0, text: 'Text.', element: 'div' } as { id: string; location: number }] };
    expect(statementRecord({ ...f, anchors: f.anchors.map(({ id, location }) => ({ id, location })) })).toEqual({
      url: '/statements/x/',
      content: 'Text.',
      anchors: [{ id: 'p1', location: 0 }],
      filters: f.filters,
      meta: { day: '20200101' },
    });
  });

  it('refuses years out of order', () => {
    const b = new WordIndexBuilder();
    b.addYear('2014', []);
    expect(() => b.addYear('2020', [])).toThrow(/2020 added after 2014/);
  });
});
