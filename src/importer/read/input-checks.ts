/**
 * What the importer refuses about a record file before it reads a byte of it:
 * a symbolic link (it could point anywhere on the machine, and its text would
 * end up in an error message or in content/sources/), and a file over the
 * size limit (src/lib/model/limits.ts). A folder given to import is read for its
 * regular .txt files; a link in it is refused by name, not followed.
 */
import { lstatSync } from 'node:fs';
import { MAX_RECORD_BYTES, recordTooLarge } from '../../lib/model/limits.ts';
import { RecordError } from './read-record.ts';

const linkRefusal = 'is a symbolic link: refused (the importer reads only regular files, so that nothing outside the records is read); copy the record itself here';

/** Throws a RecordError if `path` is a link or too large; a missing file is left to readRecord, which says so. */
export function checkRecordFile(path: string, limit = MAX_RECORD_BYTES): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) throw new RecordError(`the file ${linkRefusal}`);
  if (stat.isFile()) {
    const tooLarge = recordTooLarge(stat.size, limit);
    if (tooLarge) throw new RecordError(tooLarge);
  }
}

/** Whether an input argument is itself a link (a folder or file given as a link is refused, not followed). */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const folderLinkRefusal = `the folder ${linkRefusal}`;
