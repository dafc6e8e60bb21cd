import { expect, html } from '@open-wc/testing';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { click, render, tickBox } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;

describe('<collab-checklist> the way in', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations on a first visit', async () => {
    const element = await render(plain);
    await expect(element).to.be.accessible();
  });

  it('suggests next steps only once there is something to go on', async () => {
    const element = await render(plain);
    expect(element.shadowRoot!.querySelector('.next-steps'), 'no suggestions from no answers').to.equal(null);
    await click(element, tickBox(element, ncvo.behaviours[1].practices[0].id));
    expect(element.shadowRoot!.querySelectorAll('.next-steps li')).to.have.length(3);
  });
});
