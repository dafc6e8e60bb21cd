import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { jsonModulesPlugin } from './scripts/wtr-json-modules.js';

// The strict policy test/browser/isolation.test.ts checks the built widget
// against. 'lit-html' is the one Trusted Types policy the bundle creates
// (lit-html's, for template HTML); no other name is allowed.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// Component tests run in a real Chromium: Debian's package (or $CHROME_PATH).
// @web/test-runner 0.20 / test-runner-chrome 0.18 are the newest that run on
// Node 20; their 1.x releases need Node 22.
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
