import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { expectAccessible } from './a11y.js';
import { waitUntil } from './wait.js';

/*
 * Isolation from the host page, checked against the built file a sector body
 * embeds (`npm run build` writes it; npm test builds first):
 *
 * - hostile global CSS on the host page does not break the widget;
 * - a strict Content Security Policy with Trusted Types raises no violation;
 * - loading the script twice, or over another version, does not throw;
 * - nothing leaks into the global scope beyond the element (and Lit's own).
 *
 * The iframe tests each start from a fresh document (pages/blank.html or
 * pages/csp.html), so their registry, module map and window are their own.
 */

const BUNDLE = new URL('../../dist/collab-checklist.js', import.meta.url).href;
const BLANK_PAGE = new URL('./pages/blank.html', import.meta.url).href;
const CSP_PAGE = new URL('./pages/csp.html', import.meta.url).href;
const TAG = 'collab-checklist';

/** The policy web-test-runner.config.js sends with pages/csp.html. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  line: number;
}

type FrameWindow = Window & typeof globalThis & { cspViolations?: Violation[] };
type VersionedElement = CustomElementConstructor & { version?: string };

const practiceTicks = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('.practice-main input[type="checkbox"]')];
const overallBar = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="overall-progress"] [role="progressbar"]')!;
const overallFill = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="overall-progress"] .progress-fill')!;

/** Waits until `element` has rendered its 30 practices and its progress heading. */
async function rendered(element: Element): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelectorAll('.practice-main input[type="checkbox"]').length === 30 && !!element.shadowRoot.querySelector('#summary-title')?.textContent?.trim(),
    `<${TAG}> did not render its 30 practices`,
  );
}

// --- iframes -----------------------------------------------------------------

const openFrames: HTMLIFrameElement[] = [];

/** Opens `src` (same origin) in an 800×600 iframe and resolves with its window once it has loaded. */
async function openFrame(src: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.title = 'Isolation test page';
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = src;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

function closeFrames(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}

/**
 * Records what a frame's page would see go wrong: uncaught errors (a module
 * that throws while it runs reports here, not on its <script>), unhandled
 * rejections and console.warn calls.
 */
function watch(win: FrameWindow) {
  const errors: string[] = [];
  const warnings: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { errors, warnings };
}

/** Adds <script type="module" src> to the frame's page, as a host page would, and waits for it to run. */
function loadModule(win: FrameWindow, src: string): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = src;
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
  });
  win.document.head.append(script);
  return done;
}

async function addChecklist(win: FrameWindow, lang?: string): Promise<HTMLElement> {
  const element = win.document.createElement(TAG);
  if (lang) element.setAttribute('lang', lang);
  win.document.querySelector('main')!.append(element);
  await rendered(element);
  return element;
}

// --- 1. Hostile host CSS ---------------------------------------------------------

/*
 * What "not break" means here. Host CSS can reach the widget in two ways
 * only: through the host element's own box (a page's `* { all: unset }` does
 * unset <collab-checklist> itself, beating its `:host` rules) and through
 * inherited properties (font, colour, text-transform, letter-spacing, ...).
 * Selectors such as `button {}` or `input[type=checkbox] {}` cannot reach
 * into the shadow root. So under the stylesheet below the widget must still:
 *
 * - render all 30 practice checkboxes, visible (not display:none, non-zero
 *   size) and at least 24×24 CSS px (WCAG 2.2 SC 2.5.8 target size);
 * - toggle a practice on a real pointer click at the checkbox's coordinates
 *   and update the progress bar;
 * - show its text as written: no inherited uppercase or letter-spacing;
 * - keep its buttons' visible labels and borders, each at least 24×24 px;
 * - pass axe.
 *
 * Font size is inherited on purpose: the widget sizes everything in em so the
 * host's type scale carries in. It must not size anything in rem, so the
 * common `html { font-size: 62.5% }` trick (paired, as it always is, with
 * `body { font-size: 1.6rem }`) must leave it at the body's 16px, not 10px.
 * A host that deliberately sets small text on the element itself gets a
 * smaller widget: see the last describe block of this section.
 */
const HOSTILE_CSS = `
  /* A "nuke everything" reset. It spares only <html>, <body>, <head> and the
     page's own <script>/<style>, which it would otherwise turn into visible text. */
  body *:not(script, style),
  body *::before,
  body *::after {
    all: unset;
  }
  button {
    all: unset !important;
  }
  input[type='checkbox'] {
    display: none !important;
    appearance: none;
  }
  * {
    text-transform: uppercase !important;
    letter-spacing: 3px;
    word-spacing: 6px;
  }
  html {
    font-size: 62.5%;
  }
  body {
    font-size: 1.6rem;
  }
`;

