import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { BehaviourTally } from '../../src/core/index.js';
import type { CollabChangeDetail } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $, allPractices, click, naBox, noteField, overallBar, render, storedRecord, tickBox, typeNote } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second] = allPractices;

describe('<collab-checklist> interaction', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with practices ticked, set aside, noted and the reset dialog open', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await click(element, naBox(element, second.id));
    await typeNote(element, first.id, 'Next step');
    await expectAccessible(element);
    await click(element, $(element, '.reset-button'));
    await expectAccessible(element);
    const { children } = (await a11ySnapshot({})) as unknown as { children: { role: string; name: string; modal?: boolean }[] };
    // A modal dialog hides the rest of the page from assistive technology.
    expect(children).to.have.length(1);
    expect(children[0]).to.include({ role: 'dialog', name: 'Clear all progress?', modal: true });
  });

  it('takes a not-applicable practice out of the count, changing the percent', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('3%, 1 of 30 practices in place');
    for (const practice of allPractices.slice(1, 11)) await click(element, naBox(element, practice.id));
    expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('5');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('5%, 1 of 20 practices in place');
    expect($(element, '[part="overall-progress"]').textContent).to.include('10 not applicable');
  });

  it('gives collab-change listeners frozen copies: a listener writing to detail changes nothing the widget shows or saves', async () => {
    const element = await render(plain);
    const attempts: string[] = [];
    const meddle = (event: CustomEvent<CollabChangeDetail>) => {
      const { detail } = event;
      const writes = [
        () => Object.assign(detail.score.overall, { percent: 99, inPlace: 1, applicable: 1 }),
        () => (detail.score.behaviours as BehaviourTally[]).pop(),
        () => detail.kind === 'response' && Object.assign(detail.response, { note: 'from the host', level: 'not-yet' }),
      ];
      for (const write of writes) {
        try {
          write();
          attempts.push('changed');
        } catch {
          attempts.push('refused');
        }
      }
    };
    element.addEventListener('collab-change', meddle);
    await click(element, tickBox(element, first.id));
    await click(element, tickBox(element, second.id));
    element.removeEventListener('collab-change', meddle);
    expect(attempts).to.deep.equal(Array(6).fill('refused'));
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('6%, 2 of 30 practices in place');
    expect(tickBox(element, first.id).checked).to.equal(true);
    expect(storedRecord().responses[first.id]).to.include({ level: 'in-place', note: '' });
  });

  it('gives each collab-change the figures of its own moment, even when detail is read after later changes', async () => {
    const element = await render(plain);
    const events: CustomEvent<CollabChangeDetail>[] = [];
    element.addEventListener('collab-change', (event) => events.push(event));
    await click(element, tickBox(element, first.id));
    await click(element, tickBox(element, second.id));
    await click(element, tickBox(element, first.id));
    // Read only now, after all three changes.
    expect(events.map((event) => event.detail.score.overall.inPlace)).to.deep.equal([1, 2, 1]);
    expect(events[0].detail).to.equal(events[0].detail);
    expect(events[2].detail).to.include({ kind: 'response', practiceId: first.id });
  });

  it('treats "in place" and "not applicable" as exclusive', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await click(element, naBox(element, first.id));
    expect(tickBox(element, first.id).checked).to.equal(false);
    await click(element, tickBox(element, first.id));
    expect(naBox(element, first.id).checked).to.equal(false);
  });

  it('announces the new overall progress politely after a tick', async () => {
    const element = await render(plain);
    const status = $(element, '[role="status"]');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await click(element, tickBox(element, first.id));
    // The first tick in a behaviour also says it is now in progress.
    expect(status.textContent).to.equal('Overall progress: 3%, 1 of 30 practices in place. Completed, 1 of 1 answered: Compete in an ethical and responsible way.');
    await click(element, tickBox(element, second.id));
    expect(status.textContent).to.equal('Overall progress: 6%, 2 of 30 practices in place. In progress, 1 of 8 answered: Are open to collaborating with various organisations.');
  });

  it('keeps a note that contains HTML as text, on screen and after a reload', async () => {
    const element = await render(plain);
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    await typeNote(element, first.id, hostile);
    expect((await noteField(element, first.id)).value).to.equal(hostile);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(storedRecord().responses[first.id].note).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fires a bubbling, composed collab-change with the practice, its response and the new score', async () => {
    const element = await render(plain);
    const heard = oneEvent(document.body, 'collab-change');
    tickBox(element, second.id).click();
    const event = (await heard) as CustomEvent<CollabChangeDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    const detail = event.detail;
    if (detail.kind !== 'response') throw new Error('expected a response change');
    expect(detail.practiceId).to.equal(second.id);
    expect(detail.behaviourId).to.equal('open-to-collaborating');
    expect(detail.response).to.include({ level: 'in-place', notApplicable: false, note: '' });
    expect(detail.score.overall).to.include({ inPlace: 1, applicable: 30, percent: 3 });
    expect(detail.score.behaviours[1]).to.include({ behaviourId: 'open-to-collaborating', inPlace: 1, applicable: 8, percent: 12 });
  });

  it('asks before Reset clears anything, and Cancel keeps everything', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await typeNote(element, second.id, 'Keep me');
    await click(element, $(element, '.reset-button'));
    const dialog = $(element, '#reset-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(storedRecord().responses[first.id].level, 'nothing cleared yet').to.equal('in-place');

    await click(element, [...dialog.querySelectorAll('button')].find((button) => button.textContent!.includes('Cancel'))!);
    expect(dialog.open).to.equal(false);
    expect(tickBox(element, first.id).checked).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal($(element, '.reset-button'));
  });

  it('clears ticks, marks and notes once Reset is confirmed, and tells the page', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await typeNote(element, second.id, 'Gone soon');
    await click(element, $(element, '.reset-button'));
    const heard = oneEvent(element, 'collab-change');
    await click(element, [...element.shadowRoot!.querySelectorAll('#reset-dialog button')].find((button) => button.textContent!.includes('Yes'))! as HTMLElement);
    const { detail } = (await heard) as CustomEvent<CollabChangeDetail>;
    expect(detail.kind).to.equal('reset');
    expect(tickBox(element, first.id).checked).to.equal(false);
    expect((await noteField(element, second.id)).value).to.equal('');
    expect(Object.keys(storedRecord().responses)).to.deep.equal([]);
    expect($(element, '[role="status"]').textContent).to.equal('All progress has been cleared. You can undo this.');
  });

  it('works from the keyboard alone: Tab to a practice, Space ticks it, Escape closes the reset dialog', async () => {
    const element = await render(plain);
    tickBox(element, first.id).focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(tickBox(element, first.id).checked).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(naBox(element, first.id));
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(await noteField(element, first.id));
    await sendKeys({ type: 'Typed by keyboard' });
    await element.updateComplete;
    expect(storedRecord().responses[first.id].note).to.equal('Typed by keyboard');

    $(element, '.reset-button').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $(element, '#reset-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(tickBox(element, first.id).checked, 'Escape clears nothing').to.equal(true);
  });
});
