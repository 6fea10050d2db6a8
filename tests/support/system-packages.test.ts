/**
 * npm test's set-up step (tests/support/system-packages.ts): nothing to do
 * when the four Debian packages are there; as root with apt, install exactly
 * the missing ones; otherwise stop with the one command to run.
 */
import { describe, expect, it } from 'vitest';
import { PACKAGES, plan, type Machine } from './system-packages.ts';

const packages = PACKAGES({});
const machine = (missing: string[], over: Partial<Machine> = {}): Machine => ({
  has: (binary) => !missing.includes(binary),
  isRoot: true,
  hasApt: true,
  ...over,
});

describe('the Debian packages npm test needs', () => {
  it('are Chromium, Firefox ESR, lynx and w3m, at the paths the tests use unless told otherwise', () => {
    expect(packages.map((p) => p.name)).toEqual(['chromium', 'firefox-esr', 'lynx', 'w3m']);
    expect(packages[0].binary).toBe('/usr/bin/chromium');
    expect(PACKAGES({ FIREFOX_PATH: '/opt/ff/firefox' })[1].binary).toBe('/opt/ff/firefox');
  });

  it('nothing is done when all are there', () => {
    expect(plan(packages, machine([]))).toEqual({ action: 'none' });
    expect(plan(packages, machine([], { isRoot: false, hasApt: false }))).toEqual({ action: 'none' });
  });

  it('as root with apt, the missing ones are installed, and only those', () => {
    expect(plan(packages, machine(['/usr/bin/firefox-esr', 'lynx']))).toEqual({ action: 'install', packages: ['firefox-esr', 'lynx'] });
  });

  it('without root, it stops with the one command to run', () => {
    const p = plan(packages, machine(['/usr/bin/chromium', 'w3m'], { isRoot: false }));
    expect(p.action).toBe('stop');
    expect(p.action === 'stop' && p.message).toContain('sudo apt-get update && sudo apt-get install -y chromium w3m');
  });

  it('without apt, it stops naming what to install', () => {
    const p = plan(packages, machine(['lynx'], { hasApt: false }));
    expect(p.action).toBe('stop');
    expect(p.action === 'stop' && p.message).toMatch(/needs lynx .*no apt-get/);
  });
});