/** Tick boxes, "Not applicable" boxes, "Add notes" toggles and buttons (those in closed dialogs have no box). */
const controlsOf = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('input[type="checkbox"], summary, button')].filter((control) => !control.closest('dialog'));

/** Everything in the widget a pointer can activate, for the spacing test. */
const targetsOf = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('input, button, summary, label, a[href], textarea, select')].filter(isRendered);

const describeControl = (control: Element) => `<${control.localName}${control.id ? ` #${control.id}` : ''}> "${control.textContent!.trim().slice(0, 40)}"`;

/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum): a target is at least 24×24 CSS px,
 * or it is undersized but a 24 px circle centred on it touches no other
 * target and no other undersized target's circle. A control's own <label>
 * is part of the same target. Returns what fails, or undefined.
 */
function targetSizeProblem(control: HTMLElement, targets: HTMLElement[]): string | undefined {
  const box = control.getBoundingClientRect();
  if (box.width >= 24 && box.height >= 24) return undefined;
  const size = `${describeControl(control)} is ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const ownLabels = new Set<Element>((control as HTMLInputElement).labels ?? []);
  for (const other of targets) {
    if (other === control || ownLabels.has(other) || ((other as HTMLLabelElement).control === control)) continue;
    const rect = other.getBoundingClientRect();
    const dx = Math.max(rect.left - x, 0, x - rect.right);
    const dy = Math.max(rect.top - y, 0, y - rect.bottom);
    if (Math.hypot(dx, dy) < 12) return `${size} and its 24 px circle touches ${describeControl(other)}`;
    const undersized = rect.width < 24 || rect.height < 24;
    if (undersized && Math.hypot(rect.x + rect.width / 2 - x, rect.y + rect.height / 2 - y) < 24) {
      return `${size} and its 24 px circle overlaps that of ${describeControl(other)}`;
    }
  }
  return undefined;
}

function expectTargetSizes(element: Element): void {
  const targets = targetsOf(element);
  const problems = controlsOf(element)
    .map((control) => targetSizeProblem(control, targets))
    .filter((problem) => problem !== undefined);
  expect(problems, 'WCAG 2.5.8 target size').to.deep.equal([]);
}

/** True when a pointer at the middle of `control` reaches it (nothing covers it). */
function reachable(control: HTMLElement): boolean {
  control.scrollIntoView({ block: 'center' });
  const box = control.getBoundingClientRect();
  const root = control.getRootNode() as ShadowRoot;
  return root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === control;
}

const progressValue = (element: Element) => Number(overallBar(element).getAttribute('aria-valuenow'));

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

/** Shown: not display:none, not hidden (nor inside a closed <details>), with a box of non-zero size. */
function isRendered(control: Element): boolean {
  const box = control.getBoundingClientRect();
  return control.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
}

/** Clicks with the real (CDP) mouse at the middle of `control`, as a person would. */
async function clickLikeAPerson(control: Element): Promise<void> {
  control.scrollIntoView({ block: 'center' });
  await nextFrame();
  const box = control.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<collab-checklist> (dist) isolation: hostile host CSS', () => {
  let style: HTMLStyleElement;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(() => {
    localStorage.clear();
    style = addStyle(HOSTILE_CSS);
  });

  afterEach(async () => {
    style.remove();
    await resetMouse();
  });

  it('has no axe violations under the hostile stylesheet', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    await expectAccessible(element);
  });

  it('is really hostile: the reset does reach the host element and the page around it', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    const host = getComputedStyle(element);
    // `all: unset` beats `:host { display: block }`: the host element becomes inline.
    expect(host.display).to.equal('inline');
    expect(host.textTransform).to.equal('uppercase');
    expect(host.letterSpacing).to.equal('3px');
    const pageCheckbox = document.createElement('input');
    pageCheckbox.type = 'checkbox';
    document.body.append(pageCheckbox);
    expect(getComputedStyle(pageCheckbox).display, "the page's own checkboxes are hidden").to.equal('none');
    pageCheckbox.remove();
  });

  it('renders the 30 practice checkboxes, visible and not covered by anything', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    const ticks = practiceTicks(element);
    expect(ticks).to.have.length(30);
    for (const tick of ticks) {
      expect(isRendered(tick), `#${tick.id} is rendered`).to.equal(true);
      expect(reachable(tick), `#${tick.id} is reachable by a pointer`).to.equal(true);
    }
  });

  it('keeps every control to the WCAG 2.2 target size minimum (24×24 CSS px, or spaced apart)', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    expectTargetSizes(element);
  });

  it('follows the body text size, not the root one: `html { font-size: 62.5% }` does not shrink it', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    const label = element.shadowRoot!.querySelector<HTMLElement>('.practice-text')!;
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
    expect(getComputedStyle(document.body).fontSize).to.equal('16px');
    expect(getComputedStyle(label).fontSize).to.equal('16px');
  });

  it('toggles a practice on a real click at the checkbox, and on its label, and shows the progress', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    const [first, second] = practiceTicks(element);

    await clickLikeAPerson(first);
    await waitUntil(() => first.checked, 'the click ticked the first practice');
    await waitUntil(() => progressValue(element) > 0, 'progress moved from 0');
    await waitUntil(() => overallFill(element).getBoundingClientRect().width > 0, 'the progress bar fills');
    const afterOne = progressValue(element);

    const secondLabel = element.shadowRoot!.querySelector<HTMLElement>(`label[for="${second.id}"]`)!;
    await clickLikeAPerson(secondLabel);
    await waitUntil(() => second.checked, 'a click on its label ticked the second practice');
    await waitUntil(() => progressValue(element) > afterOne, 'progress moved again');

    await clickLikeAPerson(first);
    await waitUntil(() => !first.checked, 'a second click unticked it');
  });

  it('shows its text as written (no inherited uppercase), and lets letter and word spacing through, as a person\'s text-spacing style needs', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    // The page's 3px and 6px reach the widget the way a person's own spacing would (WCAG 1.4.12): it cannot tell the two apart.
    const carried = { textTransform: 'none', letterSpacing: '3px', wordSpacing: '6px' };
    const texts = element.shadowRoot!.querySelectorAll<HTMLElement>('.title, #summary-title, .practice-text, .not-applicable label, summary');
    expect(texts.length).to.be.at.least(90);
    for (const text of texts) {
      const { textTransform, letterSpacing, wordSpacing } = getComputedStyle(text);
      expect({ textTransform, letterSpacing, wordSpacing }, describeControl(text)).to.deep.equal(carried);
      // innerText is the text as rendered, after any text-transform (line breaks aside).
      const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
      expect(squash(text.innerText), describeControl(text)).to.equal(squash(text.textContent!));
    }
  });

  it('keeps every button visible, labelled as written and bordered', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    // Buttons inside the closed dialogs have no box until a dialog opens.
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.closest('dialog'));
    expect(buttons.length).to.be.at.least(5);
    for (const button of buttons) {
      const label = button.textContent!.trim();
      const computed = getComputedStyle(button);
      expect(isRendered(button), `"${label}" is rendered`).to.equal(true);
      expect(label, 'a visible label').to.not.equal('');
      expect(button.innerText.trim(), `"${label}" is shown as written`).to.equal(label);
      expect(computed.textTransform).to.equal('none');
      expect(computed.borderTopStyle, `"${label}" keeps its border`).to.equal('solid');
      expect(parseFloat(computed.borderTopWidth), `"${label}" border width`).to.be.greaterThan(0);
      expect(computed.cursor).to.equal('pointer');
      expect(reachable(button), `"${label}" is reachable by a pointer`).to.equal(true);
    }
  });
});

