import { expect, fixture, html } from '@open-wc/testing';
import type { CollabChecklist } from '../../src/index.js';
import { PRACTICES_PER_FRAME } from '../../src/controllers/progressive-draw.js';
import { expectAccessible } from './a11y.js';
import { $$, waitUntil } from './helpers.js';

// A checklist far longer than one frame's slice: five behaviours of 60 practices.
const BEHAVIOURS = 5;
const PER_BEHAVIOUR = 60;
const TOTAL = BEHAVIOURS * PER_BEHAVIOUR;
const long = {
  formatVersion: 1,
  id: 'long-checklist',
  version: '1',
  lang: 'en-GB',
  title: 'A long checklist',
  behaviours: Array.from({ length: BEHAVIOURS }, (_, b) => ({
    id: `behaviour-${b}`,
    title: `Behaviour ${b + 1}`,
    practices: Array.from({ length: PER_BEHAVIOUR }, (_, p) => ({ id: `practice-${b}-${p}`, text: `Practice ${p + 1} of behaviour ${b + 1}` })),
  })),
};

const practiceIds = (element: CollabChecklist) => $$(element, '.practice-main input').map((box) => box.id.replace(/^practice-/, ''));
const everyId = long.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id));

describe('<collab-checklist> a long checklist, drawn a slice at a time', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations once every practice is drawn', async () => {
    const element = await fixture<CollabChecklist>(html`<collab-checklist .framework=${long}></collab-checklist>`);
    await waitUntil(() => practiceIds(element).length === TOTAL, 'every practice is drawn');
    await expectAccessible(element);
  });

  it('draws the practices in framework order, the first behaviour first, until every one is a named checkbox', async () => {
    const element = await fixture<CollabChecklist>(html`<collab-checklist .framework=${long}></collab-checklist>`);
    // Looked at every frame while drawing: always a run from the first practice, never shrinking.
    let seen = 0;
    while (seen < TOTAL) {
      const drawn = practiceIds(element);
      expect(drawn).to.deep.equal(everyId.slice(0, drawn.length));
      expect(drawn.length).to.be.at.least(seen);
      seen = drawn.length;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const last = $$(element, '.practice-main input').at(-1) as HTMLInputElement;
    expect(last.labels?.[0]?.textContent?.trim()).to.equal(`Practice ${PER_BEHAVIOUR} of behaviour ${BEHAVIOURS}`);
  });

  it('finishes drawing when taken out of the page mid-way and put back', async () => {
    const element = await fixture<CollabChecklist>(html`<collab-checklist .framework=${long}></collab-checklist>`);
    await waitUntil(() => practiceIds(element).length > 0, 'the first slice is drawn');
    const parent = element.parentElement!;
    element.remove();
    // Long enough for every remaining slice, were drawing still going on.
    for (let frame = 0; frame < TOTAL / PRACTICES_PER_FRAME + 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    parent.append(element);
    await waitUntil(() => practiceIds(element).length === TOTAL, 'every practice is drawn after it is put back');
  });
});
