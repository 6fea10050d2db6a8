/**
 * The statement's slug: its address and the name of each of its files. Given
 * with --slug or made from the record's file name; refused when it is not
 * lower-case words joined by hyphens, when it is too long for the files the
 * build makes of it (src/lib/model/limits.ts), or when Windows reserves it as a
 * device name (`con.mdx` cannot be created or checked out there). When the
 * file name gives it, the report says how it was made if it differs.
 */
import { basename } from 'node:path';
import { slugTooLong } from '../../lib/model/limits.ts';
import { showInvisible } from '../../lib/model/text/text.ts';
import { slugFromFileName, slugPattern } from '../read/file-name.ts';
import { RecordError } from '../read/read-record.ts';

/** Device names Windows reserves, whatever the extension or case. */
const reserved = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The slug and, when it differs from the file name, a note saying what it was made from. */
export function chooseSlug(file: string, given?: string): { slug: string; note?: string } {
  const slug = given ?? slugFromFileName(file);
  const how = given === undefined ? ` (made from the file name ${showInvisible(basename(file))})` : '';
  if (!slugPattern.test(slug)) throw new RecordError(`the slug "${showInvisible(slug)}" is not lower-case words joined by hyphens: give one with --slug`);
  const long = slugTooLong(slug);
  if (long) throw new RecordError(given === undefined ? `the slug made from the file name: ${long}: give a shorter one with --slug` : `--slug: ${long}`);
  if (reserved.test(slug)) throw new RecordError(`the slug "${slug}"${how} is a device name Windows reserves (con, prn, aux, nul, com1–9, lpt1–9): its files could not be made there; give another with --slug`);
  if (given !== undefined) return { slug };
  const stem = basename(file).replace(/\.txt$/i, '');
  if (stem === slug) return { slug };
  // Letters the slug lost entirely (not just lower-cased or stripped of accents), to say so.
  const ascii = stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const dropped = [...new Set(ascii.match(/[^\x00-\x7f]/gu) ?? [])].join('');
  return {
    slug,
    note: `slug "${slug}" made from the file name "${showInvisible(stem)}"` +
      (dropped ? `: the characters ${showInvisible(dropped)} are dropped (a slug is ASCII); give --slug for a better address` : ' (lower case, other characters as hyphens)'),
  };
}
