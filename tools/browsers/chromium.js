// Chromium for the browser tests: its path, flags, and the installed-version check.
import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumAvailable = () => existsSync(chromiumPath);

export const chromiumMissing = () =>
  `Browser tests need Chromium at ${chromiumPath}: on Debian run "apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`;

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
