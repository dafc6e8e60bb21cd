// web-test-runner launcher for Firefox ESR over WebDriver BiDi (puppeteer-core), with its version check.
import { existsSync } from 'node:fs';
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { requireVersion } from './browser-versions.js';

/** The Firefox the browser tests drive: $FIREFOX_PATH, else Debian's firefox-esr. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const firefoxAvailable = () => existsSync(firefoxPath);

export const firefoxMissing = () =>
  `Browser tests need Firefox at ${firefoxPath}: on Debian run "apt-get install -y firefox-esr", or set FIREFOX_PATH to a Firefox binary.`;

/**
 * --remote-allow-system-access lets the test runner read Firefox's own
 * accessibility tree and set its print-media override (see firefoxPage
 * below); the browser only ever loads the test server's pages.
 */
export const firefoxArgs = ['--remote-allow-system-access'];

/**
 * Firefox through puppeteer-core's WebDriver BiDi, from the same launcher
 * that runs Chromium (puppeteer-core drives the installed binary: nothing is
 * downloaded).
 *
 * Three of the test runner's commands reach puppeteer APIs that are CDP-only
 * or incomplete over BiDi in puppeteer-core 24; the page the commands get is
 * wrapped so that each does the same job in Firefox with Firefox's own engine:
 * - a11ySnapshot: page.accessibility.snapshot() needs CDP. Here it reads
 *   Firefox's accessibility tree (roles, names, states as Firefox computes
 *   them for assistive technology) and trims it with the same "interesting
 *   nodes" rules puppeteer applies to Chromium's tree, so tests check the
 *   same shape ({ role, name, checked, level, modal, children }) in both.
 * - emulateMedia: puppeteer's media emulation needs CDP and WebDriver BiDi
 *   has none; Firefox's own overrides (the ones its devtools use) are set
 *   instead: print/screen media and prefers-color-scheme.
 * - sendKeys: puppeteer's BiDi keyboard does not know the key name "Space"
 *   (CDP does); it is sent as " ", the same key.
 */
export function firefoxLauncher({ executablePath = firefoxPath, args = firefoxArgs, concurrency, createPage = ({ context }) => context.newPage() } = {}) {
  requireVersion('firefox', executablePath);
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath, headless: true, args },
    ({ browser }) => browser.defaultBrowserContext(),
    createPage,
    puppeteerCore,
    concurrency,
  );
}

class FirefoxLauncher extends ChromeLauncher {
  #wrapped = new WeakMap();

  getPage(sessionId) {
    const page = super.getPage(sessionId);
    let wrapped = this.#wrapped.get(page);
    if (!wrapped) {
      wrapped = firefoxPage(page);
      this.#wrapped.set(page, wrapped);
    }
    return wrapped;
  }
}

/** The puppeteer page, with the three gaps above filled; everything else is the page's own. */
function firefoxPage(page) {
  const keyboard = new Proxy(page.keyboard, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (['press', 'down', 'up'].includes(property)) {
        return (key, ...rest) => value.call(target, key === 'Space' ? ' ' : key, ...rest);
      }
      return value.bind(target);
    },
  });
  const accessibility = { snapshot: (options) => accessibilitySnapshot(page, options) };
  const overrides = {
    keyboard,
    accessibility,
    emulateMediaType: (type) => emulateMediaType(page, type),
    emulateMediaFeatures: (features) => emulateMediaFeatures(page, features),
  };
  return new Proxy(page, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property];
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

// ---------------------------------------------------------------------------
// Privileged (chrome) scripts, run over the page's own WebDriver BiDi session.

function bidiSession(page) {
  const session = page.mainFrame()?.browsingContext?.userContext?.browser?.session;
  if (!session?.send) {
    throw new Error('tools/browsers/firefox.js: this puppeteer-core no longer exposes its WebDriver BiDi session where expected.');
  }
  return session;
}

const chromeContexts = new WeakMap();

