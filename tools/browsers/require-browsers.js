// First step of npm test: stops with one line per missing or too-old browser before anything starts.
// Stops `npm test` at once, with one line per missing piece, when a browser
// the component tests run in is not installed (npm packages cannot download
// one on this network). All three are needed unless TEST_BROWSERS names some.
import { chromiumAvailable, chromiumMissing } from './chromium.js';
import { firefoxAvailable, firefoxMissing } from './firefox.js';
import { testBrowsers } from './test-browsers.js';
import { webkitMissing } from './webkit.js';

const missingPieces = {
  chromium: () => (chromiumAvailable() ? [] : [chromiumMissing()]),
  firefox: () => (firefoxAvailable() ? [] : [firefoxMissing()]),
  webkit: webkitMissing,
};

const missing = testBrowsers().flatMap((name) => missingPieces[name]());
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
