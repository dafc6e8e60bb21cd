import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: $CHROME_PATH, else Debian's package. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumAvailable = () => existsSync(chromiumPath);

export const chromiumMissing = () =>
  `Browser tests need Chromium at ${chromiumPath}: on Debian run "apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`;

/** The engines the component tests run in (the Firefox one is set up in scripts/firefox.js). */
export const ENGINES = ['chromium', 'firefox'];

/**
 * The engines to run: both, unless TEST_BROWSERS names one (or a
 * comma-separated list), e.g. TEST_BROWSERS=chromium for a quick local run.
 * CI unsets it and always runs both.
 */
export function testBrowsers(value = process.env.TEST_BROWSERS) {
  if (!value) return ENGINES;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!names.length || names.some((name) => !ENGINES.includes(name))) {
    throw new Error(`TEST_BROWSERS=${value}: expected ${ENGINES.join(' or ')}, or both comma-separated.`);
  }
  return names;
}

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
