/**
 * One build at a time in a project folder. Two builds at once would share the
 * compile cache, the mentions index and dist/, and each could publish the
 * other's half-written files; so `astro build` takes `.astro/build.lock`
 * (created exclusively, holding the process id) before it reads anything, and
 * a second build stops at once, saying which process holds it. The lock goes
 * when the build's process ends, however it ends; one left by a process that
 * no longer runs (a build killed outright) is taken over.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export class BuildLockHeld extends Error {}

/** Whether a process of this id runs (one we may not signal runs too). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file `lock` for this process, or throws BuildLockHeld naming
 * the process that holds it. Returns the function that releases it.
 */
export function takeBuildLock(lock: string, root = dirname(lock)): () => void {
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let held: { pid?: number; since?: string } = {};
      try {
        held = JSON.parse(readFileSync(lock, 'utf8'));
      } catch {
        // Being written this instant, or cut short: taken as held unless it names a process that has ended.
      }
      if (typeof held.pid === 'number' && !running(held.pid)) {
        rmSync(lock, { force: true });
        continue;
      }
      throw new BuildLockHeld(
        `Another build is running in this folder${held.pid ? ` (process ${held.pid}, since ${held.since ?? 'an unknown time'})` : ''}: ` +
          `two builds at once would mix their files. Wait for it to end, or, if no build is running, delete ${relative(root, lock) || lock}.`,
      );
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      try {
        if (JSON.parse(readFileSync(lock, 'utf8')).pid === process.pid) rmSync(lock, { force: true });
      } catch {
        // Already gone.
      }
    };
    process.once('exit', release);
    return release;
  }
  throw new BuildLockHeld(`Could not take ${lock}: another build keeps taking it`);
}

/** The integration: `astro build` holds the lock from the start of the build to the end of its process. */
export default function buildLock(): AstroIntegration {
  return {
    name: 'verbatim-build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        takeBuildLock(join(root, '.astro', 'build.lock'), root);
      },
    },
  };
}
