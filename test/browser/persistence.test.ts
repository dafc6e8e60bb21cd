import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { expectAccessible } from './a11y.js';
import { $, allPractices, breakStorage, click, NCVO_KEY, naBox, noteField, overallBar, reload, render, storedRecord, tickBox, typeNote } from './helpers.js';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, third] = allPractices;

describe('<collab-checklist> saved progress', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations while showing a storage warning', async () => {
    localStorage.setItem(NCVO_KEY, '{not json');
    const element = await render(plain);
    await expectAccessible(element);
    const alert = (await a11ySnapshot({})) as unknown as { children: { role: string; name: string }[] };
    expect(JSON.stringify(alert)).to.include('"role":"alert"');
  });

  it('keeps ticks, not-applicable marks and notes when the page is loaded again', async () => {
    let element = await render(plain);
    await click(element, tickBox(element, first.id));
    await click(element, naBox(element, second.id));
    await typeNote(element, third.id, 'Ask the board in March');

    element = await reload(element, plain);
    expect(tickBox(element, first.id).checked).to.equal(true);
    expect(naBox(element, second.id).checked).to.equal(true);
    const details = tickBox(element, third.id).closest('li')!.querySelector('details')!;
    expect(details.open, 'a saved note is shown').to.equal(true);
    expect((await noteField(element, third.id)).value).to.equal('Ask the board in March');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('3%, 1 of 29 practices in place');
    // The first behaviour (one practice, ticked) shows a full bar straight after loading.
    const track = $(element, '[part="behaviour-progress"] [role="progressbar"]');
    const fill = track.querySelector('.progress-fill')!;
    expect(fill.getBoundingClientRect().width).to.be.closeTo(track.clientWidth, 1);
  });

  it('saves each change at once, so closing the tab straight after a tick loses nothing', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    expect(storedRecord().responses[first.id]).to.include({ level: 'in-place', notApplicable: false });
    await typeNote(element, first.id, 'a');
    expect(storedRecord().responses[first.id].note).to.equal('a');
  });

  it('keeps two elements with different storage keys apart', async () => {
    const pair = await render(html`<div>
      <collab-checklist storage-key="team-a"></collab-checklist>
      <collab-checklist storage-key="team-b"></collab-checklist>
    </div>` as never);
    const [a, b] = [...(pair as unknown as HTMLElement).querySelectorAll('collab-checklist')];
    await click(a, tickBox(a, first.id));
    await b.updateComplete;
    expect(tickBox(b, first.id).checked).to.equal(false);
    expect(storedRecord('collab-checklist:team-a').responses[first.id].level).to.equal('in-place');
    expect(localStorage.getItem('collab-checklist:team-b')).to.equal(null);
  });

  it('keeps two elements with the same storage key on one page in step', async () => {
    const pair = await render(html`<div>
      <collab-checklist></collab-checklist>
      <collab-checklist></collab-checklist>
    </div>` as never);
    const [a, b] = [...(pair as unknown as HTMLElement).querySelectorAll('collab-checklist')];
    await click(a, tickBox(a, first.id));
    await typeNote(b, second.id, 'Written in the second');
    await a.updateComplete;
    await b.updateComplete;
    expect(tickBox(b, first.id).checked).to.equal(true);
    expect((await noteField(a, second.id)).value).to.equal('Written in the second');
    expect(storedRecord().responses[first.id].level).to.equal('in-place');
    expect(storedRecord().responses[second.id].note).to.equal('Written in the second');
  });

  it('follows changes another tab saves under the same key', async () => {
    const element = await render(plain);
    const otherTab = {
      format: 'collab-checklist-progress',
      formatVersion: 1,
      framework: { id: 'ncvo-collaborative-behaviours', version: '2021.1' },
      savedAt: '2030-01-01T00:00:00.000Z',
      responses: { [second.id]: { level: 'in-place', notApplicable: false, note: 'From the other tab', changedAt: '2030-01-01T00:00:00.000Z' } },
    };
    const newValue = JSON.stringify(otherTab);
    localStorage.setItem(NCVO_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: NCVO_KEY, newValue, storageArea: localStorage }));
    await element.updateComplete;
    expect(tickBox(element, second.id).checked).to.equal(true);
    expect((await noteField(element, second.id)).value).to.equal('From the other tab');
  });

  it('keeps responses to practices a new framework version no longer lists', async () => {
    localStorage.setItem(
      NCVO_KEY,
      JSON.stringify({
        format: 'collab-checklist-progress',
        formatVersion: 1,
        framework: { id: 'ncvo-collaborative-behaviours', version: '2020.0' },
        savedAt: '2026-01-01T00:00:00.000Z',
        responses: {
          [first.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-01-01T00:00:00.000Z' },
          'retired-practice': { level: 'in-place', notApplicable: false, note: 'Old note', changedAt: '2026-01-01T00:00:00.000Z' },
        },
      }),
    );
    const element = await render(plain);
    expect(tickBox(element, first.id).checked).to.equal(true);
    await click(element, tickBox(element, second.id));
    const saved = storedRecord() as unknown as { framework: { version: string }; responses: Record<string, { note: string }> };
    expect(saved.responses['retired-practice'].note).to.equal('Old note');
    expect(saved.framework.version).to.equal(ncvo.version);
  });

  describe('when the saved data cannot be read', () => {
    it('says so, keeps the unreadable data under a backup key and still works', async () => {
      localStorage.setItem(NCVO_KEY, '{"format":"collab-checklist-progress", truncated');
      const element = await render(plain);
      const alert = $(element, '[role="alert"]');
      expect(alert.textContent).to.include('could not be read');
      const backupKey = Object.keys(localStorage).find((key) => key.startsWith(`${NCVO_KEY}:unreadable:`))!;
      expect(localStorage.getItem(backupKey)).to.equal('{"format":"collab-checklist-progress", truncated');
      expect(alert.textContent).to.include(backupKey);

      await click(element, tickBox(element, first.id));
      expect(storedRecord().responses[first.id].level).to.equal('in-place');
    });

    it('treats a record of the wrong shape as unreadable too', async () => {
      localStorage.setItem(NCVO_KEY, JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 1, responses: [] }));
      const element = await render(plain);
      expect($(element, '[role="alert"]').textContent).to.include('could not be read');
    });

    it('leaves data saved by a newer version untouched and says changes will not be saved', async () => {
      const newer = JSON.stringify({ format: 'collab-checklist-progress', formatVersion: 2, anything: true });
      localStorage.setItem(NCVO_KEY, newer);
      const element = await render(plain);
      expect($(element, '[role="alert"]').textContent).to.include('newer version');
      await click(element, tickBox(element, first.id));
      expect(tickBox(element, first.id).checked, 'still usable').to.equal(true);
      expect(localStorage.getItem(NCVO_KEY)).to.equal(newer);
    });
  });

  describe('when the browser refuses storage', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = breakStorage();
    });
    afterEach(() => restore());

    it('works in memory and says that progress will not be kept', async () => {
      const element = await render(plain);
      expect($(element, '[role="alert"]').textContent).to.include('not being saved');
      await click(element, tickBox(element, first.id));
      expect(tickBox(element, first.id).checked).to.equal(true);
      expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('3');
    });
  });

  it('warns as soon as a save fails part-way through a session (e.g. storage full)', async () => {
    const element = await render(plain);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const restore = breakStorage();
    try {
      await click(element, tickBox(element, first.id));
    } finally {
      restore();
    }
    expect($(element, '[role="alert"]').textContent).to.include('not being saved');
    expect(tickBox(element, first.id).checked).to.equal(true);
  });
});
