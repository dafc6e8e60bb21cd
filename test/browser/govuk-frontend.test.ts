import { expect, fixture, html } from '@open-wc/testing';
import type { CollabChecklist } from '../../src/index.js';
import { $, render } from './helpers.js';

// GOV.UK Frontend (its real stylesheet) sets its font on .govuk-* classes,
// not on body, so an element that inherits its font gets the browser's
// default serif beside GDS Transport text. docs/hosts/govuk-frontend.md says
// to give the element GOV.UK's own body class; these tests check that advice.
const GOVUK_CSS = '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css';

before(async () => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: GOVUK_CSS });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  document.documentElement.classList.add('govuk-template');
  document.body.classList.add('govuk-template__body');
  await loaded;
});

/** A GOV.UK page's main column with one paragraph of GOV.UK body text and the checklist. */
async function govukPage(checklist: ReturnType<typeof html>): Promise<{ paragraph: HTMLElement; element: CollabChecklist }> {
  const main = await fixture<HTMLElement>(html`
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper">
        <p class="govuk-body">Work through the practices with your trustees.</p>
        ${checklist}
      </main>
    </div>
  `);
  const element = main.querySelector('collab-checklist')!;
  await element.updateComplete;
  return { paragraph: main.querySelector('p')!, element };
}

const fontOf = (element: Element) => getComputedStyle(element).fontFamily;
const sizeOf = (element: Element) => getComputedStyle(element).fontSize;

describe('<collab-checklist> on a GOV.UK Frontend page', () => {
  it('has no axe violations', async () => {
    const { element } = await govukPage(html`<collab-checklist class="govuk-body"></collab-checklist>`);
    await expect(element).to.be.accessible();
  });

  it('really has GOV.UK Frontend: its body text is in GDS Transport, and the page around it is not', async () => {
    const { paragraph } = await govukPage(html`<collab-checklist></collab-checklist>`);
    expect(fontOf(paragraph)).to.include('GDS Transport');
    expect(fontOf(document.body)).to.not.include('GDS Transport');
  });

  it('without the class, inherits the page\'s default font: the case the docs warn about', async () => {
    const { element } = await govukPage(html`<collab-checklist></collab-checklist>`);
    expect(fontOf($(element, '[part="title"]'))).to.not.include('GDS Transport');
  });

  it('with class="govuk-body", uses GOV.UK\'s font and body text size throughout', async () => {
    const { paragraph, element } = await govukPage(html`<collab-checklist class="govuk-body"></collab-checklist>`);
    for (const part of ['practice-label', 'button', 'base']) expect(fontOf($(element, `[part~="${part}"]`)), part).to.equal(fontOf(paragraph));
    expect(sizeOf($(element, '[part="practice-label"]'))).to.equal(sizeOf(paragraph));
  });

  it('with --collab-font-family, uses the font it names', async () => {
    const element = await render(html`<collab-checklist style="--collab-font-family: 'GDS Transport', arial, sans-serif"></collab-checklist>`);
    expect(fontOf($(element, '[part="practice-label"]'))).to.equal('"GDS Transport", arial, sans-serif');
  });
});
