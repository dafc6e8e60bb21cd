// Chromium for the browser tests: its path, flags, and the installed-version check.
import { existsSync } from 'node:fs';
import { requireVersion } from './browser-versions.js';

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumAvailable = () => existsSync(chromiumPath);

export const chromiumMissing = () =>
  `Browser tests need Chromium at ${chromiumPath}: on Debian run "apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`;

/** Stops with one line when this Chromium is older than the tests support (browser-versions.js). */
export const requireChromiumVersion = () => requireVersion('chromium', chromiumPath);

/**
 * Headless flags for this kind of machine: as root Chromium needs
 * --no-sandbox, and with no network beyond the package registries its
 * background services only fail and retry.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
