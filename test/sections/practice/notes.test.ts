import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { NOTE_MAX_LENGTH } from '../../../src/core/index.js';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, allPractices, click, NCVO_KEY, noteField, render, storedRecord, tickBox, typeNote, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first] = allPractices;
interface AxNode { role: string; name: string; description?: string; children?: AxNode[] }
const findNode = (node: unknown, test: (node: AxNode) => boolean): AxNode | undefined => {
  const each = node as AxNode;
  return test(each) ? each : (each.children ?? []).map((child) => findNode(child, test)).find(Boolean);
};
const count = (element: HTMLElement) => element.shadowRoot!.querySelector(`#count-${first.id}`)!.textContent!.trim();

describe('<collab-checklist> notes and their character count', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a note open, and names the field and its count', async () => {
    const element = await render(plain);
    const field = await noteField(element, first.id);
    await expectAccessible(element);
    expect(field.getAttribute('aria-describedby')).to.equal(`count-${first.id}`);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include('"name":"Notes and next steps"');
    expect(snapshot).to.include('"description":"You have 2,000 characters remaining"');
  });

  it('has a documented maximum and counts down to it', async () => {
    const element = await render(plain);
    expect(NOTE_MAX_LENGTH).to.equal(2000);
    await typeNote(element, first.id, 'x'.repeat(1999));
    expect(count(element)).to.equal('You have 1 character remaining');
    await typeNote(element, first.id, 'x'.repeat(1990));
    expect(count(element)).to.equal('You have 10 characters remaining');
  });

  it('lets a person type past the limit: the whole note is kept and saved, the field is invalid and the error is part of its description', async () => {
    const element = await render(plain);
    const field = await noteField(element, first.id);
    expect(field.hasAttribute('maxlength'), 'nothing cuts the text').to.equal(false);
    const long = `${'x'.repeat(NOTE_MAX_LENGTH)}and the end`;
    // Typed by the keyboard past the limit: the browser takes every key.
    await typeNote(element, first.id, 'x'.repeat(NOTE_MAX_LENGTH));
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    await sendKeys({ type: 'and the end' });
    await waitUntil(() => field.value === long, 'the keys past the limit are in the field');
    await element.updateComplete;
    expect(storedRecord().responses[first.id].note).to.equal(long);
    expect(count(element)).to.equal('You have 11 characters too many');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal(`error-${first.id} count-${first.id}`);
    const error = $(element, `#error-${first.id}`);
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Notes must be 2,000 characters or fewer. Nothing has been cut: your whole note is saved. Shorten it when you can.');
    await expectAccessible(element);
    // The first textbox that is a note (the snapshot name field, under the chart, comes before the practices).
    const textbox = findNode(await a11ySnapshot({}), (node) => node.role === 'textbox' && node.name !== 'Snapshot name (optional)');
    expect(textbox?.description?.replace(/\s+/g, ' ')).to.equal('Error: Notes must be 2,000 characters or fewer. Nothing has been cut: your whole note is saved. Shorten it when you can. You have 11 characters too many');
    // Back within the limit, the error goes and the field is valid again.
    await typeNote(element, first.id, 'x'.repeat(NOTE_MAX_LENGTH));
    expect(element.shadowRoot!.querySelector(`#error-${first.id}`)).to.equal(null);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(field.getAttribute('aria-describedby')).to.equal(`count-${first.id}`);
    expect(count(element)).to.equal('You have 0 characters remaining');
  });

  it('keeps a pasted note longer than the limit whole, and says it is too long once the pasting stops', async () => {
    const element = await render(plain);
    const status = $(element, '[role="status"]');
    const pasted = 'ŵ'.repeat(NOTE_MAX_LENGTH + 1);
    await typeNote(element, first.id, pasted);
    expect((await noteField(element, first.id)).value).to.equal(pasted);
    expect(storedRecord().responses[first.id].note).to.equal(pasted);
    expect(count(element)).to.equal('You have 1 character too many');
    await waitUntil(() => status.textContent === 'You have 1 character too many', 'the count is announced');
  });

  it('keeps a longer note that arrives from elsewhere whole, and says it is too long', async () => {
    const long = 'ŵ'.repeat(NOTE_MAX_LENGTH + 10);
    localStorage.setItem(
      NCVO_KEY,
      JSON.stringify({
        format: 'collab-checklist-progress',
        formatVersion: 1,
        framework: { id: 'ncvo-collaborative-behaviours', version: '2021.1' },
        savedAt: '2026-01-01T00:00:00.000Z',
        responses: { [first.id]: { level: 'not-yet', notApplicable: false, note: long, changedAt: '2026-01-01T00:00:00.000Z' } },
      }),
    );
    const element = await render(plain);
    const field = await noteField(element, first.id);
    expect(field.value).to.equal(long);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(count(element)).to.equal('You have 10 characters too many');
    expect(storedRecord().responses[first.id].note).to.equal(long);
  });

  it('announces the count once typing pauses, not at every keystroke', async () => {
    const element = await render(plain);
    const status = $(element, '[role="status"]');
    await typeNote(element, first.id, 'Ask the board');
    expect(status.textContent).to.equal('');
    // Announced once the pause is long enough; waited for, not timed, so a busy machine only makes it later.
    await waitUntil(() => status.textContent === 'You have 1,987 characters remaining', 'the count is announced');
  });
});

