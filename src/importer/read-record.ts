/**
 * Reads a record as received and refuses what cannot be one: a file that is
 * missing or unreadable, empty, binary, not UTF-8, or that starts with a
 * byte-order mark (the record check would read the mark as part of the first
 * word). Each refusal says why, naming the line where it can.
 */
import { readFileSync } from 'node:fs';

export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first offset where the bytes stop being valid UTF-8 (RFC 3629), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence, and the range its second byte must fall in.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (n === 0 || i + n > bytes.length - 1) return i;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** The bytes of the file and its text, or a RecordError saying why it is not a record. */
export function readRecord(path: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new RecordError(`cannot read the file: ${why}`);
  }
  if (bytes.length === 0) throw new RecordError('the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new RecordError(`line ${lineAt(bytes, nul)}: a NUL byte: this is a binary file, not a plain-text record`);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new RecordError(
      `line ${lineAt(bytes, bad)}: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad} is not UTF-8: ` +
        'convert the record to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new RecordError('line 1: the file starts with a byte-order mark (U+FEFF): save it as UTF-8 without one');
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const control = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new RecordError(
      `line ${line}: control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: not a plain-text record`,
    );
  }
  if (text.trim() === '') throw new RecordError('the file holds only white space');
  return { bytes, text };
}