/** Runs `body` (a function body with `contextId` in scope) in Firefox's parent process. */
async function inChrome(page, body) {
  const session = bidiSession(page);
  let chromeContext = chromeContexts.get(session);
  if (!chromeContext) {
    const { result } = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    chromeContext = result.contexts[0]?.context;
    if (!chromeContext) throw new Error(`Firefox gave no chrome context: start it with ${firefoxArgs.join(' ')}.`);
    chromeContexts.set(session, chromeContext);
  }
  const expression = `(async (contextId) => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const context = NavigableManager.getBrowsingContextById(contextId);
    if (!context) throw new Error('No browsing context ' + contextId);
    ${body}
  })(${JSON.stringify(page.mainFrame().browsingContext.id)})`;
  const { result } = await session.send('script.evaluate', {
    expression,
    target: { context: chromeContext },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`Firefox chrome script failed: ${result.exceptionDetails.text}`);
  return result.result.value;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, check, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} in Firefox.`);
    await sleep(25);
  }
}

// ---------------------------------------------------------------------------
// Media emulation: BrowsingContext overrides, as Firefox's devtools set them.

async function emulateMediaType(page, type) {
  if (type != null && type !== 'screen' && type !== 'print') throw new Error(`Unsupported media type: ${type}`);
  const medium = type ?? '';
  await inChrome(page, `context.top.mediumOverride = ${JSON.stringify(medium)};`);
  // The override reaches the page's process asynchronously: wait until it shows.
  const query = medium || 'screen';
  await waitFor(`media ${query}`, () => page.evaluate((media) => matchMedia(media).matches, query));
}

async function emulateMediaFeatures(page, features = []) {
  for (const { name, value } of features ?? []) {
    if (name !== 'prefers-color-scheme') {
      throw new Error(`Emulating ${name} is not supported in Firefox by tools/browsers/firefox.js.`);
    }
    const override = value === 'light' || value === 'dark' ? value : 'none';
    await inChrome(page, `context.top.prefersColorSchemeOverride = ${JSON.stringify(override)};`);
    if (override !== 'none') {
      await waitFor(`prefers-color-scheme: ${override}`, () =>
        page.evaluate((query) => matchMedia(query).matches, `(prefers-color-scheme: ${override})`),
      );
    }
  }
}

// ---------------------------------------------------------------------------
// Accessibility snapshot from Firefox's accessibility tree.

/** Reads the page's accessibility tree from Firefox's parent process; null until it exists. */
const READ_TREE = `
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const outer = service.getAccessibleFor(context.top.embedderElement);
  const doc = outer && outer.firstChild;
  if (!doc) return null;
  const read = (acc) => {
    const state = {}, extra = {};
    acc.getState(state, extra);
    const attributes = {};
    const each = acc.attributes.enumerate();
    while (each.hasMoreElements()) {
      const property = each.getNext().QueryInterface(Ci.nsIPropertyElement);
      attributes[property.key] = property.value;
    }
    const node = {
      role: acc === doc ? 'RootWebArea' : acc.role === Ci.nsIAccessibleRole.ROLE_TEXT_LEAF ? 'StaticText' : acc.computedARIARole || 'generic',
      name: acc.name ?? '',
      description: acc.description || undefined,
      value: (acc !== doc && acc.value) || undefined,
      state: state.value,
      extra: extra.value,
      attributes,
      children: [],
    };
    for (let child = acc.firstChild; child; child = child.nextSibling) node.children.push(read(child));
    return node;
  };
  const tree = read(doc);
  return JSON.stringify({ busy: (tree.state & Ci.nsIAccessibleStates.STATE_BUSY) !== 0, tree });
`;

// nsIAccessibleStates bits (stable since Gecko 1.9).
const STATE = {
  UNAVAILABLE: 0x1,
  SELECTED: 0x2,
  FOCUSED: 0x4,
  PRESSED: 0x8,
  CHECKED: 0x10,
  MIXED: 0x20,
  READONLY: 0x40,
  EXPANDED: 0x200,
  COLLAPSED: 0x400,
  BUSY: 0x800,
  CHECKABLE: 0x2000,
  FOCUSABLE: 0x100000,
  REQUIRED: 0x4000000,
};
const EXT_STATE = { EDITABLE: 0x8, MODAL: 0x20, MULTI_LINE: 0x40 };

// Firefox gives a "live" attribute only for explicit aria-live and role=status;
// it announces role=alert through its own alert event instead. These are the
// implicit aria-live values ARIA defines, which Chromium's tree reports.
const IMPLICIT_LIVE = { alert: 'assertive', log: 'polite', status: 'polite', marquee: 'off', timer: 'off' };

/**
 * page.accessibility.snapshot() for Firefox. The tree Firefox keeps for
 * assistive technology follows the page asynchronously (built on refresh
 * ticks, then sent to the parent process), so it is read after two animation
 * frames and again until two reads agree.
 */
async function accessibilitySnapshot(page, { interestingOnly = true, root = null } = {}) {
  if (root) throw new Error('a11ySnapshot({ selector }) is not supported in Firefox by tools/browsers/firefox.js: take the whole page.');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  let previous;
  let raw;
  const end = Date.now() + 5000;
  for (;;) {
    raw = await inChrome(page, READ_TREE);
    if (raw && raw === previous && !JSON.parse(raw).busy) break;
    if (Date.now() > end) {
      if (!raw) throw new Error('Firefox built no accessibility tree for the page.');
      break;
    }
    previous = raw;
    await sleep(raw ? 50 : 100);
  }
  const tree = new AXNode(JSON.parse(raw).tree);
  if (!interestingOnly) return serializeTree(tree)[0] ?? null;
  const interesting = new Set();
  collectInterestingNodes(interesting, tree, false);
  return serializeTree(tree, interesting)[0] ?? null;
}

/** A Firefox node with the properties puppeteer's CDP snapshot reads from Chromium's. */
class AXNode {
  constructor(raw) {
    this.raw = raw;
    this.role = raw.role;
    this.name = raw.name;
    this.description = raw.description;
    const has = (bit) => (raw.state & bit) !== 0;
    const hasExtra = (bit) => (raw.extra & bit) !== 0;
    this.focusable = has(STATE.FOCUSABLE) && raw.role !== 'RootWebArea';
    this.editable = hasExtra(EXT_STATE.EDITABLE);
    this.busy = has(STATE.BUSY);
    this.modal = hasExtra(EXT_STATE.MODAL);
    this.live = raw.attributes.live ?? IMPLICIT_LIVE[raw.role];
    this.roledescription = raw.attributes.roledescription;
    this.children = raw.children.map((child) => new AXNode(child));
  }

  hasFocusableChild() {
    this.cachedHasFocusableChild ??= this.children.some((child) => child.focusable || child.hasFocusableChild());
    return this.cachedHasFocusableChild;
  }

  // The rest mirrors puppeteer-core's cdp/Accessibility.js (AXNode), so both
  // engines' trees are trimmed alike.
  isLeafNode() {
    if (!this.children.length) return true;
    if (this.editable || this.role === 'textbox' || this.role === 'searchbox') return true;
    if (this.role === 'StaticText') return true;
    if (['doc-cover', 'graphics-symbol', 'img', 'image', 'meter', 'scrollbar', 'slider', 'separator', 'progressbar'].includes(this.role)) {
      return true;
    }
    if (this.hasFocusableChild()) return false;
    return this.role === 'heading' && !!this.name;
  }

  isControl() {
    return [
      'button',
      'checkbox',
      'combobox',
      'listbox',
      'menu',
      'menubar',
      'menuitem',
      'menuitemcheckbox',
      'menuitemradio',
      'radio',
      'scrollbar',
      'searchbox',
      'slider',
      'spinbutton',
      'switch',
      'tab',
      'textbox',
      'tree',
      'treeitem',
    ].includes(this.role);
  }

  isLandmark() {
    return ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'].includes(this.role);
  }

  isInteresting(insideControl) {
    if (this.isLandmark()) return true;
    if (this.focusable || this.busy || (this.live && this.live !== 'off') || this.modal || this.roledescription) return true;
    if (this.isControl()) return true;
    if (insideControl) return false;
    return this.isLeafNode() && (!!this.name || !!this.description);
  }

  serialize() {
    const { raw } = this;
    const has = (bit) => (raw.state & bit) !== 0;
    const node = { role: this.role, name: this.name };
    if (raw.value !== undefined) node.value = raw.value;
    if (raw.description !== undefined) node.description = raw.description;
    if (this.roledescription) node.roledescription = this.roledescription;
    if (raw.attributes.valuetext !== undefined && this.role === 'progressbar') node.valuetext = raw.attributes.valuetext;
    if (has(STATE.UNAVAILABLE)) node.disabled = true;
    if (has(STATE.EXPANDED)) node.expanded = true;
    else if (has(STATE.COLLAPSED)) node.expanded = false;
    if (has(STATE.FOCUSED) && this.role !== 'RootWebArea') node.focused = true;
    if (this.modal) node.modal = true;
    if ((raw.extra & EXT_STATE.MULTI_LINE) !== 0) node.multiline = true;
    if (has(STATE.READONLY) && this.isControl()) node.readonly = true;
    if (has(STATE.REQUIRED)) node.required = true;
    if (has(STATE.SELECTED)) node.selected = true;
    if (this.busy) node.busy = true;
    if (has(STATE.CHECKABLE)) node.checked = has(STATE.MIXED) ? 'mixed' : has(STATE.CHECKED);
    if (this.role === 'button' && has(STATE.PRESSED)) node.pressed = true;
    if (raw.attributes.level !== undefined) node.level = Number(raw.attributes.level);
    if (this.live) node.live = this.live;
    return node;
  }
}

function collectInterestingNodes(collection, node, insideControl) {
  if (node.isInteresting(insideControl)) collection.add(node);
  if (node.isLeafNode()) return;
  insideControl = insideControl || node.isControl();
  for (const child of node.children) collectInterestingNodes(collection, child, insideControl);
}

function serializeTree(node, interesting) {
  const children = node.children.flatMap((child) => serializeTree(child, interesting));
  if (interesting && !interesting.has(node) && node.role !== 'RootWebArea') return children;
  const serialized = node.serialize();
  if (children.length) serialized.children = children;
  return [serialized];
}
