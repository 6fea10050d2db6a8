import { describe, expect, it } from 'vitest';
import { cleanExcerpt, stripAliasBlocks, parseExcerpt } from '../../src/lib/model/text/excerpt.ts';

const html = (runs: { text: string; marked: boolean }[]) => runs.map((r) => (r.marked ? `<mark>${r.text}</mark>` : r.text)).join('');

// Excerpts as Pagefind gives them for this build: every alias block ends with one ⁺ per word of its mention.
describe('search excerpts', () => {
  it('cut out alias blocks, even when a mark starts inside one', () => {
    const ex = 'We thank the donors of the <mark>⟦UNODC</mark> · Office on Drugs and Crime ⁺⁺⁺⁺⁺⁺⁺⟧ United Nations Office on Drugs and Crime in Almaty.';
    expect(html(cleanExcerpt(ex))).toBe('We thank the donors of the <mark>United Nations Office on Drugs and Crime</mark> in Almaty.');
  });

  it('mark the mention a matched hidden name stands for', () => {
    const ex = 'partners: the <mark>⟦CTITF</mark> Counter Implementation Task Force ⁺⁺⁺⁺⁺⁺⁺⟧ the task force to implement counter-terrorism arrangements, the European Union';
    expect(html(cleanExcerpt(ex))).toBe(
      'partners: the <mark>the task force to implement counter-terrorism arrangements</mark>, the European Union',
    );
  });

  it('mark the names of the entity the query found', () => {
    const ex = 'the ⟦UNODC · Office ⁺⁺⁺⁺⁺⁺⁺⟧ United Nations Office on Drugs and Crime in Almaty.';
    expect(html(cleanExcerpt(ex, ['UNODC', 'United Nations Office on Drugs and Crime']))).toBe(
      'the <mark>United Nations Office on Drugs and Crime</mark> in Almaty.',
    );
  });

  it('handle blocks cut off at either end of the excerpt', () => {
    expect(html(stripAliasBlocks(parseExcerpt('Drugs and Crime ⁺⁺⁺⁺⁺⁺⁺⟧ United Nations Office')))).toBe('United Nations Office');
    expect(html(stripAliasBlocks(parseExcerpt('met the <mark>SCO</mark> and ⟦Shanghai Coop')))).toBe('met the <mark>SCO</mark> and ');
    // As Pagefind cut ¶ 7: an alias name with a colon in it.
    expect(html(stripAliasBlocks(parseExcerpt('which adopted the ⟦OSCE 2010 Commemorative Declaration: Towards <mark>Security</mark> Community')))).toBe('which adopted the ');
  });

  it('keep Pagefind marks on real words, hyphenated ones included', () => {
    const ex = 'The ⟦Shanghai Cooperation Organisation ⁺⟧ SCO and the <mark>Counter-Terrorism</mark> Committee met.';
    expect(html(cleanExcerpt(ex))).toBe('The SCO and the <mark>Counter-Terrorism</mark> Committee met.');
  });

  it('decode entities and mark whole words only', () => {
    expect(html(cleanExcerpt('Kazakhstan&#39;s SCO and DISCO', ['SCO']))).toBe("Kazakhstan's <mark>SCO</mark> and DISCO");
  });
});

describe('counting characters the same way on both sides', () => {
  it('folds without changing the length, İ included', async () => {
    const { fold } = await import('../../src/lib/model/text/excerpt.ts');
    for (const s of ['İstanbul', 'İİİ SCO', '👍🏽 CTC', 'Counter‑Terrorism’s']) expect(fold(s).length, s).toBe(s.length);
    expect(fold('İSTANBUL')).toBe('istanbul');
  });

  it('folds a whole text as it folds each character (a final capital sigma too)', async () => {
    const { fold } = await import('../../src/lib/model/text/excerpt.ts');
    for (const s of ['ΟΔΟΣ ΚΑΙ ΟΗΕ', 'Security Council’s CTC – UNODC', 'İstanbul Σ', 'ÀÉÎÕÜ Ǆ ǅ']) {
      expect(fold(s), s).toBe(Array.from(s, (c) => fold(c)).join(''));
    }
    expect(fold('ΟΔΟΣ')).toBe('οδοσ');
  });

  it('marks the right words after an emoji', () => {
    expect(html(cleanExcerpt('🇰🇿👍 the SCO and the CTC met.', ['CTC']))).toBe('🇰🇿👍 the SCO and the <mark>CTC</mark> met.');
    expect(html(cleanExcerpt('<mark>🙂</mark> the CTC', ['CTC']))).toBe('<mark>🙂</mark> the <mark>CTC</mark>');
  });

  it('marks the right words after an İ, whose lower case is longer', () => {
    expect(html(cleanExcerpt('İİİİ İzmir, then the CTC met.', ['CTC']))).toBe('İİİİ İzmir, then the <mark>CTC</mark> met.');
    expect(html(cleanExcerpt('İZMİR and izmir, not İzmirli', ['İzmir']))).toBe('<mark>İZMİR</mark> and <mark>izmir</mark>, not İzmirli');
  });
});

describe('brackets of the text’s own', () => {
  it('survive: a literal ⟦ or ⟧ is not an alias block', () => {
    expect(html(cleanExcerpt('the sign ⟦ marks a gap, as in “a ⟦b⟧ c”, says the CTC.', ['CTC']))).toBe(
      'the sign ⟦ marks a gap, as in “a ⟦b⟧ c”, says the <mark>CTC</mark>.',
    );
    expect(html(cleanExcerpt('a closing ⟧ alone, and ⟦ alone.'))).toBe('a closing ⟧ alone, and ⟦ alone.');
  });

  it('survive beside real alias blocks', () => {
    const ex = 'In ⟦x⟧, the ⟦Shanghai Cooperation Organisation ⁺⟧ SCO met.';
    expect(html(cleanExcerpt(ex))).toBe('In ⟦x⟧, the SCO met.');
  });
});
