// Stops `npm test` at once, with one line, when there is no browser to run
// the component tests in (npm packages cannot download one on this network).
import { chromiumAvailable, chromiumPath } from './chromium.js';

if (!chromiumAvailable()) {
  console.error(
    `Browser tests need Chromium at ${chromiumPath}: on Debian run "apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
