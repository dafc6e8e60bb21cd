import { expect, html } from '@open-wc/testing';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, click, naBox, render, tickBox } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const needsPower = new Set(allPractices.filter((practice) => (practice as { tags?: string[] }).tags?.includes('needs-power')).map((practice) => practice.id));
const status = (element: CollabChecklist) => $(element, '[role="status"]').textContent!;
const text = (node: HTMLElement) => node.textContent!.replace(/\s+/g, ' ').trim();

/** A micro charity that joins partnerships led by others: the profile that makes practices optional. */
async function smallPartner(element: CollabChecklist): Promise<void> {
  await click(element, $$(element, 'input[name="profile-size"]')[0]);
  await click(element, $$(element, 'input[name="profile-role"]')[1]);
}

/** "0 of 4 practices in place … 4 optional, not counted" read back as numbers. */
function countsIn(line: string) {
  const number = (pattern: RegExp) => Number(pattern.exec(line)?.[1] ?? 0);
  return { applicable: number(/of (\d+) practices? in place/), notApplicable: number(/(\d+) not applicable/), optional: number(/(\d+) optional, not counted/) };
}

describe('<collab-checklist> counts that add up, and choices that say what they undo', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with optional practices counted apart and a not-applicable mark', async () => {
    const element = await render(plain);
    await smallPartner(element);
    await click(element, naBox(element, allPractices[2].id));
    await expectAccessible(element);
  });

  it('says how many practices are optional, so every behaviour and the whole checklist add up to what is listed', async () => {
    const element = await render(plain);
    await smallPartner(element);
    const notApplicable = allPractices.find((practice) => !needsPower.has(practice.id) && ncvo.behaviours[2].practices.includes(practice))!;
    await click(element, naBox(element, notApplicable.id));
    const behaviourWithOptional = ncvo.behaviours.findIndex((behaviour) => behaviour.practices.some((practice) => needsPower.has(practice.id)));
    expect(behaviourWithOptional).to.be.greaterThan(-1);
    const lines = $$(element, '[part="behaviour-progress"] .progress-text').map(text);
    ncvo.behaviours.forEach((behaviour, index) => {
      const counts = countsIn(lines[index]);
      expect(counts.optional, `${lines[index]}`).to.equal(behaviour.practices.filter((practice) => needsPower.has(practice.id)).length);
      expect(counts.applicable + counts.notApplicable + counts.optional, lines[index]).to.equal(behaviour.practices.length);
    });
    // The summary says the optional ones in a sentence of its own.
    const overall = countsIn(text($(element, '[part="overall-progress"] .progress-text')));
    expect(overall.optional, 'said once, below').to.equal(0);
    expect(text($(element, '.summary-optional'))).to.equal(`${needsPower.size} optional practices are left out of these counts until you answer them.`);
    expect(overall.applicable + overall.notApplicable + needsPower.size).to.equal(30);
    // The chart says it too.
    expect(text($$(element, '.chart-count')[behaviourWithOptional])).to.match(/\d+ optional, not counted$/);
  });

  it('announces what a change of profile does to the counts', async () => {
    const element = await render(plain);
    await smallPartner(element);
    expect(status(element)).to.equal(`Checklist tailored. Overall progress: 0%, 0 of ${30 - needsPower.size} practices in place, ${needsPower.size} optional, not counted`);
  });

  it('shows "or" between a practice and "Not applicable", and says when choosing one clears the other', async () => {
    const element = await render(plain);
    const [practice] = ncvo.behaviours[1].practices;
    const item = tickBox(element, practice.id).closest('li')!;
    expect(text(item.querySelector('.or')!)).to.equal('or');
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, practice.id));
    expect(tickBox(element, practice.id).checked).to.equal(false);
    expect(status(element)).to.match(/^Marked not applicable, so no longer in place\. Overall progress: 0%, 0 of 29 practices in place/);
    await click(element, tickBox(element, practice.id));
    expect(naBox(element, practice.id).checked).to.equal(false);
    expect(status(element)).to.match(/^No longer marked not applicable\. Overall progress: 3%, 1 of 30 practices in place/);
  });
});