/*
 * WCAG 1.4.12 Text Spacing: a person's own style sheet (the usual
 * bookmarklet's values) sets letter, word and paragraph spacing and line
 * height on every element of the page. Only inherited properties cross into
 * a shadow root, so letter and word spacing must be inherited, not reset,
 * and the widget must still show and reach every control with them.
 */
const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

describe('<collab-checklist> (dist) a person\'s text-spacing style (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(() => {
    localStorage.clear();
    style = addStyle(TEXT_SPACING_CSS);
  });

  afterEach(() => style.remove());

  it('has no axe violations with the person\'s spacing', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    await expectAccessible(element);
  });

  it('takes the person\'s letter and word spacing into its text, and keeps every control visible and reachable', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    // 0.12em and 0.16em of the host's 16px, worked out on the host and inherited as lengths.
    const host = getComputedStyle(element);
    expect([host.letterSpacing, host.wordSpacing]).to.deep.equal(['1.92px', '2.56px']);
    for (const text of element.shadowRoot!.querySelectorAll<HTMLElement>('.title, .practice-text, .not-applicable label, summary, button')) {
      const { letterSpacing, wordSpacing } = getComputedStyle(text);
      expect({ letterSpacing, wordSpacing }, describeControl(text)).to.deep.equal({ letterSpacing: '1.92px', wordSpacing: '2.56px' });
    }
    for (const control of controlsOf(element)) {
      expect(isRendered(control), `${describeControl(control)} is rendered`).to.equal(true);
      expect(reachable(control), `${describeControl(control)} is reachable by a pointer`).to.equal(true);
    }
    expectTargetSizes(element);
  });
});

