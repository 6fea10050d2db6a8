/**
 * Writes a statement's files all or none. Each file is first written whole to
 * a temporary name beside its target (`.<name>.<pid>.tmp`; the build skips
 * names that start with a dot); only when every one is on disk are they
 * renamed into place, each replaced file kept aside until the last rename
 * succeeds. Any failure undoes what was done, so an import that fails leaves
 * the files as they were. A process killed between two renames leaves whole
 * files only: the next import finds them identical and completes the rest
 * (see `plan`), and removes the temporary files left behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

/** The file operations used, replaceable in tests to fail one on purpose. */
export interface FileOps {
  write: (path: string, content: string | Uint8Array) => void;
  rename: (from: string, to: string) => void;
}

export const realOps: FileOps = {
  write: (path, content) => writeFileSync(path, content, { flag: 'wx' }),
  rename: renameSync,
};

const tempName = (path: string, kind: 'tmp' | 'old') => join(dirname(path), `.${basename(path)}.${process.pid}.${kind}`);

/**
 * The temporary files found in each folder written to, listed once per batch
 * (`importRecords`): listing content/statements/ again for each record of a
 * batch cost time in proportion to the folder's size, for every record. Only
 * earlier, interrupted imports leave such files; this process renames its own
 * into place, or removes them when a write fails (which forgets the folder's list).
 */
export type LeftoverIndex = Map<string, string[]>;

const leftover = /\.\d+\.tmp$/;

/** Removes temporary files an earlier, interrupted import left beside `path` (any process id). */
function removeLeftovers(path: string, index?: LeftoverIndex): void {
  const dir = dirname(path);
  let names = index?.get(dir);
  if (!names) {
    if (!existsSync(dir)) return;
    names = readdirSync(dir).filter((name) => name.startsWith('.') && leftover.test(name));
  }
  const prefix = `.${basename(path)}.`;
  const mine = (name: string) => name.startsWith(prefix) && leftover.test(name);
  for (const name of names) {
    if (mine(name)) unlinkSync(join(dir, name));
  }
  index?.set(dir, names.filter((name) => !mine(name)));
}

/** What is on disk for each file: nothing, the same bytes, or other bytes. */
export function plan(files: PlannedFile[]): { path: string; state: 'new' | 'identical' | 'differs' }[] {
  return files.map(({ path, content }) => {
    if (!existsSync(path)) return { path, state: 'new' };
    const want = typeof content === 'string' ? Buffer.from(content) : content;
    return { path, state: readFileSync(path).equals(want) ? 'identical' : 'differs' };
  });
}

/** Writes every file or none (see above). Throws with what went wrong; the files are then as before. */
export function writeFilesAtomically(files: PlannedFile[], ops: FileOps = realOps, leftovers?: LeftoverIndex): void {
  const temps: string[] = [];
  /** Targets renamed into place so far, with the kept-aside file each replaced. */
  const placed: { path: string; old?: string }[] = [];
  try {
    for (const { path, content } of files) {
      mkdirSync(dirname(path), { recursive: true });
      removeLeftovers(path, leftovers);
      const temp = tempName(path, 'tmp');
      temps.push(temp);
      ops.write(temp, content);
    }
    files.forEach(({ path }, i) => {
      let old: string | undefined;
      if (existsSync(path)) {
        old = tempName(path, 'old');
        ops.rename(path, old);
      }
      placed.push({ path, old });
      ops.rename(temps[i], path);
    });
  } catch (e) {
    // What the undo could not remove is listed anew by the next write there.
    for (const { path } of files) leftovers?.delete(dirname(path));
    const left = undo(placed, temps);
    const why = (e as Error).message;
    throw new Error(left.length ? `${why}; and could not undo: ${left.join(', ')}` : why);
  }
  for (const { old } of placed) if (old) unlinkSync(old);
}

/** Puts back what `writeFilesAtomically` moved, latest first; returns the paths it could not restore. */
function undo(placed: { path: string; old?: string }[], temps: string[]): string[] {
  const left: string[] = [];
  for (const { path, old } of [...placed].reverse()) {
    try {
      if (existsSync(path) && (!old || existsSync(old))) unlinkSync(path);
      if (old && existsSync(old)) renameSync(old, path);
    } catch {
      left.push(path);
    }
  }
  for (const t of temps) {
    try {
      if (existsSync(t)) unlinkSync(t);
    } catch {
      left.push(t);
    }
  }
  return left;
}
