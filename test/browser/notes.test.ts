import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { NOTE_MAX_LENGTH } from '../../src/core/index.js';
import type { CollabChecklist } from '../../src/index.js';
import { $, allPractices, click, NCVO_KEY, noteField, render, storedRecord, tickBox, typeNote, waitUntil } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first] = allPractices;
const count = (element: HTMLElement) => element.shadowRoot!.querySelector(`#count-${first.id}`)!.textContent!.trim();

describe('<collab-checklist> notes and their character count', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a note open, and names the field and its count', async () => {
    const element = await render(plain);
    const field = await noteField(element, first.id);
    await expect(element).to.be.accessible();
    expect(field.getAttribute('aria-describedby')).to.equal(`count-${first.id}`);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include(`"name":"Notes and next steps – ${first.text}"`);
    expect(snapshot).to.include('"description":"You have 2,000 characters remaining"');
  });

  it('has a documented maximum, counts down to it, and stops there', async () => {
    const element = await render(plain);
    const field = await noteField(element, first.id);
    expect(field.maxLength).to.equal(NOTE_MAX_LENGTH);
    expect(NOTE_MAX_LENGTH).to.equal(2000);
    await typeNote(element, first.id, 'x'.repeat(1999));
    expect(count(element)).to.equal('You have 1 character remaining');
    await typeNote(element, first.id, 'x'.repeat(1990));
    expect(count(element)).to.equal('You have 10 characters remaining');
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
    await expect(element).to.be.accessible();
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
    await expect(here).to.be.accessible();
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
