import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChangeDetail, CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, click, overallBar, reload, render, storedRecord, tickBox } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const tagged = (tag: string) => allPractices.filter((practice) => (practice as { tags?: string[] }).tags?.includes(tag)).map((practice) => practice.id);
const needsPower = tagged('needs-power');
const startingPoints = tagged('starting-point');

async function answer(element: CollabChecklist, name: 'profile-size' | 'profile-role', index: number): Promise<void> {
  await click(element, $$(element, `input[name="${name}"]`)[index]);
}
const SIZE = { micro: 0, small: 1, medium: 2, large: 3, major: 4, superMajor: 5, none: 6 };
const ROLE = { leads: 0, joins: 1, both: 2, notYet: 3, none: 4 };
const markOf = (element: CollabChecklist, id: string) => element.shadowRoot!.querySelector(`#tag-${id}`)?.textContent ?? '';

describe('<collab-checklist> tailored to the organisation', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a profile, markings, next steps and the filter; the questions are named groups', async () => {
    const element = await render(plain);
    await answer(element, 'profile-size', SIZE.micro);
    await answer(element, 'profile-role', ROLE.joins);
    await expectAccessible(element);
    const groups = $$(element, '.profile-group legend').map((legend) => legend.textContent);
    expect(groups).to.deep.equal(['Annual income', 'In partnerships, your organisation usually…']);
    const walk = (node: { role: string; name: string; checked?: boolean; children?: unknown[] }): (typeof node)[] => [
      node,
      ...((node.children ?? []) as (typeof node)[]).flatMap(walk),
    ];
    const radios = walk((await a11ySnapshot({})) as never).filter((node) => node.role === 'radio');
    expect(radios.find((node) => node.name === 'Under £10,000 a year (micro)')?.checked).to.equal(true);
    // A practice's marking is part of what its checkbox says.
    expect(tickBox(element, startingPoints[0]).getAttribute('aria-describedby')).to.equal(`tag-${startingPoints[0]}`);
  });

  it('scores the plain framework with no profile', async () => {
    const element = await render(plain);
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('0%, 0 of 30 practices in place');
    expect($$(element, '.tag')).to.have.length(0);
    expect($(element, '.profile-effect').textContent).to.include('shown as the framework wrote it');
  });

  it('for a micro charity that joins partnerships: marks starting points, makes power-and-money practices optional and leaves them out of the score until started', async () => {
    const element = await render(plain);
    const heard = oneEvent(element, 'collab-change');
    await answer(element, 'profile-size', SIZE.micro);
    expect(((await heard) as CustomEvent<CollabChangeDetail>).detail.kind).to.equal('profile');
    await answer(element, 'profile-role', ROLE.joins);

    for (const id of startingPoints) expect(markOf(element, id)).to.equal('Good place to start');
    for (const id of needsPower) expect(markOf(element, id)).to.equal('Optional for your organisation');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal(`0%, 0 of ${30 - needsPower.length} practices in place`);

    // Started, an optional practice counts: it can add to the score, never hold it back.
    await click(element, tickBox(element, needsPower[0]));
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal(`3%, 1 of ${30 - needsPower.length + 1} practices in place`);
  });

  it('for a large charity that leads: marks power-and-money practices as its responsibility and scores everything', async () => {
    const element = await render(plain);
    await answer(element, 'profile-size', SIZE.large);
    await answer(element, 'profile-role', ROLE.leads);
    for (const id of needsPower) expect(markOf(element, id)).to.equal('Falls to organisations like yours');
    expect(markOf(element, startingPoints[0])).to.equal('');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('0%, 0 of 30 practices in place');
    const steps = $$(element, '.next-steps .next-step-text').map((step) => step.textContent);
    expect(steps).to.have.length(3);
    for (const step of steps) expect(needsPower.map((id) => allPractices.find((p) => p.id === id)!.text)).to.include(step);
  });

  it('suggests three explained next steps, starting points first for smaller organisations, never ones in place', async () => {
    const element = await render(plain);
    await answer(element, 'profile-size', SIZE.small);
    await click(element, tickBox(element, startingPoints[0]));
    const steps = $$(element, '.next-steps tr.plan-suggested');
    expect(steps).to.have.length(3);
    const texts = steps.map((step) => step.querySelector('.next-step-text')!.textContent);
    const text = (id: string) => allPractices.find((practice) => practice.id === id)!.text;
    // Weakest behaviours first: behaviour 4 is at 0%, behaviour 2 now has one practice in place.
    expect(texts).to.deep.equal(['aligns-values-and-learns-from-differences', 'ensures-flexibility-and-support', 'opens-lines-of-communication'].map(text));
    expect(steps[0].querySelector('.next-step-reason')!.textContent).to.equal('A good place to start for organisations like yours.');
  });

  it('filters to the good places to start, and back', async () => {
    const element = await render(plain);
    await answer(element, 'profile-size', SIZE.micro);
    await click(element, $(element, '#only-starting-points'));
    const shown = $$(element, '.practice').filter((item) => !item.hidden);
    expect(shown).to.have.length(startingPoints.length);
    await click(element, $(element, '#only-starting-points'));
    expect($$(element, '.practice').filter((item) => !item.hidden)).to.have.length(30);
  });

  it('keeps the profile across a reload, in the saved record, and lets it be taken back', async () => {
    let element = await render(plain);
    await answer(element, 'profile-size', SIZE.small);
    await answer(element, 'profile-role', ROLE.notYet);
    expect((storedRecord() as unknown as { profile: { size: string; role: string } }).profile).to.include({ size: 'small', role: 'not-yet' });
    element = await reload(element, plain);
    expect(($$(element, 'input[name="profile-size"]')[SIZE.small] as HTMLInputElement).checked).to.equal(true);
    expect(($$(element, 'input[name="profile-role"]')[ROLE.notYet] as HTMLInputElement).checked).to.equal(true);
    expect(markOf(element, needsPower[0])).to.equal('Optional for your organisation');
    await answer(element, 'profile-size', SIZE.none);
    await answer(element, 'profile-role', ROLE.none);
    expect($$(element, '.tag')).to.have.length(0);
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('0%, 0 of 30 practices in place');
  });

  it('prints the profile with the action plan', async () => {
    const element = await render(plain);
    await answer(element, 'profile-size', SIZE.medium);
    await answer(element, 'profile-role', ROLE.both);
    expect($(element, '.print-about').textContent).to.equal('About your organisation: £100,000 to £1 million (medium); Both leads and joins.');
    expect(ncvo.behaviours).to.have.length(5);
  });
});
