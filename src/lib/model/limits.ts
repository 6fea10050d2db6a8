/**
 * Limits the importer and the build both enforce, so that what one accepts
 * the other builds. Each is stated with the reason for its figure.
 */

/**
 * A record's largest size in bytes: 1 MiB. The corpus's longest speech is
 * 26 KB, so this is forty times any real one; a larger file is a whole
 * meeting, a concatenation or not a record, and would make a page of many
 * megabytes. The record check is linear, but the MDX parser is slower than
 * linear within one paragraph: the limit also bounds that cost.
 */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Why a record of `bytes` bytes is refused, or undefined if it is within the limit. */
export function recordTooLarge(bytes: number, limit = MAX_RECORD_BYTES): string | undefined {
  if (bytes <= limit) return undefined;
  return `the record is ${bytes.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')} bytes (1 MiB; the corpus's longest speech is 26 KB): is it one speech?`;
}

/**
 * A slug's longest length: 100 characters. A file name may have 255 bytes
 * (ext4, APFS, NTFS); the longest the build makes of a slug are
 * `<slug>.annotations.jsonld` (slug + 20) in dist/statements/ and the compile
 * cache's temporary `<slug>.<16-hex digest>.cite.json.<pid>.tmp` (slug + 39 at most). 100
 * leaves more than a hundred characters for names the build may add, and
 * keeps addresses readable. Slugs are ASCII, so characters are bytes.
 */
export const MAX_SLUG_LENGTH = 100;

/** Why a slug is too long, or undefined. */
export function slugTooLong(slug: string): string | undefined {
  if (slug.length <= MAX_SLUG_LENGTH) return undefined;
  return `the slug is ${slug.length} characters long, over the limit of ${MAX_SLUG_LENGTH} (the build names files <slug>.annotations.jsonld and longer, and a file name may have 255 bytes)`;
}

/**
 * A statement file's largest size: twice the record's limit. It holds the
 * record's text with the edition's markup (typography, escapes, corrections,
 * front matter), which adds far less than that.
 */
export const MAX_STATEMENT_BYTES = 2 * MAX_RECORD_BYTES;

/**
 * A paragraph's largest size: 64 KiB, more than twice the corpus's longest
 * whole speech (26 KB). The MDX parser (micromark) takes time growing with
 * the square of a paragraph's length (a 1 MiB paragraph: minutes), so this
 * bounds a build's time on any statement; a paragraph that long is a record
 * whose breaks were lost throughout.
 */
export const MAX_PARAGRAPH_BYTES = 64 * 1024;

/** Why a paragraph of `bytes` bytes is refused, or undefined. */
export function paragraphTooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_PARAGRAPH_BYTES) return undefined;
  return `a paragraph of ${bytes.toLocaleString('en')} bytes, over the limit of ${MAX_PARAGRAPH_BYTES.toLocaleString('en')} bytes (the corpus's longest speech is 26 KB): its paragraph breaks were lost; restore them in the record`;
}
