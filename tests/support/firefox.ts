/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no
 * browser download: puppeteer-core never fetches one). Fails saying how to
 * install it when it is missing.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox was not found at ${path}. The Firefox tests drive Debian's Firefox ESR: ` +
        'install it with `apt-get update && apt-get install -y firefox-esr` (as root, `npm test` does this itself), ' +
        'or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return path;
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      // Let a test read back what the page copied.
      'dom.events.asyncClipboard.readText': true,
      'dom.events.testing.asyncClipboard': true,
      // Keep Firefox off the network this machine does not have.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function watchedPage(browser: Browser, width = 1280, height = 900): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}
