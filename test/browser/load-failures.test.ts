import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './a11y.js';
import { waitUntil } from './wait.js';
import { importNotice } from '../../src/sections/actions/import-notice.js';
import { extrasNotLoaded } from '../../src/sections/checklist/extras-not-loaded.js';
import { languageNotice } from '../../src/sections/checklist/language-notice.js';
import type { CollabChecklist } from '../../src/index.js';
import { allPractices, tickBox } from './helpers.js';
import { openPageFrame, type PageWindow } from './page-frame.js';

/*
 * Files loaded on first use that fail to load (a network error): the
 * Welsh interface strings and the export code. pages/failing-loads.html
 * maps them to a missing address. The widget must fall back to English
 * and say so, keep redrawing, and say when a button's code cannot load.
 */

const PAGE = new URL('./pages/failing-loads.html', import.meta.url).href;
const FAILING_EXTRAS = new URL('./pages/failing-extras.html', import.meta.url).href;
const [first] = allPractices;

const openPage = (page = PAGE) => openPageFrame(page, 'Page with failing loads', 800, 600);

async function widget(win: PageWindow, lang: string): Promise<CollabChecklist> {
  const element = win.document.createElement('collab-checklist') as CollabChecklist;
  element.setAttribute('lang', lang);
  element.setAttribute('storage-key', 'load-failures');
  win.document.querySelector('main')!.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('[part="title"]'), 'the widget did not render');
  // The parts beyond the checklist itself load once it is drawn.
  await element.updateComplete;
  return element;
}

const noticeText = (element: CollabChecklist) => element.shadowRoot!.querySelector('[role="status"][part="notice"]')?.textContent?.trim() ?? '';

describe('<collab-checklist> when a file loaded on first use fails to load', () => {
  let frame: HTMLIFrameElement;
  let win: PageWindow;

  beforeEach(async function () {
    this.timeout(20_000);
    ({ frame, win } = await openPage());
    win.localStorage.removeItem('collab-checklist:load-failures');
  });

  afterEach(() => frame.remove());

  it('has no axe violations in the notices (axe runs in this document, not the page\'s frame)', async () => {
    const notices = await fixture(html`<main><h1>Notices</h1>${languageNotice('cy')}${importNotice('en', { kind: 'load-failed' })}${extrasNotLoaded()}</main>`);
    await expectAccessible(notices);
  });

  it('shows English with a notice when Welsh cannot be loaded, never a blank element', async () => {
    const element = await widget(win, 'cy');
    expect(noticeText(element)).to.include('could not be loaded in your language');
    expect(element.shadowRoot!.querySelector('.reset-button')!.textContent!.trim()).to.equal('Reset');
  });

  it('keeps redrawing after a failed switch of language, and tries again when the language is asked for again', async () => {
    const element = await widget(win, 'en');
    expect(noticeText(element)).to.equal('');
    element.setAttribute('lang', 'cy');
    await waitUntil(() => noticeText(element) !== '', 'no notice after the failed switch');
    tickBox(element, first.id).click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="overall-progress"]')!.textContent).to.include('1 of 30');
    element.setAttribute('lang', 'en');
    await waitUntil(() => noticeText(element) === '', 'the notice stayed in English');
    element.setAttribute('lang', 'cy');
    await waitUntil(() => noticeText(element) !== '', 'no notice after the second failed try');
  });

  it('says so when the export code cannot be loaded, rather than failing silently', async () => {
    const element = await widget(win, 'en');
    const exportButton = [...element.shadowRoot!.querySelectorAll('button')].find((each) => each.textContent!.trim() === 'Export')!;
    exportButton.click();
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"][part="notice"]'), 'no notice');
    expect(element.shadowRoot!.querySelector('[role="alert"][part="notice"]')!.textContent).to.include('could not be loaded');
  });

  it('says so when the code that checks a page\'s own framework cannot be loaded', async () => {
    const element = await widget(win, 'en');
    element.framework = { formatVersion: 1, id: 'own', version: '1', lang: 'en-GB', title: 'Own', behaviours: [{ id: 'b', title: 'B', practices: [{ id: 'p', text: 'P' }] }] };
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.include('could not be loaded');
    expect(alert?.textContent).to.include('reload the page');
  });
});

describe('<collab-checklist> when the parts beyond the checklist itself fail to load', () => {
  let frame: HTMLIFrameElement;
  let win: PageWindow;

  beforeEach(async function () {
    this.timeout(20_000);
    ({ frame, win } = await openPage(FAILING_EXTRAS));
    win.localStorage.removeItem('collab-checklist:load-failures');
  });

  afterEach(() => frame.remove());

  it('keeps every practice working and saving, and says what is missing and how to get it back', async () => {
    const element = await widget(win, 'en');
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"][part="notice"]'), 'no notice');
    const notice = element.shadowRoot!.querySelector('[role="alert"][part="notice"]')!.textContent!;
    expect(notice).to.include('progress by behaviour, and Save, share or print');
    expect(notice).to.include('Reload the page');
    expect(element.shadowRoot!.querySelectorAll('.practice-main input')).to.have.length(allPractices.length);
    tickBox(element, first.id).click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="overall-progress"]')!.textContent).to.include('1 of 30');
    expect(win.localStorage.getItem('collab-checklist:load-failures')).to.include(first.id);
  });
});