describe('<collab-checklist> (dist) isolation: a host that sets small text on the element', () => {
  // The widget inherits the host's font size on purpose (it is sized in em),
  // so `collab-checklist { font-size: 10px }` gives smaller text: what the
  // host asked for. "Not break" here means its controls stay visible,
  // reachable, clickable and accessible to axe. The WCAG 2.5.8 target size
  // minimum is asserted for the hostile reset above (16px body text), not
  // here: a host that shrinks the text below its default takes that on, as
  // it does for its own links.
  let style: HTMLStyleElement;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(() => {
    localStorage.clear();
    style = addStyle('collab-checklist { font-size: 10px; }');
  });

  afterEach(async () => {
    style.remove();
    await resetMouse();
  });

  it('has no axe violations', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    await expectAccessible(element);
  });

  it('follows the smaller text and keeps every control visible and reachable', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.practice-text')!).fontSize).to.equal('10px');
    for (const control of controlsOf(element)) {
      expect(isRendered(control), `${describeControl(control)} is rendered`).to.equal(true);
      expect(reachable(control), `${describeControl(control)} is reachable by a pointer`).to.equal(true);
    }
  });

  it('toggles a practice on a real click', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await rendered(element);
    const tick = practiceTicks(element)[4];
    await clickLikeAPerson(tick);
    await waitUntil(() => tick.checked, 'the click ticked the practice');
    await waitUntil(() => progressValue(element) > 0, 'progress moved');
  });
});

// --- 2. Strict Content Security Policy -----------------------------------------------

describe('dist/collab-checklist.js under a strict Content Security Policy (pages/csp.html)', () => {
  afterEach(closeFrames);

  it('is served with the strict policy as a header', async () => {
    const response = await fetch(CSP_PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    // ...and only that page: the others are served without one.
    expect((await fetch(BLANK_PAGE)).headers.get('content-security-policy')).to.equal(null);
  });

  it('renders in Welsh, loads its lazy chunks and ticks a practice with no violation', async () => {
    const win = await openFrame(CSP_PAGE);
    expect(win.cspViolations, 'csp-watch.js ran before the widget').to.be.an('array');
    const element = win.document.querySelector(TAG)!;
    await rendered(element);
    expect(element.shadowRoot!.querySelector('#summary-title')!.textContent!.trim()).to.equal('Eich cynnydd');

    const [tick] = practiceTicks(element);
    tick.click();
    await waitUntil(() => progressValue(element) > 0, 'progress moved from 0');
    // The fill's width comes from a custom property set through the CSSOM,
    // which `style-src 'self'` allows (a style attribute would be blocked).
    await waitUntil(() => overallFill(element).getBoundingClientRect().width > 0, 'the progress bar fills');

    // Violations are reported from tasks of their own, in order: cause a
    // known one now, and once it has arrived any the widget caused have too.
    win.document.body.setAttribute('style', 'outline: 0');
    await waitUntil(() => (win.cspViolations?.length ?? 0) > 0, 'the known violation was reported');
    expect(win.cspViolations!.map((violation) => violation.directive)).to.deep.equal(['style-src-attr']);
  });

  it('would notice a violation: the policy is enforced and csp-watch.js records it', async () => {
    const win = await openFrame(CSP_PAGE);
    const element = win.document.querySelector(TAG)!;
    await rendered(element);
    // A style attribute inside the widget's shadow root, as styleMap would write.
    overallFill(element).setAttribute('style', 'outline: 1px solid red');
    // A string into an HTML sink, without a Trusted Types policy.
    // (The error comes from the frame's realm, so check its name, not its class.)
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>untrusted</b>';
    })
      .to.throw()
      .with.property('name', 'TypeError');
    await waitUntil(() => (win.cspViolations?.length ?? 0) >= 2, 'both violations were reported');
    expect(win.cspViolations!.map((violation) => violation.directive).sort()).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
  });
});

// --- 3. Loading twice, or over another version ------------------------------------------

