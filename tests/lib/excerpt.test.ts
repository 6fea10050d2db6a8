import { describe, expect, it } from 'vitest';
import { cleanExcerpt, stripAliasBlocks, parseExcerpt } from '../../src/lib/excerpt.ts';

const html = (runs: { text: string; marked: boolean }[]) => runs.map((r) => (r.marked ? `<mark>${r.text}</mark>` : r.text)).join('');

describe('search excerpts', () => {
  it('cut out alias blocks, even when a mark starts inside one', () => {
    const ex = 'We thank the donors of the <mark>⟦UNODC</mark> · Office on Drugs and Crime⟧ United Nations Office on Drugs and Crime in Almaty.';
    expect(html(cleanExcerpt(ex))).toBe('We thank the donors of the United Nations Office on Drugs and Crime in Almaty.');
  });

  it('mark the mention a matched hidden name stands for', () => {
    const ex = 'partners: the <mark>⟦CTITF</mark> Counter Implementation Task Force ⁺⁺⁺⁺⁺⁺⁺⟧ the task force to implement counter-terrorism arrangements, the European Union';
    expect(html(cleanExcerpt(ex))).toBe(
      'partners: the <mark>the task force to implement counter-terrorism arrangements</mark>, the European Union',
    );
  });

  it('mark the names of the entity the query found', () => {
    const ex = 'the <mark>⟦UNODC</mark> · Office on Drugs and Crime⟧ United Nations Office on Drugs and Crime in Almaty.';
    expect(html(cleanExcerpt(ex, ['UNODC', 'United Nations Office on Drugs and Crime']))).toBe(
      'the <mark>United Nations Office on Drugs and Crime</mark> in Almaty.',
    );
  });

  it('handle blocks cut off at either end of the excerpt', () => {
    expect(html(stripAliasBlocks(parseExcerpt('Drugs and Crime⟧ United Nations Office')))).toBe(' United Nations Office');
    expect(html(stripAliasBlocks(parseExcerpt('met the <mark>SCO</mark> and ⟦Shanghai Coop')))).toBe('met the <mark>SCO</mark> and ');
  });

  it('keep Pagefind marks on real words, hyphenated ones included', () => {
    const ex = 'The ⟦Shanghai Cooperation Organisation⟧ SCO and the <mark>Counter-Terrorism</mark> Committee met.';
    expect(html(cleanExcerpt(ex))).toBe('The SCO and the <mark>Counter-Terrorism</mark> Committee met.');
  });

  it('decode entities and mark whole words only', () => {
    expect(html(cleanExcerpt('Kazakhstan&#39;s SCO and DISCO', ['SCO']))).toBe("Kazakhstan's <mark>SCO</mark> and DISCO");
  });
});
