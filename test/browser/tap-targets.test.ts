import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { $, render } from './helpers.js';

const [practice] = ncvo.behaviours[1].practices;

describe('<collab-checklist> tap targets', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations at phone width', async () => {
    await setViewport({ width: 480, height: 800 });
    const element = await render(html`<collab-checklist></collab-checklist>`);
    await expect(element).to.be.accessible();
  });

  it('makes every small control at least 24 by 24 px at phone width (WCAG 2.5.8)', async () => {
    await setViewport({ width: 480, height: 800 });
    const element = await render(html`<collab-checklist style="font-size: 16px"></collab-checklist>`);
    const targets = {
      'the practice tick': $(element, `#practice-${practice.id}`),
      'Not applicable': $(element, `#na-${practice.id}`),
      'Add notes': $(element, `#practice-${practice.id}`).closest('li')!.querySelector('summary')!,
      'I have reviewed this behaviour': $(element, `#reviewed-${ncvo.behaviours[1].id}`),
    };
    for (const [name, target] of Object.entries(targets)) {
      const { width, height } = target.getBoundingClientRect();
      expect(height, `${name} is ${width}×${height}`).to.be.at.least(24);
      if (target.matches('input')) expect(width, `${name} is ${width}×${height}`).to.be.at.least(24);
    }
  });
});
