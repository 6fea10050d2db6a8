/**
 * Which encoding a record arrived in, and its line endings. The corpus's
 * files are UTF-8 (with or without a byte-order mark) or Windows-1252; a file
 * that is neither — a NUL, a byte Windows-1252 leaves undefined, a UTF-8 file
 * damaged half-way — is refused at the offset of its first bad byte, since
 * guessing would put words in the speaker's mouth.
 */
import { decodeRecord, undefinedIn1252, type RecordEncoding } from '../../lib/model/record/encoding.ts';

export type LineEndings = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';

export interface Decoded {
  text: string;
  encoding: RecordEncoding;
  lineEndings: LineEndings;
}

/** A file that is not a text record, with the byte offset (0-based) and line where that shows. */
export class DecodeError extends Error {
  readonly offset: number;
  readonly line: number;
  constructor(message: string, offset: number, line: number) {
    super(`line ${line}, offset ${offset}: ${message}`);
    this.name = 'DecodeError';
    this.offset = offset;
    this.line = line;
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Where the bytes stop being valid UTF-8 (RFC 3629), or -1; and how many multi-byte sequences came before. */
export function utf8Check(bytes: Uint8Array): { bad: number; multibyte: number } {
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence after its first byte, and the range its second byte must fall in.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (n === 0 || i + n > bytes.length - 1) return { bad: i, multibyte };
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return { bad: i, multibyte };
    for (let k = 2; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return { bad: i, multibyte };
    multibyte++;
    i += n + 1;
  }
  return { bad: -1, multibyte };
}

/** The line endings a text uses. */
export function lineEndingsOf(text: string): LineEndings {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'CRLF', cr && 'CR', lf && 'LF'].filter(Boolean) as LineEndings[];
  return kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0] : 'mixed';
}

const hex = (b: number) => `0x${b.toString(16).padStart(2, '0')}`;

/** Decodes a record as received, or throws a DecodeError naming the first bad byte. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError('a NUL byte: this is a binary file, not a plain-text record', nul, lineAt(bytes, nul));
  const { bad, multibyte } = utf8Check(bytes);
  let encoding: RecordEncoding;
  if (bad === -1) encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  else {
    // Valid UTF-8 sequences before a bad byte, a sequence cut off by the end of
    // the file, or a three- or four-byte UTF-8 shape that is not a character
    // (an encoded surrogate, an overlong form): a UTF-8 file damaged, not a Windows-1252 one.
    const lead = bytes[bad];
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : 0;
    const tail = bytes.subarray(bad + 1, bad + 1 + need);
    const shaped = need > 0 && tail.every((b) => (b & 0xc0) === 0x80);
    if (shaped && tail.length < need) {
      throw new DecodeError(`byte ${hex(lead)} starts a UTF-8 sequence that the end of the file cuts short: a truncated file`, bad, lineAt(bytes, bad));
    }
    if (shaped && need >= 2 && lead <= 0xf4) {
      throw new DecodeError(`bytes ${[...bytes.subarray(bad, bad + 1 + need)].map(hex).join(' ')} have the shape of UTF-8 but are not a character (a surrogate or an overlong form): not UTF-8, and not Windows-1252 text`, bad, lineAt(bytes, bad));
    }
    if (multibyte > 0) {
      throw new DecodeError(`byte ${hex(bytes[bad])} is not UTF-8, though the file holds UTF-8 before it: a damaged file, neither UTF-8 nor Windows-1252`, bad, lineAt(bytes, bad));
    }
    const undef = bytes.findIndex((b) => undefinedIn1252.has(b));
    if (undef !== -1) {
      throw new DecodeError(`byte ${hex(bytes[undef])} is neither UTF-8 nor Windows-1252 (which leaves it undefined): not a text record in an encoding the importer reads`, undef, lineAt(bytes, undef));
    }
    encoding = 'windows-1252';
  }
  const text = decodeRecord(bytes, encoding);
  return { text, encoding, lineEndings: lineEndingsOf(text) };
}
