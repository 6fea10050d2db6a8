/**
 * The shape of src/ (issue "lib in layers"): no file over 300 lines, and no
 * folder holding more than 20 files directly — past that, a folder gets
 * sub-folders that say what is in them (src/components/statement/,
 * src/lib/model/schemas/). Read from the tree, so a file that grows too long
 * or a folder that fills up fails here, named.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

export const MAX_LINES = 300;
export const MAX_FILES_IN_FOLDER = 20;

/** Every folder under `dir` (itself included), with the files it holds directly. */
function folders(dir: string): { dir: string; files: string[] }[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(dir, e.name));
  return [{ dir, files }, ...entries.filter((e) => e.isDirectory()).flatMap((e) => folders(join(dir, e.name)))];
}

/** Lines of a text as an editor counts them: a final newline does not start another. */
export const lineCount = (text: string) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

const rel = (f: string) => relative(root, f);
const tree = folders(src);

describe('lineCount', () => {
  it('counts lines with or without a final newline', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });
});

describe('the shape of src/', () => {
  it(`no file has more than ${MAX_LINES} lines`, () => {
    const files = tree.flatMap((d) => d.files);
    const long = files
      .map((f) => ({ f, n: lineCount(readFileSync(f, 'utf8')) }))
      .filter(({ n }) => n > MAX_LINES)
      .map(({ f, n }) => `${rel(f)}: ${n} lines`);
    expect(files.length).toBeGreaterThan(100);
    expect(long).toEqual([]);
  });

  it(`no folder holds more than ${MAX_FILES_IN_FOLDER} files directly`, () => {
    const full = tree.filter((d) => d.files.length > MAX_FILES_IN_FOLDER).map((d) => `${rel(d.dir)}/: ${d.files.length} files`);
    expect(tree.length).toBeGreaterThan(10);
    expect(full).toEqual([]);
  });
});
