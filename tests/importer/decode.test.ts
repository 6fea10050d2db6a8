/** A record's encoding detected as received: UTF-8 with or without a mark, Windows-1252, or refused at its first bad byte; the build decodes it the same way by the encoding stated. */
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes, lineEndingsOf } from '../../src/importer/read/decode.ts';
import { decodeRecord } from '../../src/lib/model/record/encoding.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const refusal = (b: Uint8Array) => {
  try {
    decodeBytes(b);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a refusal');
};

describe('the record’s encoding', () => {
  it('takes UTF-8 as it is, and a byte-order mark as no part of the text', () => {
    expect(decodeBytes(bytes('Mr. X (Y): Côte d’Ivoire\n'))).toEqual({ text: 'Mr. X (Y): Côte d’Ivoire\n', encoding: 'utf-8', lineEndings: 'LF' });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Mr. X (Y): a\r\nb\r\n'))).toEqual({ text: 'Mr. X (Y): a\r\nb\r\n', encoding: 'utf-8-bom', lineEndings: 'CRLF' });
  });

  it('detects Windows-1252 and decodes its punctuation and signs', () => {
    const d = decodeBytes(bytes('The Council', [0x92], 's ', [0x93], 'rules', [0x94], ' ', [0x97], ' ', [0x80], '5, ', [0xa3], '3, 40', [0xb0]));
    expect(d).toEqual({ text: 'The Council’s “rules” — €5, £3, 40°', encoding: 'windows-1252', lineEndings: 'none' });
  });

  it('refuses what is neither, at the offset of the first bad byte', () => {
    expect(refusal(bytes('Mr. X (Y): a', [0x93], 'b', [0x81]))).toMatchObject({ offset: 14, line: 1 });
    expect(refusal(bytes('Mr. X (Y):\na\n', [0x00, 0x01]))).toMatchObject({ offset: 13, line: 3 });
    expect(refusal(bytes('Mr. X (Y): é then ', [0xe9]))).toMatchObject({ offset: 19 });
    expect(refusal(bytes('Mr. X (Y): ', [0xe2, 0x80]))).toMatchObject({ offset: 11, message: expect.stringContaining('cuts short') });
  });

  it('names the line endings', () => {
    expect(['a\nb', 'a\r\nb', 'a\rb', 'a\r\nb\nc', 'ab'].map(lineEndingsOf)).toEqual(['LF', 'CRLF', 'CR', 'mixed', 'none']);
  });

  it('is read back by the build in the encoding stated, and fails when the statement says another', () => {
    const cp = bytes('It', [0x92], 's');
    expect(decodeRecord(cp, 'windows-1252')).toBe('It’s');
    expect(() => decodeRecord(cp, 'utf-8')).toThrow();
    expect(decodeRecord(bytes([0xef, 0xbb, 0xbf], 'a'), 'utf-8-bom')).toBe('a');
    expect(() => decodeRecord(bytes([0xef, 0xbb, 0xbf], 'a'), 'utf-8')).toThrow(/byte-order mark/);
    expect(() => decodeRecord(bytes('a', [0x81]), 'windows-1252')).toThrow(/offset 1 is not Windows-1252/);
  });
});
