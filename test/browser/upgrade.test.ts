import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './a11y.js';
import { waitUntil } from './wait.js';
import example from '../../framework/examples/partnership-health-check.json';
import { CollabChecklist } from '../../src/index.js';
import { $ } from './helpers.js';

// Frameworks that load the definition late (Next.js, an import() in a
// useEffect) create the element and set its properties first, so they land
// on the plain, not-yet-upgraded element. The element must pick them up.
let lateTags = 0;

/** Creates an element under a tag not yet defined, lets `before` set it up, then defines the tag. */
async function upgradeAfter(before: (element: HTMLElement) => void): Promise<CollabChecklist> {
  const tag = `collab-checklist-late-${++lateTags}`;
  const element = document.createElement(tag);
  before(element);
  document.body.append(element);
  customElements.define(tag, class extends CollabChecklist {});
  const upgraded = element as CollabChecklist;
  await waitUntil(() => upgraded.shadowRoot?.querySelector('article.checklist'), 'the checklist is shown');
  await upgraded.updateComplete;
  return upgraded;
}

describe('<collab-checklist> upgraded after its properties were set', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('[class~="late"]').forEach((element) => element.remove()));

  it('has no axe violations', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  it('shows a framework object set before the definition loaded, not the bundled one', async () => {
    const element = await upgradeAfter((plain) => {
      plain.className = 'late';
      Object.assign(plain, { framework: example, headingLevel: 3, storageKey: 'set-early' });
    });
    expect($(element, '[part="title"]').textContent!.trim()).to.equal(example.title);
    expect($(element, '[part="title"]').tagName).to.equal('H3');
    expect(element.getAttribute('storage-key')).to.equal('set-early');
  });

  it('hears a collab-change listener added before the definition loaded', async () => {
    const kinds: string[] = [];
    const element = await upgradeAfter((plain) => {
      plain.className = 'late';
      plain.addEventListener('collab-change', (event) => kinds.push((event as CustomEvent).detail.kind));
    });
    element.shadowRoot!.querySelector<HTMLInputElement>('.practice-main input')!.click();
    expect(kinds).to.deep.equal(['response']);
  });
});
