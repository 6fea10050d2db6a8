/**
 * The Council's common vocabulary (issue 19, K01–K20 of the research notes):
 * the names link as real 2020 records print them, and phrases that hold a
 * name but mean something else do not. The excerpts are copied, decoded from
 * Windows-1252 where the record was, from the corpus records the team was given into
 * tests/fixtures/council-vocabulary-excerpts.tsv (file, excerpt).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossary, root } from '../support/statements.ts';

const { entries, index } = glossary();
const council = entries.map((e) => e.entity).filter((e) => e.research?.entry.startsWith('K'));
const excerpts = readFileSync(join(root, 'tests/fixtures/council-vocabulary-excerpts.tsv'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => line.split('\t')[1]);
/** The excerpt that holds `words`, and what the glossary links in it: [matched text, entry] pairs. */
function linked(words: string): [string, string | undefined][] {
  const text = excerpts.find((x) => x.includes(words));
  expect(text, `an excerpt with "${words}"`).toBeDefined();
  return [...text!.matchAll(index.pattern)].map((m) => [m[0], index.resolve(m[0])]);
}

describe("the Council's common vocabulary", () => {
  it('has the twenty entries K01–K20, each accounted for against its own point list', () => {
    expect(council.map((e) => e.research!.entry).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`));
  });

  it('gives the heads of bodies with the date they held the post', () => {
    const heads = council.flatMap((e) => e.facts.filter((f) => /^(President|Chair|Secretary-General|High Commissioner|Office-holder)/.test(f.label)).map((f) => [e.id, f]));
    expect(heads.length).toBeGreaterThanOrEqual(10);
    for (const [id, f] of heads as [string, (typeof council)[number]['facts'][number]][]) expect(f.asOf ?? f.date, `${id}: ${f.label}`).toBeDefined();
  });

  it('links the names as the records print them', () => {
    expect(linked('under the Charter has the primary')).toContainEqual(['the Charter', 'un-charter']);
    expect(linked('Article 96 of the Charter')).toContainEqual(['the Charter', 'un-charter']);
    expect(linked('the Statute of the International Court of Justice')).toContainEqual(['International Court of Justice', 'icj']);
    expect(linked('Secretary-General Guterres')).toContainEqual(['Secretary-General Guterres', 'guterres']);
    expect(linked('President of the General Assembly')).toContainEqual(['General Assembly', 'general-assembly']);
    expect(linked('(ECOWAS) adopted')).toEqual([['Economic Community of West African States', 'ecowas'], ['ECOWAS', 'ecowas']]);
    expect(linked('African Union (AU)')).toEqual(expect.arrayContaining([['African Union', 'african-union'], ['AU', 'african-union'], ['2030 Agenda', 'agenda-2030']]));
    expect(linked('World Health Organization (WHO)').map(([, id]) => id)).toEqual(['who', 'who', 'who']);
    expect(linked('coronavirus disease pandemic')).toContainEqual(['coronavirus disease pandemic', 'covid-19']);
    expect(linked('Red Cross (ICRC)')).toEqual([['International Committee of the Red Cross', 'icrc'], ['ICRC', 'icrc']]);
    expect(linked('as a permanent member of the Security Council')).toContainEqual(['permanent member of the Security Council', 'permanent-members']);
    // A line break of the record left a space after the hyphen.
    expect(linked('report of the Secretary- General')).toContainEqual(['Secretary- General', 'secretary-general']);
  });

  it('does not link a phrase that holds a name but means something else', () => {
    // Other posts of the Secretariat, however the record spaces their hyphens.
    // "Under- Secretary-General Rosemary DiCarlo, speaking on behalf of Secretary-General …": only the second.
    expect(linked('Under- Secretary-General Rosemary')).toEqual([['Secretary-General', 'secretary-general']]);
    expect(linked('Assistant-Secretary-General and Special').map(([, id]) => id)).not.toContain('secretary-general');
    expect(linked('Under-Secretary- General for Humanitarian').filter(([, id]) => id === 'secretary-general')).toEqual([['Secretary-General', 'secretary-general']]);
    // The ten elected members are not the permanent ones.
    expect(linked('new non-permanent members').map(([, id]) => id)).toEqual(['security-council']);
  });

  it('does not link another body\'s charter, assembly or secretary-general, nor words that name none', () => {
    const found = (text: string) => [...text.matchAll(index.pattern)].map((m) => index.resolve(m[0]));
    expect(found('the Charter of Paris, the OAS General Assembly, the Deputy Secretary-General, the Secretary-General of the League of Arab States')).toEqual(['arab-league']);
    expect(found('the Charter of the SCO and the Charter')).toEqual(['sco', 'un-charter']);
    expect(found('the pandemic, the Court, the Assembly, the League, peacekeeping, our global goals, who knows')).toEqual([]);
  });
});
