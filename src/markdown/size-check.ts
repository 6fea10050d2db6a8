/**
 * The build's size check, made before a statement is parsed (the parser is the
 * slow part: a file of many megabytes, or one huge paragraph, would stall the
 * build before any check ran): the statement file, each of its paragraphs and
 * its record must be within the limits of src/lib/model/limits.ts, which the
 * importer enforces too. A record's paragraph over the limit fails the record
 * check, since the statement's paragraphs must match it.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MAX_STATEMENT_BYTES, paragraphTooLarge, recordTooLarge } from '../lib/model/limits.ts';
import { RECORD_PATH } from './remark-record.ts';

/** `file:line: message` for each limit the statement (at `path`, text `text`) or its record exceeds. */
export function sizeProblems(path: string, file: string, text: string, record: string | undefined): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_STATEMENT_BYTES) {
    problems.push(`${file}:1: the statement file is ${bytes.toLocaleString('en')} bytes, over the limit of ${MAX_STATEMENT_BYTES.toLocaleString('en')} bytes (twice a record's)`);
  }
  // The statement's blocks (blank-line separated) as the parser will meet them: the first too long is named at its line.
  let line = 1;
  for (const block of text.split(/(\n[ \t]*\n)/)) {
    const tooLong = paragraphTooLarge(Buffer.byteLength(block));
    if (tooLong) {
      problems.push(`${file}:${line}: ${tooLong}`);
      break;
    }
    line += block.split('\n').length - 1;
  }
  if (record && RECORD_PATH.test(record)) {
    let size: number | undefined;
    try {
      size = statSync(resolve(dirname(path), record)).size;
    } catch {
      // A missing record is reported by the record check, with its reason.
    }
    const tooLarge = size === undefined ? undefined : recordTooLarge(size);
    if (tooLarge) {
      const line = text.split('\n').findIndex((l) => /^record:/.test(l)) + 1 || 1;
      problems.push(`${file}:${line}: record: ${record}: ${tooLarge.replace(/^the record is/, 'it is')}`);
    }
  }
  return problems;
}
