import { expect, fixture, html } from '@open-wc/testing';
import type { CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $, render } from './helpers.js';

// GOV.UK Frontend (its real stylesheet) sets its font on .govuk-* classes,
// not on body, so an element that only inherited its font would get the
// browser's default serif beside GDS Transport text. On a GOV.UK Frontend
// page the widget takes GOV.UK's body font by itself (govuk-font.ts); these
// tests check what a person sees, as docs/hosts/govuk-frontend.md says.
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
    const { element } = await govukPage(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  it('really has GOV.UK Frontend: its body text is in GDS Transport, and the page around it is not', async () => {
    const { paragraph } = await govukPage(html`<collab-checklist></collab-checklist>`);
    expect(fontOf(paragraph)).to.include('GDS Transport');
    expect(fontOf(document.body)).to.not.include('GDS Transport');
  });

  it("uses GOV.UK's body font throughout, with no class or style from the page's author", async () => {
    const { paragraph, element } = await govukPage(html`<collab-checklist></collab-checklist>`);
    expect(fontOf(paragraph)).to.include('GDS Transport');
    for (const part of ['practice-label', 'title', 'button', 'base']) expect(fontOf($(element, `[part~="${part}"]`)), part).to.equal(fontOf(paragraph));
  });

  it("with class=\"govuk-body\", also takes GOV.UK's responsive body text size", async () => {
    const { paragraph, element } = await govukPage(html`<collab-checklist class="govuk-body"></collab-checklist>`);
    for (const part of ['practice-label', 'button', 'base']) expect(fontOf($(element, `[part~="${part}"]`)), part).to.equal(fontOf(paragraph));
    expect(sizeOf($(element, '[part="practice-label"]'))).to.equal(sizeOf(paragraph));
  });

  it('a font-family the author sets on the element still wins: font-family: inherit takes the page\'s default', async () => {
    const { element } = await govukPage(html`<collab-checklist style="font-family: inherit"></collab-checklist>`);
    expect(fontOf($(element, '[part="practice-label"]'))).to.equal(fontOf(document.body));
  });

  it('with --collab-font-family, uses the font it names rather than GOV.UK\'s', async () => {
    const element = await render(html`<collab-checklist style="--collab-font-family: Georgia, serif"></collab-checklist>`);
    expect(fontOf($(element, '[part="practice-label"]'))).to.equal('Georgia, serif');
  });
});
