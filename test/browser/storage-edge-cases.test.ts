import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { allPractices, breakStorage, click, NCVO_KEY, render, storedRecord, tickBox, watchDownloads } from './helpers.js';

/*
 * Saved progress at the edges, found by test/browser/model-based.test.ts and
 * by reading src/storage/progress-storage.ts and
 * src/controllers/checklist-controller.ts. Each test names the promise it
 * checks (docs/decisions.md, the storage notices).
 *
 * Each test here failed before the fix it guards (progress-storage.ts save
 * and load, checklist-controller.ts #commit, open and its shared clock).
 */

const plain = html`<collab-checklist></collab-checklist>`;
const pair = html`<div><collab-checklist></collab-checklist><collab-checklist></collab-checklist></div>`;
const [first, second] = allPractices;

const warning = (element: CollabChecklist) => element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

async function renderPair(): Promise<[CollabChecklist, CollabChecklist]> {
  const wrapper = (await render(pair as never)) as unknown as HTMLElement;
  const [a, b] = [...wrapper.querySelectorAll<CollabChecklist>('collab-checklist')];
  await a.updateComplete;
  await b.updateComplete;
  return [a, b];
}

describe('<collab-checklist> saved progress at the edges', () => {
  it('has no axe violations while showing a storage warning', async () => {
    localStorage.clear();
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  beforeEach(() => localStorage.clear());

  describe('another tab writes something this version cannot read, while this page is open', () => {
    it('leaves a record saved by a newer version alone, and says changes are not saved', async () => {
      const element = await render(plain);
      await click(element, tickBox(element, first.id));
      // A newer version of the widget, open in another tab, saves its format 2.
      const newer = JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 2, everything: 'changed' });
      localStorage.setItem(NCVO_KEY, newer);
      window.dispatchEvent(new StorageEvent('storage', { key: NCVO_KEY, newValue: newer, storageArea: localStorage }));
      await element.updateComplete;

      await click(element, tickBox(element, second.id));
      expect(localStorage.getItem(NCVO_KEY), 'docs/decisions.md: an older copy must not destroy what a newer one saved').to.equal(newer);
      expect(warning(element)).to.include('not being saved');
      expect(tickBox(element, second.id).checked, 'the page keeps working').to.equal(true);
    });

    it('does not overwrite unreadable data without keeping a copy', async () => {
      const element = await render(plain);
      await click(element, tickBox(element, first.id));
      const damaged = '{"format":"collab-checklist-progress", cut short';
      localStorage.setItem(NCVO_KEY, damaged);

      await click(element, tickBox(element, second.id));
      const kept = Object.keys(localStorage).some((key) => localStorage.getItem(key) === damaged);
      expect(kept, 'docs/decisions.md: unreadable data is copied aside (or left) before anything replaces it').to.equal(true);
    });
  });

  it('keeps every readable answer when one field is bad, says what was set aside, and offers the unreadable copy as a download', async () => {
    const stored = (responses: Record<string, unknown>) =>
      JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 1, framework: { id: 'ncvo-collaborative-behaviours', version: '2021.2' }, savedAt: '2026-03-04T10:20:00.000Z', responses });
    const good = { level: 'in-place', notApplicable: false, note: 'Agreed in May', changedAt: '2026-03-04T10:15:00.000Z' };
    const damaged = stored({ [first.id]: good, [second.id]: { ...good, note: { text: 'an object, not text' } } });
    localStorage.setItem(NCVO_KEY, damaged);
    const element = await render(plain);
    expect(tickBox(element, first.id).checked, 'the readable answer is shown').to.equal(true);
    expect(tickBox(element, second.id).checked, 'the unreadable one is not').to.equal(false);
    expect(warning(element)).to.include('Some of your saved progress could not be read');
    expect(warning(element)).to.include(`responses.${second.id}.note must be text`);
    expect(storedRecord()?.responses[first.id]?.note, 'the readable answer is saved at once').to.equal('Agreed in May');
    const downloads = watchDownloads(element);
    const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="storage-status"] button')].find((each) => each.textContent!.includes('Download the unreadable copy'))!;
    await click(element, button);
    const copy = await downloads.next();
    expect(copy.text, 'the copy is exactly what was stored').to.equal(damaged);
    expect(copy.name).to.match(/^collab-checklist-ncvo-collaborative-behaviours-unreadable-.+\.json$/);
  });

  it('sets aside answers to unlisted practices beyond 1,000, keeping a copy, so every save stays small', async () => {
    const good = { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T10:15:00.000Z' };
    const responses: Record<string, unknown> = { [first.id]: good };
    for (let index = 0; index < 1500; index += 1) responses[`retired-${index}`] = good;
    const original = JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 1, framework: { id: 'ncvo-collaborative-behaviours', version: '2021.2' }, savedAt: '2026-03-04T10:20:00.000Z', responses });
    localStorage.setItem(NCVO_KEY, original);
    const element = await render(plain);
    expect(tickBox(element, first.id).checked).to.equal(true);
    expect(warning(element)).to.include('500 answers to practices this checklist does not list');
    expect(Object.keys(storedRecord()!.responses)).to.have.length(1001);
    expect(Object.keys(localStorage).some((key) => localStorage.getItem(key) === original), 'the whole record is kept aside').to.equal(true);
  });

  it('says progress is not being saved when a save fails after damaged data was recovered', async () => {
    localStorage.setItem(NCVO_KEY, '{not json');
    const element = await render(plain);
    expect(warning(element)).to.include('could not be read');
    const restore = breakStorage();
    try {
      await click(element, tickBox(element, first.id));
    } finally {
      restore();
    }
    // The "recovered" notice ends "New changes are saved as usual", which is no longer true.
    expect(warning(element)).to.include('not being saved');
  });

  it('saves again once storage works again, without a reload, and stops warning', async () => {
    const element = await render(plain);
    const restore = breakStorage();
    try {
      await click(element, tickBox(element, first.id));
    } finally {
      restore();
    }
    expect(warning(element)).to.include('not being saved');
    await click(element, tickBox(element, second.id));
    const saved = storedRecord();
    expect(saved?.responses[first.id]?.level, 'the change made while storage failed').to.equal('in-place');
    expect(saved?.responses[second.id]?.level, 'the change made after it came back').to.equal('in-place');
    expect(warning(element)).to.equal('');
  });

  it('notices storage that accepts writes but keeps nothing (a host page\'s no-op setItem), says so, and recovers', async () => {
    const element = await render(plain);
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => undefined;
    try {
      await click(element, tickBox(element, first.id));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(storedRecord(), 'nothing was kept').to.equal(null);
    expect(warning(element)).to.include('did not keep it');
    expect(warning(element)).not.to.include('saved automatically');
    await click(element, tickBox(element, second.id));
    expect(warning(element)).to.equal('');
    expect(storedRecord()?.responses[first.id]?.level, 'the change the shim dropped is saved with the next one').to.equal('in-place');
  });

  it('shows a second element added while storage is refused what the page already holds', async () => {
    const wrapper = (await render(html`<div><collab-checklist></collab-checklist></div>` as never)) as unknown as HTMLElement;
    const a = wrapper.querySelector<CollabChecklist>('collab-checklist')!;
    await click(a, tickBox(a, first.id));
    const restore = breakStorage();
    try {
      await click(a, tickBox(a, second.id));
      const b = document.createElement('collab-checklist') as CollabChecklist;
      wrapper.append(b);
      await b.updateComplete;
      await nextFrame();
      expect(tickBox(b, first.id).checked, 'saved before storage failed').to.equal(true);
      expect(tickBox(b, second.id).checked, 'held in memory by the other element').to.equal(true);
    } finally {
      restore();
    }
  });

  describe('two elements on one page editing one practice within a millisecond', () => {
    const realNow = Date.now;
    afterEach(() => {
      Date.now = realNow;
    });

    it('lets the later edit win, whichever element makes it', async () => {
      // Time stands still, as it does for edits in the same millisecond.
      const frozen = realNow();
      Date.now = () => frozen;
      const [a, b] = await renderPair();
      await click(a, tickBox(a, first.id));
      await click(a, tickBox(a, first.id));
      expect(tickBox(b, first.id).checked).to.equal(false);

      await click(b, tickBox(b, first.id));
      await a.updateComplete;
      expect(tickBox(b, first.id).checked, 'the element just ticked').to.equal(true);
      expect(tickBox(a, first.id).checked, 'the other element').to.equal(true);
      expect(storedRecord().responses[first.id].level).to.equal('in-place');
    });
  });
});
