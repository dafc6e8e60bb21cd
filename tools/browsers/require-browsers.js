// First step of npm test: stops with one line per missing or too-old browser (or missing WordPress piece) before anything starts.
// Stops `npm test` at once, with one line per missing piece, when a browser
// the component tests run in is not installed (npm packages cannot download
// one on this network), or is older than the tests support (one line with
// the version found, the version needed and the Debian command that updates
// it; see browser-versions.js). All three are needed unless TEST_BROWSERS
// names some. The WordPress plugin's test needs Debian's WordPress, PHP and
// MariaDB (tools/wordpress/requirements.js): checked here too, so a missing
// one is said before the build rather than after the unit tests.
import { installedVersion, versionProblem } from './browser-versions.js';
import { chromiumAvailable, chromiumMissing, chromiumPath } from './chromium.js';
import { firefoxAvailable, firefoxMissing, firefoxPath } from './firefox.js';
import { testBrowsers } from './test-browsers.js';
import { miniBrowserPath, webkitMissing } from './webkit.js';
import { wordpressMissing } from '../wordpress/requirements.js';

const tooOld = (engine, path) => [versionProblem(engine, installedVersion(engine, path))].filter(Boolean);

const missingPieces = {
  chromium: () => (chromiumAvailable() ? tooOld('chromium', chromiumPath) : [chromiumMissing()]),
  firefox: () => (firefoxAvailable() ? tooOld('firefox', firefoxPath) : [firefoxMissing()]),
  webkit: () => {
    const missing = webkitMissing();
    return missing.length ? missing : tooOld('webkit', miniBrowserPath);
  },
};

const missing = [...testBrowsers().flatMap((name) => missingPieces[name]()), wordpressMissing()].filter(Boolean);
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
