// web-test-runner launcher for WebKitGTK's MiniBrowser over W3C WebDriver, with its version check.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { requireVersion } from './browser-versions.js';
import { accessibilitySnapshot } from './webkit-accessibility.js';
import { WebDriverSession } from './webdriver-session.js';

/** WebKitGTK's WebDriver (Debian's webkit2gtk-driver) and the MiniBrowser it drives. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const miniBrowserPaths = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`);
export const miniBrowserPath = process.env.MINIBROWSER_PATH || miniBrowserPaths.find((path) => existsSync(path)) || miniBrowserPaths[0];
const xvfbPath = '/usr/bin/Xvfb';

/** Which of WebKit's pieces are missing, as one install hint per piece (empty when all are here). */
export function webkitMissing() {
  const hints = [];
  if (!existsSync(webkitDriverPath) || !existsSync(miniBrowserPath)) {
    hints.push(
      `Browser tests need WebKit's WebDriver at ${webkitDriverPath} and MiniBrowser at ${miniBrowserPath}: on Debian run "apt-get install -y webkit2gtk-driver", or set WEBKIT_DRIVER_PATH and MINIBROWSER_PATH.`,
    );
  }
  if (!process.env.DISPLAY && !existsSync(xvfbPath)) {
    hints.push('WebKit tests need a display: on Debian run "apt-get install -y xvfb" (the tests start it), or set DISPLAY.');
  }
  return hints;
}

/**
 * WebKit (Safari's engine) for @web/test-runner: WebKitGTK's MiniBrowser,
 * driven over W3C WebDriver by Debian's WebKitWebDriver. MiniBrowser has no
 * headless mode, so without a DISPLAY this starts its own Xvfb.
 *
 * It presents each test page to the test runner as a puppeteer-shaped page
 * (`type: 'puppeteer'`, `getPage()`), so the runner's own commands (sendKeys,
 * sendMouse, setViewport, a11ySnapshot, emulateMedia) reach WebKit unchanged:
 * keys and the mouse become WebDriver actions, the viewport a window size, and
 * the accessibility snapshot is built from WebKit's computed roles and labels
 * (tools/browsers/webkit-accessibility.js). WebDriver has no media emulation, so
 * emulateMedia can only confirm the screen medium; the print test is left out
 * of the WebKit run for that reason (see the README's browser support).
 */
export function webkitLauncher() {
  requireVersion('webkit', miniBrowserPath);
  return new WebKitLauncher();
}

class WebKitLauncher {
  name = 'WebKit';
  type = 'puppeteer';
  /** One test file at a time, whatever the runner's concurrency: there is one MiniBrowser window. */
  concurrency = 1;
  #processes = [];
  #driverUrl;
  #display;
  /** The one MiniBrowser window, reused by every test file in turn. */
  #session;
  #page;
  #active = new Map();

