import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChangeDetail, CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, chooseCompareFiles, naBox, NCVO_KEY, render, storedRecord, tickBox, typeNote, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, third, fourth] = allPractices;

function exportFile(name: string, responses: Record<string, { level: string; notApplicable: boolean }>): File {
  const text = JSON.stringify({
    format: 'collab-checklist-export',
    formatVersion: 1,
    exportedAt: '2026-11-25T09:30:00.000Z',
    framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
    profile: { filledInBy: name, changedAt: '2026-11-25T09:00:00.000Z' },
    responses: Object.fromEntries(Object.entries(responses).map(([id, answer]) => [id, { ...answer, note: '', changedAt: '2026-11-25T09:10:00.000Z' }])),
  });
  return new File([text], `${name.toLowerCase()}.json`, { type: 'application/json' });
}

const inPlace = { level: 'in-place', notApplicable: false };
const notApplicable = { level: 'not-yet', notApplicable: true };
/** Siân and Gwŷn agree on the first two practices (in place) and the fourth (not applicable), and differ on the third. */
const files = () => [
  exportFile('Siân', { [first.id]: inPlace, [second.id]: inPlace, [third.id]: inPlace, [fourth.id]: notApplicable }),
  exportFile('Gwŷn', { [first.id]: inPlace, [second.id]: inPlace, [third.id]: notApplicable, [fourth.id]: notApplicable }),
];

async function compare(element: CollabChecklist): Promise<void> {
  chooseCompareFiles(element, files());
  await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
}

const buttonNamed = (element: CollabChecklist, name: string) =>
  $$(element, '.comparison button').find((each) => (each.getAttribute('aria-label') ?? each.textContent!.trim()) === name) as HTMLButtonElement | undefined;
const status = (element: CollabChecklist) => $(element, 'p[role="status"]').textContent!.trim();
/** The note's character count is said once typing pauses: waited for, so it cannot talk over what the comparison says. */
const noteCounted = (element: CollabChecklist) => waitUntil(() => status(element).startsWith('You have'), 'the character count is said');
const agreedCell = (element: CollabChecklist, practiceText: string) => {
  const row = [...($(element, '.comparison-matrix') as HTMLTableElement).rows].find((each) => each.cells[0].getAttribute('scope') === 'row' && each.cells[0].textContent!.trim() === practiceText)!;
  return row.cells[row.cells.length - 1].querySelector('.comparison-agreed-answer')?.textContent!.replace(/\s+/g, ' ').trim();
};

