import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChangeDetail, CollabChecklist } from '../../../src/index.js';
import { allNodes, expectAccessible, type AXNode } from '../../browser/a11y.js';
import { $, $$, allPractices, click, fillInSample, NCVO_KEY, naBox, noteField, render, storedRecord, storeProgress, tickBox, typeNote, waitUntil, watchDownloads } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, , fourth] = allPractices;

/** A MIME type without its parameters, as engines normalise them differently. */
const mediaType = (type: string) => type.split(';')[0].trim().toLowerCase();

const button = (element: CollabChecklist, label: string) =>
  $$(element, 'button').find((each) => each.textContent!.trim() === label) as HTMLButtonElement;

/** Picks a file in the element's real file input, as the file chooser would. */
async function chooseFile(element: CollabChecklist, file: File): Promise<void> {
  const input = $(element, '.import-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(
    () => ($(element, '#import-dialog') as HTMLDialogElement).open || element.shadowRoot!.querySelector('.actions [role="alert"]'),
    'the import is read',
  );
}

const jsonFile = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });


async function snapshotOf(element: CollabChecklist) {
  const rows = [];
  for (const practice of allPractices) {
    rows.push([tickBox(element, practice.id).checked, naBox(element, practice.id).checked, (await noteField(element, practice.id)).value]);
  }
  return rows;
}

