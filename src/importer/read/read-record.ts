/**
 * Reads a record as received and refuses what cannot be one: a file that is
 * missing or unreadable, empty, binary, or in no encoding it reads (UTF-8,
 * with or without a byte-order mark, or Windows-1252: see decode.ts). Each
 * refusal says why, naming the line (and the byte offset) where it can.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes, type Decoded } from './decode.ts';

export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

/** The bytes of the file and its text, or a RecordError saying why it is not a record. */
export function readRecord(path: string): { bytes: Buffer } & Decoded {
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
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    throw new RecordError((e as Error).message);
  }
  const { text } = decoded;
  const control = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new RecordError(
      `line ${line}: control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: not a plain-text record`,
    );
  }
  if (text.trim() === '') throw new RecordError('the file holds only white space');
  return { bytes, ...decoded };
}