describe('dist/collab-checklist.js loaded twice, or over another version', () => {
  afterEach(closeFrames);

  it('loads a second time from another URL without throwing, keeping the first definition', async () => {
    const win = await openFrame(BLANK_PAGE);
    const { errors, warnings } = watch(win);
    await loadModule(win, BUNDLE);
    const first = win.customElements.get(TAG);
    expect(first).to.not.equal(undefined);
    await loadModule(win, `${BUNDLE}?again`);
    await nextFrame();
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get(TAG)).to.equal(first);
    expect(warnings, 'same version: nothing to warn about').to.deep.equal([]);
    const element = await addChecklist(win);
    expect(element).to.be.instanceOf(first!);
  });

  it('leaves another version in place without throwing, and warns naming both versions', async () => {
    const { VERSION } = (await import(/* @vite-ignore */ BUNDLE)) as { VERSION: string };
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
    const win = await openFrame(BLANK_PAGE);
    const { errors, warnings } = watch(win);
    // An older copy, already defined by some other script on the page.
    const older = class extends win.HTMLElement {
      static version = '0.0.1';
    };
    win.customElements.define(TAG, older);
    await loadModule(win, BUNDLE);
    await nextFrame();
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get(TAG)).to.equal(older);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.1').and.include(VERSION);
  });

  it('makes every element the first copy\'s: not an instance of a later copy\'s class, whose version the defined class tells', async () => {
    type Copy = { CollabChecklist: VersionedElement; VERSION: string };
    const first = (await import(/* @vite-ignore */ BUNDLE)) as Copy;
    const later = (await import(/* @vite-ignore */ `${BUNDLE}?later-copy`)) as Copy;
    expect(later.CollabChecklist).to.not.equal(first.CollabChecklist);
    expect(customElements.get(TAG)).to.equal(first.CollabChecklist);
    expect((customElements.get(TAG) as VersionedElement).version).to.equal(later.VERSION);
    const element = document.createElement(TAG);
    expect(element instanceof later.CollabChecklist, 'what the README warns about').to.equal(false);
    expect(element).to.be.instanceOf(first.CollabChecklist);
  });

  it('warns, without throwing, when the name is taken by an element with no version', async () => {
    const win = await openFrame(BLANK_PAGE);
    const { errors, warnings } = watch(win);
    const other = class extends win.HTMLElement {};
    win.customElements.define(TAG, other);
    await loadModule(win, BUNDLE);
    await nextFrame();
    expect(errors).to.deep.equal([]);
    expect((win.customElements.get(TAG) as VersionedElement | undefined)?.version).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('unknown version');
  });
});

// --- 4. No global leaks ------------------------------------------------------------

/*
 * The globals Lit itself writes, documented in its source and changelogs;
 * nothing else may appear on window.
 * - reactiveElementVersions, litHtmlVersions, litElementVersions: each Lit
 *   package pushes its version, so tools can spot several copies on a page.
 * - litPropertyMetadata: Lit 3's shared property-metadata WeakMap
 *   (`globalThis.litPropertyMetadata ??= new WeakMap()`).
 * - litIssuedWarnings: dev builds only (the bundle is a production build).
 */
const LIT_GLOBALS = ['reactiveElementVersions', 'litHtmlVersions', 'litElementVersions', 'litPropertyMetadata', 'litIssuedWarnings'];

function globalsOf(win: FrameWindow): Set<string> {
  return new Set([...Object.getOwnPropertyNames(win), ...Object.keys(win), ...Object.getOwnPropertySymbols(win).map(String)]);
}

describe('dist/collab-checklist.js leaves the global scope alone', () => {
  afterEach(closeFrames);

  it('adds nothing to window but the element and the globals Lit itself documents', async () => {
    const win = await openFrame(BLANK_PAGE);
    const { errors } = watch(win);
    const before = globalsOf(win);
    await loadModule(win, BUNDLE);
    // In Welsh, so the lazily loaded language chunks run too.
    const welsh = await addChecklist(win, 'cy');
    expect(welsh.shadowRoot!.querySelector('#summary-title')!.textContent!.trim()).to.equal('Eich cynnydd');
    expect(errors).to.deep.equal([]);

    const added = [...globalsOf(win)].filter((name) => !before.has(name));
    expect(added.filter((name) => !LIT_GLOBALS.includes(name)), 'globals beyond Lit’s own').to.deep.equal([]);
    expect(added.filter((name) => /collab|checklist|ncvo|framework|locali[sz]|valibot|exchange/i.test(name))).to.deep.equal([]);
    expect(win.customElements.get(TAG)).to.not.equal(undefined);
  });
});
