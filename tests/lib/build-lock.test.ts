/**
 * One build at a time in a folder (src/integrations/build-lock.ts): a second
 * taker is refused with a message naming the holder, the lock is released,
 * and one left by a process that has ended is taken over.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildLockHeld, takeBuildLock } from '../../src/integrations/build-lock.ts';

const folder = () => {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-lock-'));
  return { root, lock: join(root, '.astro', 'build.lock') };
};

describe('the build lock', () => {
  it('is taken by one build; a second is refused, told which process holds it; released, it can be taken again', () => {
    const { root, lock } = folder();
    const release = takeBuildLock(lock, root);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    let message = '';
    try {
      takeBuildLock(lock, root);
    } catch (e) {
      expect(e).toBeInstanceOf(BuildLockHeld);
      message = (e as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Another build is running in this folder \\(process ${process.pid}, since \\d{4}-\\d\\d-\\d\\dT[^)]*\\): .*delete \\.astro/build\\.lock\\.$`));
    release();
    expect(existsSync(lock)).toBe(false);
    takeBuildLock(lock, root)();
  });

  it('takes over a lock left by a process that has ended', () => {
    const { root, lock } = folder();
    // The id of a process that ran and has ended.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(root, '.astro'));
    writeFileSync(lock, JSON.stringify({ pid: Number(ended), since: '2026-01-01T00:00:00.000Z' }));
    const release = takeBuildLock(lock, root);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('is held while its file cannot be read (a taker writing it this instant)', () => {
    const { root, lock } = folder();
    mkdirSync(join(root, '.astro'));
    writeFileSync(lock, '');
    expect(() => takeBuildLock(lock, root)).toThrow(/^Another build is running in this folder: /);
  });
});
