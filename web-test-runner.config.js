import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath, testBrowsers } from './scripts/chromium.js';
import { firefoxLauncher } from './scripts/firefox.js';
import { jsonModulesPlugin } from './scripts/wtr-json-modules.js';

// The strict policy test/browser/isolation.test.ts checks the built widget
// against. 'lit-html' is the one Trusted Types policy the bundle creates
// (lit-html's, for template HTML); no other name is allowed.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// Component tests run in two engines, each Debian's package: Chromium (or
// $CHROME_PATH) and Firefox ESR (or $FIREFOX_PATH), the latter driven over
// WebDriver BiDi by the same launcher (scripts/firefox.js). TEST_BROWSERS=chromium
// or =firefox runs one of them; CI always runs both.
// @web/test-runner 0.20 / test-runner-chrome 0.18 are the newest that run on
// Node 20; their 1.x releases need Node 22.
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: () => firefoxLauncher(),
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Lit's dev-mode notice is expected in tests; anything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // Sends STRICT_CSP as a real header with the CSP fixture page, and only with it.
    async function strictCspFixture(context, next) {
      await next();
      if (context.path === '/test/browser/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    jsonModulesPlugin(),
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  // One engine at a time: on a 2-core machine two browsers side by side only
  // slow each other down.
  concurrentBrowsers: 1,
  // Firefox takes a few seconds to start: more than the default 30 s are
  // never needed, but a loaded machine should not fail a run on start-up.
  browserStartTimeout: 60000,
  browsers: testBrowsers().map((name) => launchers[name]()),
};
