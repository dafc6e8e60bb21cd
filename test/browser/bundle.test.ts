import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { expectAccessible } from './a11y.js';

// The file a sector body actually embeds: `npm run build` writes it first
// (npm test runs the build). Loaded with a plain import, as a
// <script type="module" src="collab-checklist.js"> would be.
const BUNDLE = new URL('../../dist/collab-checklist.js', import.meta.url).href;

describe('dist/collab-checklist.js in a plain page', () => {
  before(async () => {
    localStorage.clear();
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('has no axe violations', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  it('defines the element and shows all 30 practices, each a named checkbox', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    const ticks = element.shadowRoot!.querySelectorAll<HTMLInputElement>('.practice-main input[type="checkbox"]');
    expect(ticks).to.have.length(30);
    for (const tick of ticks) expect(element.shadowRoot!.querySelector(`label[for="${tick.id}"]`)?.textContent?.trim()).to.not.equal('');
  });

  it('keeps a tick across a reload', async () => {
    let element = await fixture(html`<collab-checklist></collab-checklist>`);
    element.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!.click();
    element.remove();
    await nextFrame();
    element = await fixture(html`<collab-checklist></collab-checklist>`);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!.checked).to.equal(true);
  });

  it('loads Welsh from its own chunk beside the bundle, only when asked', async () => {
    const main = await (await fetch(BUNDLE)).text();
    expect(main, 'Welsh is not in the main file').to.not.include('Eich cynnydd');
    const element = await fixture(html`<collab-checklist lang="cy"></collab-checklist>`);
    expect(element.shadowRoot!.querySelector('#summary-title')!.textContent!.trim()).to.equal('Eich cynnydd');
    const welshPractice = element.shadowRoot!.querySelector('.practice-text')!.textContent;
    expect(welshPractice).to.not.equal('Compete in an ethical and responsible way.');
    element.remove();
  });

  it('can be loaded a second time without throwing', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?again`);
    expect(customElements.get('collab-checklist')).to.not.equal(undefined);
  });
});
