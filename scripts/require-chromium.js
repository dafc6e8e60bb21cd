// Stops `npm test` at once, with one line per missing browser, when a browser
// the component tests run in is not installed (npm packages cannot download
// one on this network). Both are needed unless TEST_BROWSERS names one.
import { chromiumAvailable, chromiumMissing, testBrowsers } from './chromium.js';
import { firefoxAvailable, firefoxMissing } from './firefox.js';

const checks = {
  chromium: [chromiumAvailable, chromiumMissing],
  firefox: [firefoxAvailable, firefoxMissing],
};

const missing = testBrowsers()
  .filter((name) => !checks[name][0]())
  .map((name) => checks[name][1]());
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