describe('<collab-checklist> when the browser’s storage is full', () => {
  let restore: () => void;
  beforeEach(() => {
    localStorage.clear();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => {
      Storage.prototype.setItem = setItem;
    };
  });
  afterEach(() => restore());

  it('says so plainly, keeps the change on the page and points to Export', async () => {
    const element = await render(plain);
    await typeNote(element, first.id, 'Still here');
    const alert = $(element, '[role="alert"]');
    expect(alert.textContent).to.include('storage for this website is full');
    expect(alert.textContent).to.include('use Export to keep a copy');
    expect((await noteField(element, first.id)).value).to.equal('Still here');
    await expectAccessible(element);
  });
});

describe('<collab-checklist> the same note changed in two places at once', () => {
  beforeEach(() => localStorage.clear());

  /** Two checklists on one key: each hears the other's saves as a tab hears another tab's. */
  async function twoPlaces() {
    const wrapper = (await render(html`<div><collab-checklist></collab-checklist><collab-checklist></collab-checklist></div>` as never)) as unknown as HTMLElement;
    const [here, there] = [...wrapper.querySelectorAll<CollabChecklist>('collab-checklist')];
    await here.updateComplete;
    await there.updateComplete;
    const mine = await noteField(here, first.id);
    const theirs = await noteField(there, first.id);
    mine.focus();
    mine.value = 'Ask the board';
    mine.dispatchEvent(new Event('input', { bubbles: true }));
    await here.updateComplete;
    mine.setSelectionRange(4, 4);
    // The other place changes the same note while the person is still in this one.
    theirs.value = 'Ask the chair instead';
    theirs.dispatchEvent(new Event('input', { bubbles: true }));
    await there.updateComplete;
    await here.updateComplete;
    return { here, there, mine };
  }

  const conflictNotice = (element: CollabChecklist) => element.shadowRoot!.querySelector('.note-conflict');
  const conflictButton = (element: CollabChecklist, text: string) =>
    [...conflictNotice(element)!.querySelectorAll('button')].find((each) => each.textContent!.includes(text))!;

  it('has no axe violations showing the other version, and keeps the text being typed and its caret', async () => {
    const { here, mine } = await twoPlaces();
    await expectAccessible(here);
    expect(mine.value, 'the text being typed stays').to.equal('Ask the board');
    expect([mine.selectionStart, mine.selectionEnd], 'the caret stays').to.deep.equal([4, 4]);
    expect(conflictNotice(here)!.textContent).to.include('Ask the chair instead');
    // Typing on saves this text as the newest, and the other version is still offered.
    mine.value = 'Ask the board first';
    mine.dispatchEvent(new Event('input', { bubbles: true }));
    await here.updateComplete;
    expect(storedRecord().responses[first.id].note).to.equal('Ask the board first');
    expect(conflictNotice(here)!.textContent).to.include('Ask the chair instead');
  });

  it('puts the other version in place when the person chooses it, everywhere', async () => {
    const { here, there, mine } = await twoPlaces();
    await click(here, conflictButton(here, 'Use the other version'));
    await there.updateComplete;
    expect(mine.value).to.equal('Ask the chair instead');
    expect(storedRecord().responses[first.id].note).to.equal('Ask the chair instead');
    expect((await noteField(there, first.id)).value).to.equal('Ask the chair instead');
    expect(conflictNotice(here)).to.equal(null);
  });

  it('keeps the text being typed while the person ticks another practice before choosing', async () => {
    const { here, mine } = await twoPlaces();
    // Saving the tick merges in the other place's newer note: it must stay an offer, not replace this text.
    await click(here, tickBox(here, allPractices[1].id));
    expect(mine.value).to.equal('Ask the board');
    expect(conflictNotice(here)!.textContent).to.include('Ask the chair instead');
    await click(here, conflictButton(here, 'Keep mine'));
    expect(storedRecord().responses[first.id].note).to.equal('Ask the board');
  });

  it('keeps this version when the person chooses it, everywhere', async () => {
    const { here, there } = await twoPlaces();
    await click(here, conflictButton(here, 'Keep mine'));
    await there.updateComplete;
    expect(storedRecord().responses[first.id].note).to.equal('Ask the board');
    expect((await noteField(there, first.id)).value).to.equal('Ask the board');
    expect(conflictNotice(here)).to.equal(null);
  });

  it('moves focus to the note once the person chooses either version, not to the page', async () => {
    for (const choice of ['Use the other version', 'Keep mine']) {
      localStorage.clear();
      const { here, mine } = await twoPlaces();
      const button = conflictButton(here, choice);
      button.focus();
      await click(here, button);
      await waitUntil(() => here.shadowRoot!.activeElement === mine, `focus moves to the note after "${choice}"`);
    }
  });
});
