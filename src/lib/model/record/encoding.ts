/**
 * How a record's bytes become its text. The edition keeps every record byte
 * for byte as received (content/sources/), and the corpus ships some records
 * in Windows-1252 and some with a byte-order mark; the statement's front
 * matter states which (`recordEncoding`), so the importer and the build read
 * the same bytes into the same text.
 */

export const recordEncodings = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export type RecordEncoding = (typeof recordEncodings)[number];

/** Bytes that Windows-1252 leaves undefined: a file holding one is not Windows-1252. */
export const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const cp1252 = new TextDecoder('windows-1252');

/** The text of a record's bytes in its stated encoding (a byte-order mark is not text); throws if the bytes are not in it. */
export function decodeRecord(bytes: Uint8Array, encoding: RecordEncoding = 'utf-8'): string {
  if (encoding === 'windows-1252') {
    const bad = bytes.findIndex((b) => undefinedIn1252.has(b));
    if (bad !== -1) throw new Error(`byte 0x${bytes[bad].toString(16)} at offset ${bad} is not Windows-1252`);
    return cp1252.decode(bytes);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom !== (encoding === 'utf-8-bom')) {
    throw new Error(bom ? 'the file starts with a byte-order mark: its encoding is utf-8-bom' : 'the file has no byte-order mark: its encoding is utf-8');
  }
  return utf8.decode(bom ? bytes.subarray(3) : bytes);
}
