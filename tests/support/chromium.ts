/** Finds Debian's Chromium, or fails saying how to get it (no browser downloads on these machines). */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The browser tests drive Debian's Chromium: ` +
        'install it with `apt-get update && apt-get install -y chromium` (as root, `npm test` does this itself), ' +
        'or set CHROMIUM_PATH to a Chromium binary (Playwright\'s own browser download does not work on these machines).',
    );
  }
  return path;
}

/** Flags that keep Chromium off the network this machine does not have. */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
