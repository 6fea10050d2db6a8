/**
 * `npm test`'s first step (the `pretest` script): the browser tests drive
 * Debian's Chromium and Firefox ESR and read a page in lynx and w3m, which npm
 * cannot install. When one is missing and the user is root with apt, they are
 * installed here, saying so, so that the README's two commands set up a fresh
 * machine; otherwise the run stops at once with the one command to type,
 * rather than twenty minutes later in the first browser test.
 * Run by Node directly: `node tests/support/system-packages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackage {
  /** The Debian package. */
  name: string;
  /** The binary it provides: an absolute path, or a command looked up on PATH. */
  binary: string;
}

export const PACKAGES = (env: NodeJS.ProcessEnv = process.env): SystemPackage[] => [
  { name: 'chromium', binary: env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { name: 'firefox-esr', binary: env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
  { name: 'lynx', binary: 'lynx' },
  { name: 'w3m', binary: 'w3m' },
];

export interface Machine {
  /** True when the binary (a path, or a command on PATH) can be run. */
  has: (binary: string) => boolean;
  isRoot: boolean;
  hasApt: boolean;
}

export type Plan = { action: 'none' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };

/** What to do on this machine: nothing, install the missing packages, or stop with the command to run. */
export function plan(packages: SystemPackage[], machine: Machine): Plan {
  const missing = packages.filter((p) => !machine.has(p.binary)).map((p) => p.name);
  if (missing.length === 0) return { action: 'none' };
  if (machine.isRoot && machine.hasApt) return { action: 'install', packages: missing };
  const list = missing.join(' ');
  const message = machine.hasApt
    ? `npm test needs the Debian packages ${list}. Install them, then run npm test again:\n\n  sudo apt-get update && sudo apt-get install -y ${list}\n`
    : `npm test needs ${list} (Debian's packages of these names), and this machine has no apt-get. ` +
      'Install them with its package manager, or set CHROMIUM_PATH / FIREFOX_PATH to the browsers, then run npm test again.\n';
  return { action: 'stop', message };
}

function canRun(binary: string): boolean {
  const candidates = binary.includes('/') ? [binary] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, binary));
  return candidates.some((c) => {
    try {
      accessSync(c, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function main(): void {
  const packages = PACKAGES();
  const machine: Machine = { has: canRun, isRoot: process.getuid?.() === 0, hasApt: canRun('apt-get') };
  const p = plan(packages, machine);
  if (p.action === 'none') return;
  if (p.action === 'stop') {
    process.stderr.write(p.message);
    process.exit(1);
  }
  console.log(`npm test: installing the Debian packages the browser tests need: ${p.packages.join(' ')} (apt-get, as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...p.packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch (e) {
    process.stderr.write(`npm test: apt-get could not install ${p.packages.join(' ')} (${(e as Error).message.split('\n')[0]}). Run:\n\n  apt-get update && apt-get install -y ${p.packages.join(' ')}\n`);
    process.exit(1);
  }
  const still = plan(packages, machine);
  if (still.action !== 'none') {
    process.stderr.write(`npm test: apt-get installed ${p.packages.join(' ')}, but ${packages.filter((x) => !canRun(x.binary)).map((x) => x.binary).join(', ')} still cannot be run.\n`);
    process.exit(1);
  }
  console.log(`npm test: installed ${p.packages.join(' ')}`);
}

if (import.meta.main) main();
