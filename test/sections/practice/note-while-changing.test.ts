import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, allPractices, noteField, render, storedRecord, storeProgress, waitUntil } from '../../browser/helpers.js';

/*
 * Issue 24, failure 10: the host changes the framework or the storage-key
 * while a person is typing a note. The text typed so far and the focus stay
 * with the note, and later keystrokes land in it.
 */

const [first] = allPractices;
const noteOf = (key: string) => storedRecord(`collab-checklist:${key}`)?.responses?.[first.id]?.note;
const focusedNote = (element: CollabChecklist) => element.shadowRoot!.activeElement as HTMLTextAreaElement | null;

async function startTyping(element: CollabChecklist, text: string): Promise<void> {
  const field = await noteField(element, first.id);
  field.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

describe('<collab-checklist> a note being typed while the host changes the checklist', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations after the change, the field still named and focused', async () => {
    const element = await render(html`<collab-checklist storage-key="first-team"></collab-checklist>`);
    await startTyping(element, 'Agreed');
    element.storageKey = 'second-team';
    await element.updateComplete;
    await expectAccessible(element);
    expect(focusedNote(element)?.id).to.equal(`note-${first.id}`);
    expect(JSON.stringify(await a11ySnapshot({}))).to.include('"name":"Notes and next steps"');
  });

  it('keeps the text and the focus when the storage-key changes, and later keystrokes are saved under the new key', async () => {
    const element = await render(html`<collab-checklist storage-key="first-team"></collab-checklist>`);
    await startTyping(element, 'Agreed at');
    element.storageKey = 'second-team';
    await element.updateComplete;
    expect(focusedNote(element)?.id, 'the note keeps the focus').to.equal(`note-${first.id}`);
    expect(focusedNote(element)?.value).to.equal('Agreed at');
    await sendKeys({ type: ' the board' });
    await element.updateComplete;
    expect($(element, `#note-${first.id}`)).to.have.property('value', 'Agreed at the board');
    expect(noteOf('second-team')).to.equal('Agreed at the board');
    expect(noteOf('first-team'), 'what was typed before the change stays where it was typed').to.equal('Agreed at');
  });

  it('offers the note the new key holds as the other version, rather than replace the text being typed', async () => {
    storeProgress({ savedAt: '2026-01-01T00:00:00.000Z', responses: { [first.id]: { level: 'in-place', notApplicable: false, note: 'Second team’s note', changedAt: '2026-01-01T00:00:00.000Z' } } }, { id: ncvo.id, version: ncvo.version });
    localStorage.setItem('collab-checklist:second-team', localStorage.getItem(`collab-checklist:${ncvo.id}`)!);
    const element = await render(html`<collab-checklist storage-key="first-team"></collab-checklist>`);
    await startTyping(element, 'Mine');
    element.storageKey = 'second-team';
    await element.updateComplete;
    expect(focusedNote(element)?.value).to.equal('Mine');
    expect($(element, '.note-conflict').textContent).to.include('Second team’s note');
    await sendKeys({ type: ' too' });
    await element.updateComplete;
    expect(noteOf('second-team')).to.equal('Mine too');
  });

  it('keeps the text, the focus and the caret when the framework changes', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    await startTyping(element, 'Agreed the board');
    const field = focusedNote(element)!;
    field.setSelectionRange(7, 7);
    element.framework = { ...ncvo, version: `${ncvo.version}-revised` } as CollabChecklist['framework'];
    await element.updateComplete;
    await waitUntil(() => focusedNote(element)?.id === `note-${first.id}`, 'the note did not keep the focus');
    expect(focusedNote(element)!.value).to.equal('Agreed the board');
    await sendKeys({ type: 'at ' });
    await element.updateComplete;
    expect(focusedNote(element)!.value).to.equal('Agreed at the board');
    expect(noteOf(ncvo.id)).to.equal('Agreed at the board');
  });

  it('keeps a note still offered as a conflict so when the framework changes under the same key', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    await startTyping(element, 'Mine');
    // Another tab saves its version of the note meanwhile.
    const other = JSON.parse(localStorage.getItem(`collab-checklist:${ncvo.id}`)!);
    other.responses[first.id] = { ...other.responses[first.id], note: 'Theirs', changedAt: new Date(Date.now() + 60_000).toISOString() };
    const newValue = JSON.stringify(other);
    localStorage.setItem(`collab-checklist:${ncvo.id}`, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: `collab-checklist:${ncvo.id}`, newValue, storageArea: localStorage }));
    await element.updateComplete;
    expect($(element, '.note-conflict').textContent).to.include('Theirs');
    focusedNote(element)!.blur();
    element.framework = { ...ncvo, version: `${ncvo.version}-revised` } as CollabChecklist['framework'];
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.querySelector('.note-conflict'), 'the conflict was no longer offered');
    expect($(element, '.note-conflict').textContent).to.include('Theirs');
    expect($(element, `#note-${first.id}`)).to.have.property('value', 'Mine');
  });

  it('keeps the text and the focus when a framework is loaded from another address', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    await startTyping(element, 'Agreed');
    // ?fetched: served as the JSON file, not as the module the test runner makes of it.
    element.frameworkSrc = '/framework/ncvo-collaborative-behaviours.json?fetched';
    await element.updateComplete;
    await waitUntil(() => focusedNote(element)?.id === `note-${first.id}`, 'the note did not keep the focus');
    await sendKeys({ type: ' today' });
    await element.updateComplete;
    expect(focusedNote(element)!.value).to.equal('Agreed today');
    expect(noteOf(ncvo.id)).to.equal('Agreed today');
  });
});
