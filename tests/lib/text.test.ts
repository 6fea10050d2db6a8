/** Text helpers for messages and name comparison: NFC, and invisible characters made visible. */
import { describe, expect, it } from 'vitest';
import { hiddenCharacters, nameKey, showInvisible } from '../../src/lib/model/text/text.ts';

describe('showInvisible', () => {
  it('writes zero-width, bidi and other invisible characters as U+ escapes', () => {
    expect(showInvisible('a\u200Bb')).toBe('a<U+200B>b');
    expect(showInvisible('Evil\u202Eman')).toBe('Evil<U+202E>man');
    expect(showInvisible('\uFEFFx\u2066y\u2069')).toBe('<U+FEFF>x<U+2066>y<U+2069>');
    expect(showInvisible('no\u00A0break\ttab\nline')).toBe('no<U+00A0>break<U+0009>tab<U+000A>line');
  });

  it('makes NFD and NFC forms of a word look different', () => {
    expect(showInvisible('soci\u00e9t\u00e9')).toBe('société');
    expect(showInvisible('socie\u0301te\u0301')).toBe('socie<U+0301>te<U+0301>');
  });

  it('leaves ordinary text, spaces and astral characters alone', () => {
    expect(showInvisible('Shanghai Cooperation Organisation – “SCO” 😀')).toBe('Shanghai Cooperation Organisation – “SCO” 😀');
    expect(showInvisible('\u{E0001}')).toBe('<U+E0001>');
  });
});

describe('hiddenCharacters', () => {
  it('names every control and format character once', () => {
    expect(hiddenCharacters('a\u200Bb\u200Bc\u202E')).toBe(
      'contains U+200B, U+202E (a control or format character no reader can see): "a<U+200B>b<U+200B>c<U+202E>"',
    );
    for (const c of ['\u0000', '\u0007', '\u007F', '\u00AD', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202D', '\u2066', '\u2069', '\uFEFF', '\u2028', '\u2029', '\uE000']) {
      expect(hiddenCharacters(`x${c}y`), showInvisible(c)).toBeDefined();
    }
  });

  it('lets prose keep line breaks and tabs, but not names', () => {
    expect(hiddenCharacters('one\ntwo\tthree', { lines: true })).toBeUndefined();
    expect(hiddenCharacters('one\ntwo')).toMatch(/^contains U\+000A/);
    expect(hiddenCharacters('Société Générale, no-break\u00A0space')).toBeUndefined();
  });
});

describe('nameKey', () => {
  it('compares names after NFC', () => {
    expect(nameKey('Socie\u0301te\u0301 Ge\u0301ne\u0301rale')).toBe(nameKey('Soci\u00e9t\u00e9 G\u00e9n\u00e9rale'));
    expect(nameKey('\u00c9COSOC')).toBe('\u00e9cosoc');
    expect(nameKey('E\u0301COSOC')).toBe('\u00e9cosoc');
  });
});