describe('<collab-checklist> taking agreed answers from a comparison', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with answers taken and this browser’s own answers included', async () => {
    const element = await render(plain);
    await compare(element);
    buttonNamed(element, `Use In place for ${third.text}`)!.click();
    ($(element, '#comparison-own') as HTMLInputElement).click();
    await element.updateComplete;
    await expectAccessible(element);
  });

  it('takes one person’s answer for a practice into this browser’s checklist, saved and told to the page, and shows it agreed', async () => {
    const element = await render(plain);
    const changes: CollabChangeDetail[] = [];
    element.addEventListener('collab-change', (event) => changes.push((event as CustomEvent<CollabChangeDetail>).detail));
    await typeNote(element, third.id, 'Ask the chair');
    await noteCounted(element);
    await compare(element);
    expect(agreedCell(element, third.text)).to.equal(undefined);
    buttonNamed(element, `Use Not applicable for ${third.text}`)!.click();
    await element.updateComplete;
    expect(naBox(element, third.id).checked).to.equal(true);
    expect(storedRecord().responses[third.id]).to.include({ notApplicable: true, note: 'Ask the chair' });
    expect(changes.at(-1)).to.include({ kind: 'response', practiceId: third.id });
    expect(agreedCell(element, third.text)).to.equal('Agreed: Not applicable');
    expect(status(element)).to.equal(`Not applicable taken as the agreed answer for ${third.text}.`);
    expect(buttonNamed(element, `Use Not applicable for ${third.text}`), 'the agreed answer is not offered again').to.equal(undefined);
    // Taking the other answer instead changes it: the meeting can change its mind.
    buttonNamed(element, `Use In place for ${third.text}`)!.click();
    await element.updateComplete;
    expect(tickBox(element, third.id).checked).to.equal(true);
    expect(naBox(element, third.id).checked).to.equal(false);
    expect(agreedCell(element, third.text)).to.equal('Agreed: In place');
    // Changed by hand afterwards, it is no longer what was agreed.
    tickBox(element, third.id).click();
    await element.updateComplete;
    expect(agreedCell(element, third.text)).to.equal(undefined);
  });

  it('takes every answer all agree on at once, and Undo gives back exactly what was there', async () => {
    const element = await render(plain);
    tickBox(element, fourth.id).click();
    await typeNote(element, fourth.id, 'Our own note');
    await noteCounted(element);
    await element.updateComplete;
    const before = storedRecord().responses;
    await compare(element);
    buttonNamed(element, 'Use every answer all agree on')!.click();
    await element.updateComplete;
    expect(status(element)).to.equal('Answers taken as agreed where everyone agrees: 3.');
    expect([first, second].map((practice) => tickBox(element, practice.id).checked)).to.deep.equal([true, true]);
    expect(naBox(element, fourth.id).checked).to.equal(true);
    expect(tickBox(element, third.id).checked, 'where answers differ nothing is taken').to.equal(false);
    expect([first, second, third, fourth].map((practice) => agreedCell(element, practice.text))).to.deep.equal(['Agreed: In place', 'Agreed: In place', undefined, 'Agreed: Not applicable']);
    expect($(element, '.comparison-taken').textContent).to.equal('Answers taken as agreed where everyone agrees: 3.');
    // Nothing is left to take, so the button goes (a second press would have left Undo only the answers just taken), and focus is on Undo.
    expect(buttonNamed(element, 'Use every answer all agree on')).to.equal(undefined);
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'comparison-undo', 'focus moves to Undo');

    buttonNamed(element, 'Undo taking every answer all agree on')!.click();
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'comparison-take-all', 'focus is back on the button that took them');
    expect(status(element)).to.equal('Undone: your answers are back as they were.');
    expect([first, second].map((practice) => tickBox(element, practice.id).checked)).to.deep.equal([false, false]);
    expect(tickBox(element, fourth.id).checked).to.equal(true);
    expect(naBox(element, fourth.id).checked).to.equal(false);
    const after = storedRecord().responses;
    expect({ ...after[fourth.id], changedAt: '' }).to.deep.equal({ ...before[fourth.id], changedAt: '' });
    // Practices with no answer before have a blank one: not answered, as before.
    expect(after[first.id]).to.include({ level: 'not-yet', notApplicable: false, note: '' });
    expect([first, fourth].map((practice) => agreedCell(element, practice.text))).to.deep.equal([undefined, undefined]);
    expect(buttonNamed(element, 'Undo taking every answer all agree on'), 'one level of Undo').to.equal(undefined);
  });

  it('includes this browser’s own answers as a column without exporting a file', async () => {
    const element = await render(plain);
    tickBox(element, third.id).click();
    await element.updateComplete;
    await compare(element);
    const heads = () => [...($(element, '.comparison-matrix') as HTMLTableElement).tHead!.rows[0].cells].map((cell) => cell.textContent!.trim());
    expect(heads()).to.deep.equal(['Practice', 'Siân', 'Gwŷn', 'All agree', 'Agreed answer']);
    const own = $(element, '#comparison-own') as HTMLInputElement;
    expect(element.shadowRoot!.querySelector(`label[for="${own.id}"]`)!.textContent!.trim()).to.equal('Include my own answers');
    own.click();
    await element.updateComplete;
    expect(heads()).to.deep.equal(['Practice', 'Siân', 'Gwŷn', 'You (this browser)', 'All agree', 'Agreed answer']);
    expect($$(element, '.comparison-people li').at(-1)!.textContent).to.equal('You (this browser): your answers in this browser, as they are now');
    // It follows this browser's answers as they change.
    buttonNamed(element, `Use In place for ${first.text}`)!.click();
    await element.updateComplete;
    const row = [...($(element, '.comparison-matrix') as HTMLTableElement).rows].find((each) => each.cells[0].getAttribute('scope') === 'row' && each.cells[0].textContent!.trim() === first.text)!;
    expect(row.cells[3].textContent!.trim()).to.equal('In place');
    expect(row.cells[4].textContent!.trim()).to.equal('All agree');
  });

  it('works with the keyboard alone: Tab to a Use button, Enter takes it and moves to its Undo, Enter on Undo goes back', async () => {
    const element = await render(plain);
    await compare(element);
    const use = buttonNamed(element, `Use In place for ${third.text}`)!;
    // Start from the button before it, and move with Tab as a keyboard user does.
    buttonNamed(element, `Use In place for ${second.text}`)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(use);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tickBox(element, third.id).checked, 'the answer is taken');
    // In place is agreed now, so its button goes: focus moves to the Undo beside it.
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('aria-label') === `Undo taking In place for ${third.text}`, 'focus is on Undo');
    expect(buttonNamed(element, `Use In place for ${third.text}`)).to.equal(undefined);
    expect(buttonNamed(element, `Use Not applicable for ${third.text}`)).to.be.instanceOf(HTMLButtonElement);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !tickBox(element, third.id).checked, 'the take is undone');
    await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('aria-label') === `Use In place for ${third.text}`, 'focus is back on the Use button');
    expect(localStorage.getItem(NCVO_KEY)).to.be.a('string');
  });
});