  async initialize() {
    this.#display = process.env.DISPLAY || (await this.#startXvfb());
    const port = await freePort();
    this.#spawn(webkitDriverPath, [`--port=${port}`], { ...process.env, DISPLAY: this.#display });
    this.#driverUrl = `http://127.0.0.1:${port}`;
    await waitForDriver(this.#driverUrl);
  }

  async stop() {
    try {
      await this.#session?.close();
    } finally {
      for (const child of this.#processes.reverse()) child.kill();
    }
  }

  async startSession(sessionId, url) {
    if (!this.#session) {
      this.#session = await WebDriverSession.create(this.#driverUrl, {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      });
      this.#page = new WebKitPage(this.#session);
    }
    this.#active.set(sessionId, url);
    await this.#session.navigate(url);
  }

  isActive(sessionId) {
    return this.#active.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.#active.get(sessionId);
  }

  getPage(sessionId) {
    if (!this.#active.has(sessionId)) throw new Error(`No WebKit page for test session ${sessionId}.`);
    return this.#page;
  }

  async stopSession(sessionId) {
    this.#active.delete(sessionId);
    // Leave the test page, so its timers and storage events stop before the next file.
    await this.#session.navigate('about:blank');
    return {};
  }

  async startDebugSession() {
    throw new Error('Debugging in WebKit is not supported: run MiniBrowser by hand to inspect a page.');
  }

  async #startXvfb() {
    // -displayfd: Xvfb picks a free display itself and writes its number once it accepts clients.
    const xvfb = this.#spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, [
      'ignore',
      'ignore',
      'pipe',
      'pipe',
    ]);
    const number = await new Promise((resolve, reject) => {
      let text = '';
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.trim());
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready.`)));
    });
    return `:${number}`;
  }

  #spawn(command, args, env, stdio = 'ignore') {
    const child = spawn(command, args, { env, stdio });
    child.once('error', (error) => console.error(`WebKit tests: could not start ${command}: ${error.message}`));
    this.#processes.push(child);
    return child;
  }
}

/** The subset of puppeteer's Page that the test runner's commands use, over WebDriver. */
class WebKitPage {
  #session;
  /** Where the pointer is, for clicks and resets that do not say where. */
  #pointer = { x: 0, y: 0 };

  constructor(session) {
    this.#session = session;
    const send = (actions) => session.performActions([{ type: 'key', id: 'keyboard', actions }]);
    this.keyboard = {
      down: (key) => send([{ type: 'keyDown', value: webDriverKey(key) }]),
      up: (key) => send([{ type: 'keyUp', value: webDriverKey(key) }]),
      press: (key) => send([{ type: 'keyDown', value: webDriverKey(key) }, { type: 'keyUp', value: webDriverKey(key) }]),
      type: (text) => send([...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }])),
    };
    const pointer = (actions) =>
      session.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    const button = (options) => ({ left: 0, middle: 1, right: 2 })[options?.button ?? 'left'];
    const moveTo = (x, y) => {
      this.#pointer = { x: Math.round(x), y: Math.round(y) };
      return { type: 'pointerMove', origin: 'viewport', duration: 0, ...this.#pointer };
    };
    this.mouse = {
      move: (x, y) => pointer([moveTo(x, y)]),
      down: (options) => pointer([{ type: 'pointerDown', button: button(options) }]),
      up: (options) => pointer([{ type: 'pointerUp', button: button(options) }]),
      click: (x, y, options) =>
        pointer([moveTo(x, y), { type: 'pointerDown', button: button(options) }, { type: 'pointerUp', button: button(options) }]),
      reset: async () => {
        await session.releaseActions();
        await pointer([moveTo(0, 0)]);
      },
    };
    this.accessibility = { snapshot: (options) => accessibilitySnapshot(session, options) };
  }

  /** Sizes the window so that the page's viewport is the size asked for (the window adds its own frame). */
  async setViewport({ width, height }) {
    const viewport = () => this.#session.execute('return [innerWidth, innerHeight]');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const [innerWidth, innerHeight] = await viewport();
      if (innerWidth === width && innerHeight === height) return;
      const window = await this.#session.windowRect();
      await this.#session.setWindowRect({ width: window.width + width - innerWidth, height: window.height + height - innerHeight });
    }
    const [innerWidth, innerHeight] = await viewport();
    if (innerWidth !== width || innerHeight !== height) {
      throw new Error(`MiniBrowser's window cannot give a ${width}×${height} viewport (it stays at ${innerWidth}×${innerHeight}).`);
    }
  }

  async emulateMediaType(type) {
    if (type && type !== 'screen') {
      throw new Error(`WebDriver cannot emulate the ${type} medium in WebKit: MiniBrowser shows only screen media.`);
    }
  }

  async emulateMediaFeatures(features = []) {
    if (features?.length) throw new Error('WebDriver cannot emulate media features in WebKit.');
  }

  async $() {
    throw new Error('a11ySnapshot({ selector }) is not supported in WebKit by tools/browsers/webkit.js: take the whole page.');
  }
}

/** WebDriver's code points for the key names puppeteer and the test runner use. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function webDriverKey(key) {
  if (Object.hasOwn(KEYS, key)) return KEYS[key];
  if ([...key].length === 1) return key;
  throw new Error(`tools/browsers/webkit.js does not know the key "${key}": add its WebDriver code point to KEYS.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits for the driver to answer /status, bounded by attempts rather than a clock. */
async function waitForDriver(url) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver (${webkitDriverPath}) did not start.`);
}