describe('<collab-checklist> export, import, CSV, print and chart', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with the chart, the actions and the import dialog open', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await expectAccessible(element);
    const downloads = watchDownloads(element);
    button(element, 'Export').click();
    const exported = await downloads.next();
    await chooseFile(element, jsonFile(exported.text));
    await expectAccessible(element);
    // Looked for anywhere in the tree, and waited for: under load the browser's tree can lag the page for a moment.
    let dialog: AXNode | undefined;
    await waitUntil(async () => (dialog = allNodes((await a11ySnapshot({})) as unknown as AXNode).find((node) => node.role === 'dialog')) !== undefined, 'the import dialog is in the accessibility tree');
    expect(dialog).to.include({ name: 'Replace your progress with this file?' });
  });

  it('names every action button plainly', async () => {
    const element = await render(plain);
    for (const label of ['Export', 'Import', 'Download CSV', 'Print', 'Reset']) expect(button(element, label), label).to.be.instanceOf(HTMLButtonElement);
  });

  it('exports, resets, then imports the file to restore every tick, mark and note exactly', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const before = await snapshotOf(element);
    const downloads = watchDownloads(element);
    button(element, 'Export').click();
    const exported = await downloads.next();
    expect(exported.name).to.match(/^putting-collaboration-into-practice-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mediaType(exported.type)).to.equal('application/json');

    await click(element, button(element, 'Reset'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    expect(tickBox(element, first.id).checked).to.equal(false);

    await chooseFile(element, jsonFile(exported.text, exported.name));
    const summary = Object.fromEntries(
      $$(element, '.import-summary .summary-row').map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]),
    );
    expect(summary).to.include({ File: exported.name, 'Practices in place': '2', 'Marked not applicable': '1', Notes: '1' });
    expect(summary['Exported on']).to.match(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const heard = oneEvent(element, 'collab-change');
    await click(element, button(element, 'Import and replace'));
    expect(((await heard) as CustomEvent<CollabChangeDetail>).detail.kind).to.equal('import');

    expect(await snapshotOf(element)).to.deep.equal(before);
    expect(storedRecord().responses[fourth.id].note).to.equal('Ask Siân and Gwŷn about the Ŵyl partnership, "soon", then report back');
    expect($(element, '.actions').textContent).to.include(`Progress imported from “${exported.name}”.`);
  });

  it('shows whose answers a file holds before it is imported, since that name goes in the next export', async () => {
    const element = await render(plain);
    const file = {
      format: 'collab-checklist-export',
      formatVersion: 1,
      exportedAt: '2026-11-25T09:30:00.000Z',
      framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
      profile: { filledInBy: 'Gwŷn', changedAt: '2026-11-25T09:00:00.000Z' },
      responses: {},
    };
    await chooseFile(element, jsonFile(JSON.stringify(file), 'colleague.json'));
    const rows = $$(element, '.import-summary .summary-row').map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
    expect(rows).to.deep.include(['Filled in by', 'Gwŷn']);
  });

  it('exports what was set aside after a salvage, and an import in another browser keeps it for its next export', async () => {
    const good = { level: 'in-place', notApplicable: false, note: 'Agreed in May', changedAt: '2026-03-04T10:15:00.000Z' };
    const damaged = JSON.stringify({
      format: 'collab-checklist-progress',
      formatVersion: 1,
      framework: { id: 'ncvo-collaborative-behaviours', version: ncvo.version },
      savedAt: '2026-03-04T10:20:00.000Z',
      responses: { [first.id]: good, [second.id]: { ...good, note: { text: 'an object, not text' } } },
    });
    localStorage.setItem(NCVO_KEY, damaged);
    const element = await render(plain);
    expect(tickBox(element, first.id).checked, 'the readable answer was kept').to.equal(true);
    const downloads = watchDownloads(element);
    button(element, 'Export').click();
    const exported = JSON.parse((await downloads.next()).text);
    expect(exported.formatVersion, 'the same export format: readers of it ignore the new part').to.equal(1);
    expect(exported.setAside.version).to.equal(1);
    expect(exported.setAside.copies.map((copy: { data: string }) => copy.data), 'the copy set aside, exactly as it was stored').to.deep.equal([damaged]);
    expect(exported.responses[first.id].note).to.equal('Agreed in May');

    // Another browser: nothing stored, nothing set aside, no other element holding answers.
    element.remove();
    localStorage.clear();
    const elsewhere = await render(plain);
    await chooseFile(elsewhere, jsonFile(JSON.stringify(exported)));
    await click(elsewhere, button(elsewhere, 'Import and replace'));
    expect(tickBox(elsewhere, first.id).checked).to.equal(true);
    const again = watchDownloads(elsewhere);
    button(elsewhere, 'Export').click();
    const reexported = JSON.parse((await again.next()).text);
    expect(reexported.setAside, 'still carried by the next export').to.deep.equal(exported.setAside);
  });

  it('changes nothing when the import is cancelled', async () => {
    const element = await render(plain);
    const downloads = watchDownloads(element);
    await click(element, tickBox(element, first.id));
    button(element, 'Export').click();
    const exported = await downloads.next();
    await click(element, tickBox(element, second.id));
    await chooseFile(element, jsonFile(exported.text));
    await click(element, button(element, 'Cancel'));
    expect(tickBox(element, second.id).checked, 'the later tick survives').to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'Import'));
  });

  describe('refuses a bad file with a clear message and changes nothing', () => {
    const valid = {
      format: 'collab-checklist-export',
      formatVersion: 1,
      exportedAt: '2026-03-04T10:00:00.000Z',
      framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
      responses: {},
    };
    const cases: [string, () => File, string][] = [
      ['garbage', () => jsonFile('\u0000\u0001 not json at all'), 'is not an export from this checklist'],
      ['truncated', () => jsonFile(JSON.stringify(valid).slice(0, 60)), 'is not an export from this checklist'],
      ['oversized', () => jsonFile(`{"pad":"${'x'.repeat(1_100_000)}"}`), 'larger than'],
      ['a CSV', () => new File(['\uFEFFBehaviour,Practice\r\n'], 'progress.csv', { type: 'text/csv' }), 'is not an export from this checklist'],
      ['for another framework', () => jsonFile(JSON.stringify({ ...valid, framework: { id: 'other-framework', version: '1', title: 'Another checklist' } })), 'different checklist (“Another checklist”)'],
      ['from a newer version', () => jsonFile(JSON.stringify({ ...valid, formatVersion: 99 })), 'newer version'],
      [
        'trying to pollute prototypes',
        () => jsonFile(`{"format":"collab-checklist-export","formatVersion":1,"exportedAt":"2026-03-04T10:00:00.000Z","framework":{"id":"${ncvo.id}","version":"x"},"responses":{"__proto__":{"polluted":true}}}`),
        'damaged',
      ],
    ];
    for (const [name, file, message] of cases) {
      it(`a file ${name}`, async () => {
        const element = await render(plain);
        await fillInSample(element);
        const before = await snapshotOf(element);
        const stored = localStorage.getItem(NCVO_KEY);
        await chooseFile(element, file());
        const alert = $(element, '.actions [role="alert"]');
        expect(alert.textContent).to.include('could not be imported');
        expect(alert.textContent).to.include(message);
        expect(alert.textContent).to.include('Nothing has been changed.');
        expect(($(element, '#import-dialog') as HTMLDialogElement).open).to.equal(false);
        expect(await snapshotOf(element)).to.deep.equal(before);
        expect(localStorage.getItem(NCVO_KEY)).to.equal(stored);
        expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      });
    }
  });

  it('downloads a CSV a spreadsheet opens correctly: BOM, one row per practice, Welsh letters, formulas neutralised', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await typeNote(element, first.id, '=HYPERLINK("http://example.invalid")');
    const downloads = watchDownloads(element);
    button(element, 'Download CSV').click();
    const csv = await downloads.next();
    expect(csv.name).to.match(/^putting-collaboration-into-practice-\d{4}-\d{2}-\d{2}\.csv$/);
    // What a spreadsheet goes by: the .csv name, and UTF-8 bytes that begin with a byte-order mark.
    // (Engines differ in whether the Blob's type keeps its charset parameter: only the media type is checked.)
    expect(mediaType(csv.type)).to.equal('text/csv');
    expect(csv.text.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Behaviour,Practice,Status,Not applicable,Notes and next steps,Who,By when,Last changed');
    expect(lines.filter(Boolean)).to.have.length(31);
    expect(csv.text).to.include('"\'=HYPERLINK(""http://example.invalid"")"');
    expect(csv.text).to.include('Gwŷn');
    expect(lines[1]).to.match(/^Compete in an ethical and responsible way\.,Compete in an ethical and responsible way\.,In place,No,/);
  });

  it('dates "Last changed" by this computer’s clock, after a save from a clock a year fast (issue 24)', async () => {
    const yearAhead = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
    storeProgress({ savedAt: yearAhead, responses: { [second.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: yearAhead } } });
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    const downloads = watchDownloads(element);
    button(element, 'Download CSV').click();
    const row = (await downloads.next()).text.slice(1).split('\r\n')[1];
    expect(row.startsWith('Compete in an ethical and responsible way.')).to.equal(true);
    // The change is ordered after the fast save (the change clock), but dated as the computer says.
    expect(storedRecord().responses[first.id]).to.have.property('changedAt').that.satisfies((time: string) => time > yearAhead);
    expect(row).to.include(String(new Date().getFullYear()));
    expect(row).not.to.include(String(new Date(yearAhead).getFullYear()));
  });

  it('draws each behaviour’s score as an SVG bar matching the score, inside a table with the numbers', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const rows = $$(element, '.chart tbody tr');
    expect(rows).to.have.length(5);
    // Behaviour 2: one of its 7 applicable practices in place (one is not applicable).
    const expected = [100, 14, 0, 0, 0];
    rows.forEach((row, index) => {
      expect(row.querySelector('.chart-fill')!.getAttribute('width')).to.equal(String(expected[index]));
      expect(row.querySelector('.chart-percent')!.textContent).to.equal(`${expected[index]}%`);
      expect(row.querySelector('th')!.textContent).to.include(ncvo.behaviours[index].title);
    });
    expect(rows[1].querySelector('.chart-count')!.textContent).to.equal('1 of 7 practices in place');
    expect(rows[3].querySelector('.chart-count')!.textContent).to.equal('0 of 7 practices in place');
    expect($(element, '.chart caption').textContent).to.equal('Progress by behaviour');
    expect($(element, '.chart svg').getAttribute('aria-hidden')).to.equal('true');
  });

  it('offers Undo after Reset until the next change, bringing everything back', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const before = await snapshotOf(element);
    await click(element, button(element, 'Reset'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    expect(tickBox(element, first.id).checked).to.equal(false);
    const heard = oneEvent(element, 'collab-change');
    await click(element, button(element, 'Undo'));
    expect(((await heard) as CustomEvent<CollabChangeDetail>).detail.kind).to.equal('undo-reset');
    expect(await snapshotOf(element)).to.deep.equal(before);
    expect(storedRecord().responses[first.id].level).to.equal('in-place');

    await click(element, button(element, 'Reset'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    await click(element, tickBox(element, second.id));
    expect(button(element, 'Undo'), 'no Undo after another change').to.equal(undefined);
  });

  describe('says what Export and Download CSV made', () => {
    const banner = (element: CollabChecklist) => element.shadowRoot!.querySelector<HTMLElement>('.notification-banner');
    /** The summary's rows as label and value. */
    const rows = (element: CollabChecklist) =>
      Object.fromEntries([...banner(element)!.querySelectorAll('.summary-row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]));

    it('has no axe violations; an announced banner names the file, what it holds and when, and focus stays on Export', async () => {
      const element = await render(plain);
      await fillInSample(element);
      const downloads = watchDownloads(element);
      const exportButton = button(element, 'Export');
      exportButton.focus();
      exportButton.click();
      const file = await downloads.next();
      await waitUntil(() => banner(element), 'the banner is shown');
      await expectAccessible(element);
      const shown = banner(element)!;
      expect(shown.getAttribute('role'), 'announced when it appears').to.equal('alert');
      expect(element.shadowRoot!.getElementById(shown.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Success');
      expect(shown.querySelector('.notification-banner-heading')!.textContent!.trim()).to.equal(`Export file made: ${file.name}`);
      const summary = rows(element);
      expect(summary).to.include({ 'Practices in place': '2', 'Marked not applicable': '1', Notes: '1', Snapshots: '0' });
      expect(summary.Made).to.match(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/);
      expect(element.shadowRoot!.activeElement).to.equal(exportButton);
    });

    it('after Download CSV names the spreadsheet, in Welsh in a Welsh checklist; the next change takes it away', async () => {
      const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
      await click(element, tickBox(element, first.id));
      const downloads = watchDownloads(element);
      button(element, 'Lawrlwytho CSV').click();
      const file = await downloads.next();
      await waitUntil(() => banner(element), 'the banner is shown');
      expect(banner(element)!.querySelector('.notification-banner-heading')!.textContent!.trim()).to.equal(`Taenlen wedi’i chreu: ${file.name}`);
      expect(rows(element)['Wedi’i chreu']).to.match(/^\d{1,2} \S+ \d{4}/);
      await expectAccessible(element);
      await click(element, tickBox(element, second.id));
      expect(banner(element)).to.equal(null);
    });

    it('never claims a file was made when making it failed', async () => {
      const element = await render(plain);
      const realCreate = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new DOMException('Blocked', 'SecurityError');
      };
      try {
        button(element, 'Export').click();
        await waitUntil(() => element.shadowRoot!.querySelector('.actions [role="alert"]'), 'the failure is said');
      } finally {
        URL.createObjectURL = realCreate;
      }
      expect(banner(element)).to.equal(null);
      expect(element.shadowRoot!.querySelector('.actions [role="alert"]')!.textContent!.trim()).to.equal('The file could not be made, so nothing was saved. Try again.');
      await expectAccessible(element);
    });
  });
});
