import { expect, html } from '@open-wc/testing';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { a11ySnapshot } from '@web/test-runner-commands';
import { expectAccessible } from './a11y.js';
import { $, $$, click, render, tickBox, typeInto, waitUntil } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;

describe('<collab-checklist> the way in', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations on a first visit', async () => {
    const element = await render(plain);
    await expectAccessible(element);
  });

  it('suggests next steps only once there is something to go on', async () => {
    const element = await render(plain);
    expect(element.shadowRoot!.querySelector('.next-steps'), 'no suggestions from no answers').to.equal(null);
    // A name says nothing about the organisation.
    await typeInto(element, $(element, '#your-name') as HTMLInputElement, 'Siân');
    expect(element.shadowRoot!.querySelector('.next-steps'), 'no suggestions from a name alone').to.equal(null);
    await click(element, tickBox(element, ncvo.behaviours[1].practices[0].id));
    expect(element.shadowRoot!.querySelectorAll('.next-steps tr.plan-suggested')).to.have.length(3);
  });

  it('starts with the questions about the organisation folded away and no answer chosen, "Prefer not to say" included', async () => {
    const element = await render(plain);
    const details = $(element, '.profile details') as HTMLDetailsElement;
    expect(details.open, 'folded away').to.equal(false);
    const radios = $$(element, '.profile input[type="radio"]') as HTMLInputElement[];
    expect(radios).to.have.length(12);
    expect(radios.filter((radio) => radio.checked), 'nothing assumed').to.have.length(0);
    $(element, '.profile summary').click();
    await waitUntil(() => details.open, 'the questions open');
    await expectAccessible(element);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include('"name":"Prefer not to say"');
    expect(snapshot).not.to.include('"checked":true');
  });

  it('keeps "Prefer not to say" chosen once a person chooses it, and takes back the answer it replaces', async () => {
    const element = await render(plain);
    const sizes = $$(element, 'input[name="profile-size"]') as HTMLInputElement[];
    await click(element, sizes[0]);
    await click(element, sizes[6]);
    expect(sizes.map((radio) => radio.checked)).to.deep.equal([false, false, false, false, false, false, true]);
    expect($(element, '.profile-effect').textContent).to.include('shown as the framework wrote it');
  });

  it('never says the same words twice in one suggestion: behaviour 1 has one practice, worded as its title', async () => {
    expect(ncvo.behaviours[0].practices[0].text).to.equal(ncvo.behaviours[0].title);
    const element = await render(plain);
    await click(element, tickBox(element, ncvo.behaviours[1].practices[0].id));
    const first = $(element, '.next-steps tr.plan-suggested');
    expect(first.querySelector('.next-step-text')!.textContent).to.equal(ncvo.behaviours[0].title);
    expect(first.querySelector('.next-step-reason')!.textContent).to.equal('From one of your least developed behaviours.');
    // Where the words differ, the behaviour is named.
    const reasons = $$(element, '.next-steps .next-step-reason').map((reason) => reason.textContent);
    expect(reasons.slice(1).every((reason) => reason!.startsWith('From one of your least developed behaviours: '))).to.equal(true);
  });
});
