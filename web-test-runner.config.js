import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath, requireChromiumVersion } from './tools/browsers/chromium.js';
import { firefoxLauncher } from './tools/browsers/firefox.js';
import { testBrowsers } from './tools/browsers/test-browsers.js';
import { webkitLauncher } from './tools/browsers/webkit.js';
import { jsonModulesPlugin } from './tools/test-runner/wtr-json-modules.js';
import { reactPlugin } from './tools/test-runner/wtr-react.js';

// The strict policy test/browser/isolation.test.ts checks the built widget
// against. 'lit-html' is the one Trusted Types policy the bundle creates
// (lit-html's, for template HTML); no other name is allowed.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// Component tests run in three engines, each Debian's package: Chromium (or
// $CHROME_PATH), Firefox ESR (or $FIREFOX_PATH) over WebDriver BiDi
// (tools/browsers/firefox.js), and WebKit, WebKitGTK's MiniBrowser over WebDriver
// (tools/browsers/webkit.js). TEST_BROWSERS=chromium, =firefox or =webkit (or a
// comma-separated list) runs only those; CI always runs all three. Each
// launcher first stops, with one line, on a browser older than the tests
// support (tools/browsers/browser-versions.js).
// @web/test-runner 0.20 / test-runner-chrome 0.18 are the newest that run on
// Node 20; their 1.x releases need Node 22.
// Test files at once per engine, measured on a 2-core machine (docs/decisions.md,
// "CI in half the time"). Chromium: two, 85 s against 111 s for one at a time,
// every test passing, each headless page keeping its own focus. Firefox: one;
// with two, the tests that type into a field while another page runs lose
// the field's focus (action-plan.test.ts failed). WebKit: one, its launcher's
// own limit (one MiniBrowser window). Files run side by side each get a
// browser context of their own, so one file's localStorage and storage events
// never reach another's.
const FILES_AT_ONCE = { chromium: 2, firefox: 1 };
const ownContext = async ({ browser }) => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => context.close().catch(() => {}));
  return page;
};

const launchers = {
  chromium: () => {
    requireChromiumVersion();
    return chromeLauncher({
      concurrency: FILES_AT_ONCE.chromium,
      ...(FILES_AT_ONCE.chromium > 1 ? { createPage: ownContext } : {}),
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    });
  },
  firefox: () => firefoxLauncher({ concurrency: FILES_AT_ONCE.firefox, ...(FILES_AT_ONCE.firefox > 1 ? { createPage: ownContext } : {}) }),
  webkit: () => webkitLauncher(),
};

// WebDriver has no media emulation, so print media cannot be shown in WebKit:
// the print test is the one file it does not run (README, browser support).
const NOT_IN_WEBKIT = ['test/sections/print/print.test.ts'];
const browsers = testBrowsers().map((name) => ({ name, launcher: launchers[name]() }));

// Each section's tests sit in test/sections/<section>/ (as its code sits in
// src/sections/<section>/); the whole element's, in test/browser/.
// A full run gives each engine its own group, so WebKit can leave out
// NOT_IN_WEBKIT. Files named on the command line (`npx web-test-runner
// test/sections/practice/notes.test.ts`) run as named, in every engine chosen.
const namedFiles = process.argv.slice(2).some((arg) => arg.endsWith('.test.ts'));
const groups = namedFiles
  ? []
  : browsers.map(({ name, launcher }) => ({
      name,
      browsers: [launcher],
      files: ['test/browser/**/*.test.ts', 'test/sections/**/*.test.ts', ...(name === 'webkit' ? NOT_IN_WEBKIT.map((file) => `!${file}`) : [])],
    }));

/**
 * `executeServerCommand('a11y-full-snapshot')`: the whole accessibility tree,
 * not only puppeteer's "interesting" nodes, which leave out tables, rows and
 * cells (only their text is "interesting"): a test of a table's headers needs
 * them. WebKit's snapshot (tools/browsers/webkit-accessibility.js) has them anyway.
 */
function fullA11ySnapshotPlugin() {
  return {
    name: 'a11y-full-snapshot',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-full-snapshot') return undefined;
      return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
    },
  };
}

export default {
  nodeResolve: true,
  // The default for a launcher that sets none; each engine's is FILES_AT_ONCE above.
  concurrency: 1,
  // Lit's dev-mode notice is expected in tests; anything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A guard against hangs, not a speed target: sized for a loaded 2-core machine,
  // where axe over the whole widget takes seconds in WebKit.
  testFramework: { config: { timeout: 60000 } },
  middleware: [
    // Sends STRICT_CSP as a real header with the CSP fixture page, and only with it.
    async function strictCspFixture(context, next) {
      await next();
      if (context.path === '/test/browser/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    reactPlugin(),
    jsonModulesPlugin(),
    a11ySnapshotPlugin(),
    fullA11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  // One engine at a time: on a 2-core machine two browsers side by side only
  // slow each other down (two files in one Chromium do pay: FILES_AT_ONCE).
  concurrentBrowsers: 1,
  // Firefox takes a few seconds to start: more than the default 30 s are
  // never needed, but a loaded machine should not fail a run on start-up.
  browserStartTimeout: 60000,
  // A test file's whole run, as a hang guard: the model-based file checks
  // properties bounded at 90, 60, 40 and 60 s (250 s in all) in Chromium and
  // 20, 15, 10 and 15 s in Firefox and WebKit by design, and a busy machine
  // slows it more.
  testsFinishTimeout: 600000,
  browsers: browsers.map(({ launcher }) => launcher),
  groups,
};
