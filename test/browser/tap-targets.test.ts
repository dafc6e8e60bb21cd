import { expect, fixture, html } from '@open-wc/testing';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $ } from './helpers.js';

const [practice] = ncvo.behaviours[1].practices;

/**
 * The widget in a phone-wide column: it lays itself out by its own width, and
 * a column, unlike the window, leaves the next test file's viewport alone.
 */
async function onPhone(): Promise<CollabChecklist> {
  const column = await fixture<HTMLElement>(html`<div style="inline-size: 360px; font-size: 16px"><collab-checklist></collab-checklist></div>`);
  const element = column.querySelector('collab-checklist')!;
  await element.updateComplete;
  return element;
}

describe('<collab-checklist> tap targets', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations at phone width', async () => {
    const element = await onPhone();
    await expectAccessible(element);
  });

  it('makes every small control at least 24 by 24 px at phone width (WCAG 2.5.8)', async () => {
    const element = await onPhone();
    const targets = {
      'the practice tick': $(element, `#practice-${practice.id}`),
      'Not applicable': $(element, `#na-${practice.id}`),
      'Add notes': $(element, `#practice-${practice.id}`).closest('li')!.querySelector('summary')!,
      'None of these are in place yet': $(element, `#reviewed-${ncvo.behaviours[1].id}`),
    };
    for (const [name, target] of Object.entries(targets)) {
      const { width, height } = target.getBoundingClientRect();
      expect(height, `${name} is ${width}×${height}`).to.be.at.least(24);
      if (target.matches('input')) expect(width, `${name} is ${width}×${height}`).to.be.at.least(24);
    }
  });
});
