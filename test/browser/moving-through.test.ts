import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { expectAccessible } from './a11y.js';
import { $, $$, click, naBox, render, tickBox, waitUntil } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
type Element = Awaited<ReturnType<typeof render>>;
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;
const text = (node: Element | HTMLElement | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('<collab-checklist> moving through', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with the skip link focused', async () => {
    const element = await render(plain);
    $(element, '.skip-link').focus();
    await expectAccessible(element);
  });

  it('links each "Progress by behaviour" row to its section, moving focus to its heading by keyboard', async () => {
    const element = await render(plain);
    // Progress by behaviour comes with the first answer.
    await click(element, naBox(element, ncvo.behaviours[0].practices[0].id));
    const links = $$(element, '.chart a');
    expect(links.map(text)).to.deep.equal(ncvo.behaviours.map((behaviour) => behaviour.title));
    links[3].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.matches('.behaviour-title'), 'focus moves to the behaviour heading');
    expect(text(focused(element))).to.equal(`4. ${ncvo.behaviours[3].title}`);
    // Tab goes on from there, into that behaviour's practices.
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal(`practice-${ncvo.behaviours[3].practices[0].id}`);
  });

  it('skips from the practices to "Save, share or print" with one link', async () => {
    const element = await render(plain);
    const skip = $(element, '.skip-link');
    expect(text(skip)).to.equal('Skip to Save, share or print');
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.id === 'actions-title', 'focus moves to the Save, share or print heading');
    // The first stops are the names that go in exported files and printouts, then Export itself.
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('your-name');
    expect(text($(element, `label[for="your-name"]`))).to.equal('Your name (optional)');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('organisation-name');
    expect(text($(element, `label[for="organisation-name"]`))).to.equal('Organisation name (optional)');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(element))).to.equal('Export');
  });

  it('keeps focus in the widget after Undo of a Reset, on the Reset button', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, ncvo.behaviours[1].practices[0].id));
    await click(element, $(element, '.reset-button'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    $(element, '.undo-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !element.shadowRoot!.querySelector('.undo-button'), 'the Undo button goes once used');
    await waitUntil(() => focused(element)?.classList.contains('reset-button'), 'focus lands on the Reset button');
    expect(tickBox(element, ncvo.behaviours[1].practices[0].id).checked).to.equal(true);
  });
});
