import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import cy from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { supportedLocales } from '../../src/i18n/locales.js';
import type { CollabChecklist } from '../../src/index.js';
import { allNodes, expectAccessible, type AXNode } from './a11y.js';
import { $$, $, allPractices, click, naBox, overallBar, render, tickBox, waitUntil } from './helpers.js';

const welshPractice = (id: string) => (cy.practices as Record<string, string>)[id];
const summaryTitle = (element: CollabChecklist) => $(element, '#summary-title').textContent!.trim();

/** Visible text and spoken attributes of the whole shadow tree, piece by piece. */
function textPieces(element: CollabChecklist): string[] {
  const root = element.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (text) pieces.push(text);
  }
  for (const each of root.querySelectorAll('[aria-label], [aria-valuetext]')) {
    pieces.push(each.getAttribute('aria-label') ?? '', each.getAttribute('aria-valuetext') ?? '');
  }
  return pieces.filter((piece) => /\p{L}/u.test(piece));
}

describe('<collab-checklist> languages', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('has no axe violations in Welsh, with Welsh names on every practice', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await expectAccessible(element);
    const names = allNodes((await a11ySnapshot({})) as unknown as AXNode)
      .filter((node) => node.role === 'checkbox')
      .map((node) => node.name);
    for (const practice of allPractices) expect(names).to.include(welshPractice(practice.id));
  });

  it('shows Welsh interface and Welsh practices for lang="cy" on the element', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    expect(summaryTitle(element)).to.equal('Eich cynnydd');
    expect($(element, '[part="title"]').textContent!.trim()).to.equal(cy.title);
    expect($(element, `label[for="practice-${allPractices[5].id}"]`).textContent).to.equal(welshPractice(allPractices[5].id));
    expect($(element, 'article').getAttribute('lang')).to.equal('cy');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal("0%, 0 o'r 30 arfer ar waith");
    // Dates in Welsh even where the browser has no Welsh date names (Chromium has none).
    expect($(element, '[part="attribution"]').textContent).to.include('Chwefror 2021).');
    expect($(element, '[part="attribution"]').textContent).to.include('Adolygwyd ddiwethaf ar 3 Chwefror 2021.');
  });

  it('marks proper names kept in English with lang="en-GB" inside Welsh text, for screen readers', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    const credit = $(element, '[part="attribution"]');
    expect(credit.querySelector('cite')!.getAttribute('lang')).to.equal('en-GB');
    expect(credit.querySelector('cite')!.textContent).to.equal('Rebalancing the Relationship');
    const publisher = [...credit.querySelectorAll('span[lang]')].find((span) => span.textContent!.startsWith('NCVO'));
    expect(publisher?.getAttribute('lang')).to.equal('en-GB');
    // Translated text carries no lang of its own: it inherits the article's.
    expect($(element, `label[for="practice-${allPractices[0].id}"]`).hasAttribute('lang')).to.equal(false);
  });

  it('follows an ancestor’s lang, matching cy-GB to Welsh', async () => {
    const wrapper = await fixture(html`<div lang="cy-GB"><collab-checklist></collab-checklist></div>`);
    const element = wrapper.querySelector('collab-checklist')!;
    await element.updateComplete;
    expect(summaryTitle(element)).to.equal('Eich cynnydd');
    expect($(element, '.lead-in').textContent).to.equal(cy.behaviours['open-to-collaborating'].leadIn);
  });

  it('follows the document’s lang when nothing nearer says', async () => {
    document.documentElement.setAttribute('lang', 'cy');
    const element = await render(html`<collab-checklist></collab-checklist>`);
    expect(summaryTitle(element)).to.equal('Eich cynnydd');
  });

  it('falls back sensibly for languages it does not have: en-US is English, an unconfigured language is the source', async () => {
    // Picked when the test runs, so a translator adding any of these languages never has to edit this test.
    const unconfigured = ['fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'ja', 'zh', 'sw'].find((code) => !supportedLocales.some((locale) => locale.split('-')[0] === code));
    for (const lang of ['en-US', unconfigured!, 'nonsense!']) {
      const element = await render(html`<collab-checklist lang=${lang}></collab-checklist>`);
      expect(summaryTitle(element), lang).to.equal('Your progress');
      element.remove();
    }
  });

  it('switches language at runtime, en → cy → en, keeping the person’s answers', async () => {
    const element = await render(html`<collab-checklist lang="en"></collab-checklist>`);
    await click(element, tickBox(element, allPractices[0].id));
    element.setAttribute('lang', 'cy');
    await waitUntil(() => summaryTitle(element) === 'Eich cynnydd', 'switches to Welsh');
    expect(tickBox(element, allPractices[0].id).checked).to.equal(true);
    expect($(element, `label[for="practice-${allPractices[1].id}"]`).textContent).to.equal(welshPractice(allPractices[1].id));
    element.setAttribute('lang', 'en');
    await waitUntil(() => summaryTitle(element) === 'Your progress', 'switches back to English');
    expect($(element, `label[for="practice-${allPractices[1].id}"]`).textContent).to.equal(allPractices[1].text);
  });

  it('says "N of M" grammatically in Welsh for counts in every plural category', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await click(element, tickBox(element, allPractices[0].id));
    // Setting practices aside brings the count of applicable practices down
    // through Welsh's categories: other (30, 7), many (6), few (3), two (2), one (1).
    const expected = new Map([
      [30, "3%, 1 o'r 30 arfer ar waith"],
      [7, "14%, 1 o'r 7 arfer ar waith"],
      [6, "16%, 1 o'r 6 arfer ar waith"],
      [3, "33%, 1 o'r 3 arfer ar waith"],
      [2, "50%, 1 o'r 2 arfer ar waith"],
      [1, "100%, 1 o'r 1 arfer ar waith"],
    ]);
    let applicable = 30;
    for (const practice of allPractices.slice(1)) {
      if (expected.has(applicable)) expect(overallBar(element).getAttribute('aria-valuetext')).to.equal(expected.get(applicable));
      await click(element, naBox(element, practice.id));
      applicable -= 1;
    }
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal(expected.get(1));
    expect($(element, '[part="overall-progress"]').textContent).to.include('29 yn amherthnasol');
  });

  it('leaves no visible or spoken English in the accented pseudo-locale', async () => {
    const element = await render(html`<collab-checklist lang="en-XA"></collab-checklist>`);
    await click(element, tickBox(element, allPractices[0].id));
    await click(element, naBox(element, allPractices[1].id));
    await click(element, $(element, '.reset-button'));
    // Dates come from Intl, which has no pseudo-locale data: they are not strings to translate.
    const dates = [
      new Intl.DateTimeFormat('en-XA', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 1, 1)),
      new Intl.DateTimeFormat('en-XA', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 1, 3)),
    ];
    const untranslated = textPieces(element).filter((piece) => !piece.includes('⟦') && !piece.includes('⟧') && !dates.includes(piece));
    expect(untranslated).to.deep.equal([]);
    ($(element, '#reset-dialog') as HTMLDialogElement).close();
  });

  it('holds its layout in a 320 px column with the pseudo-locale’s 40% longer text', async () => {
    // The widget lays itself out by its own width (container queries), so a
    // 320 px column is what a 320 px phone gives it, in every engine (WebKit's
    // MiniBrowser window cannot be made that narrow).
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><collab-checklist lang="en-XA"></collab-checklist></div>`);
    const element = column.querySelector('collab-checklist')!;
    await element.updateComplete;
    await nextFrame();
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    expect(element.scrollWidth, 'no sideways scrolling').to.be.at.most(element.clientWidth);
    for (const label of $$(element, '.practice-text')) expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
  });

  it('holds its layout in a 320 px column with a long-named snapshot chosen and a next step open', async () => {
    const [first] = allPractices;
    localStorage.setItem(
      'collab-checklist:ncvo-collaborative-behaviours',
      JSON.stringify({
        format: 'collab-checklist-progress',
        formatVersion: 1,
        framework: { id: ncvo.id, version: ncvo.version },
        savedAt: '2026-11-25T10:00:00.000Z',
        responses: { [first.id]: { level: 'not-yet', notApplicable: false, note: 'Ask the board', owner: 'Siân', due: '2027-01-31', changedAt: '2026-11-25T09:00:00.000Z' } },
        snapshots: [{ takenAt: '2026-03-03T10:15:00.000Z', label: 'Board baseline before the partnership review with every trustee present', answers: {} }],
      }),
    );
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><collab-checklist></collab-checklist></div>`);
    const element = column.querySelector('collab-checklist')!;
    await element.updateComplete;
    const choice = $(element, '#compare-with') as HTMLSelectElement;
    choice.value = '2026-03-03T10:15:00.000Z';
    choice.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    await nextFrame();
    expect($(element, '.over-time-since').textContent, 'the snapshot is chosen').to.not.equal('');
    // Whatever overflows, named, should this fail.
    const wide = $$(element, '*').filter((each) => each.scrollWidth > each.clientWidth + 1 && each.clientWidth > 0 && !each.classList.contains('visually-hidden')).map((each) => `${each.localName}.${each.className}`);
    expect(element.scrollWidth, `no sideways scrolling (${wide.join(', ')})`).to.be.at.most(element.clientWidth);
    for (const part of $$(element, '.over-time, .chart, .actions, .next-step-fields')) expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth + 1);
  });

  it('mirrors the layout right to left in the RTL pseudo-locale', async () => {
    const element = await render(html`<collab-checklist lang="ar-XB"></collab-checklist>`);
    expect($(element, 'article').getAttribute('dir')).to.equal('rtl');
    const box = tickBox(element, allPractices[3].id).getBoundingClientRect();
    const label = $(element, `label[for="practice-${allPractices[3].id}"]`).getBoundingClientRect();
    expect(box.left, 'checkbox sits to the right of its label').to.be.greaterThan(label.right - 1);
    const summary = $(element, '.summary');
    expect(getComputedStyle(summary).borderRightWidth, 'the summary’s accent edge moves to the right').to.not.equal('0px');
    await expectAccessible(element);
  });

  it('keeps one interface language when two checklists on a page disagree, and each its own content', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const page = await fixture(html`<div>
        <collab-checklist lang="cy" storage-key="welsh"></collab-checklist>
        <collab-checklist lang="en" storage-key="english"></collab-checklist>
      </div>`);
      const [welsh, english] = [...page.querySelectorAll('collab-checklist')];
      await welsh.updateComplete;
      await english.updateComplete;
      // The document is English, so both interfaces are; Welsh content stays Welsh.
      await waitUntil(() => warnings.length > 0 && summaryTitle(welsh) === 'Your progress', 'one interface language is settled');
      expect(summaryTitle(welsh)).to.equal('Your progress');
      expect(summaryTitle(english)).to.equal('Your progress');
      expect($(welsh, '[part="title"]').textContent!.trim()).to.equal(cy.title);
      expect($(english, '[part="title"]').textContent!.trim()).to.equal(ncvo.title);
      expect(String(warnings[0])).to.include('different languages');
    } finally {
      console.warn = warn;
    }
  });
});
