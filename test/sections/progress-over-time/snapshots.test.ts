import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { allNodes, expectAccessible, type AXNode } from '../../browser/a11y.js';
import { $, $$, allPractices, click, naBox, NCVO_KEY, reload, render, tickBox, waitUntil, watchDownloads } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
/** A behaviour with more than one practice, and two of its practices. */
const behaviourIndex = ncvo.behaviours.findIndex((behaviour) => behaviour.practices.length > 1);
const [first, second] = ncvo.behaviours[behaviourIndex].practices;

const button = (element: CollabChecklist, label: string) =>
  $$(element, 'button').find((each) => each.textContent!.trim().startsWith(label)) as HTMLButtonElement;
const labelField = (element: CollabChecklist) => $(element, '#snapshot-label') as HTMLInputElement;
const compareSelect = (element: CollabChecklist) => $(element, '#compare-with') as HTMLSelectElement;
const snapshotRows = (element: CollabChecklist) => $$(element, '.snapshot-list li').map((row) => row.querySelector('span')!.textContent!.trim());
const status = (element: CollabChecklist) => $(element, '.over-time [aria-live="polite"]').textContent!.trim();

/** Something answered (the last practice not applicable): with nothing, a first visit leaves Progress over time out. */
async function started(element: CollabChecklist): Promise<void> {
  await click(element, naBox(element, allPractices.at(-1)!.id));
}

async function saveSnapshot(element: CollabChecklist, label = ''): Promise<void> {
  labelField(element).value = label;
  await click(element, button(element, 'Save a snapshot'));
}

async function choose(element: CollabChecklist, index: number): Promise<void> {
  const select = compareSelect(element);
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** The then-and-now cell of a behaviour's row in Progress by behaviour. */
const sinceCell = (element: CollabChecklist, index: number) => $$(element, '.chart-row')[index].querySelector('.chart-since')?.textContent?.trim();

/** An export file of the NCVO checklist with no answers and `fields`. */
const exportFile = (fields: object) =>
  JSON.stringify({
    format: 'collab-checklist-export',
    formatVersion: 1,
    exportedAt: '2026-11-25T09:30:00.000Z',
    framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
    responses: {},
    ...fields,
  });

/** Chooses `file` to import and waits for the import dialog to show what it holds. */
async function chooseFile(element: CollabChecklist, file: string): Promise<void> {
  const input = $(element, '.import-input') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([file], 'board.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => ($(element, '#import-dialog') as HTMLDialogElement).open, 'the import is read');
}

// A snapshot's name is shown isolated (FSI … PDI, U+2068 … U+2069), so a right-to-left name cannot turn the text after it around.
describe('<collab-checklist> progress over time', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('has no axe violations, with no snapshot, with snapshots compared, while asking to delete, and at the limit', async () => {
    const element = await render(plain);
    await started(element);
    await expectAccessible(element);
    await saveSnapshot(element, 'Board baseline');
    await click(element, tickBox(element, first.id));
    await choose(element, 1);
    await expectAccessible(element);
    await click(element, button(element, 'Delete'));
    await expectAccessible(element);
    await click(element, $(element, '.cancel-delete-snapshot'));
    for (let i = 0; i < 12; i += 1) await saveSnapshot(element);
    expect($(element, '.over-time [role="alert"]')).to.exist;
    await expectAccessible(element);
  });

  it('names its controls: a heading, a labelled name field, Save a snapshot, Delete per snapshot, Compare progress with', async () => {
    const element = await render(plain);
    await started(element);
    await saveSnapshot(element, 'Board baseline');
    const nodes = allNodes((await a11ySnapshot({})) as unknown as AXNode);
    expect(nodes.some((node) => node.role === 'heading' && node.name === 'Progress over time')).to.equal(true);
    expect(nodes.some((node) => node.role === 'textbox' && node.name === 'Snapshot name (optional)')).to.equal(true);
    expect(nodes.some((node) => node.role === 'button' && node.name === 'Save a snapshot')).to.equal(true);
    // Engines differ in whether an accessible name keeps the isolation marks (Firefox drops them); the words are what a person hears.
    expect(nodes.find((node) => node.role === 'button' && node.name.startsWith('Delete'))?.name).to.match(/^Delete .+: \u2068?Board baseline\u2069?$/);
    expect(nodes.some((node) => node.name === 'Compare progress with')).to.equal(true);
    expect([...compareSelect(element).options].map((option) => option.textContent!.trim())).to.deep.equal(['None', snapshotRows(element)[0]]);
  });

  it('saves a snapshot, and shows then and now per behaviour and overall once chosen, in words', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await saveSnapshot(element, 'Board baseline');
    expect(status(element)).to.match(/^Snapshot saved: .+: \u2068Board baseline\u2069\.$/);
    expect(labelField(element).value).to.equal('');
    expect(snapshotRows(element)).to.have.length(1);
    expect(snapshotRows(element)[0]).to.match(/ at \d\d:\d\d: \u2068Board baseline\u2069$/);

    await click(element, tickBox(element, second.id));
    expect(sinceCell(element, behaviourIndex), 'nothing compared until chosen').to.equal(undefined);
    await choose(element, 1);
    const practices = ncvo.behaviours[behaviourIndex].practices.length;
    const percent = (count: number) => `${Math.floor((count / practices) * 100)}%`;
    expect(sinceCell(element, behaviourIndex)).to.equal(`Then ${percent(1)}, now ${percent(2)}`);
    expect($(element, '.over-time-since').textContent).to.match(/^Overall progress since .+: Then \d+%, now \d+%\.$/);
    expect(status(element), 'the choice is announced: the overall line then and now').to.equal($(element, '.over-time-since').textContent);
    const headers = $$(element, '.chart thead th').map((th) => th.textContent!.trim());
    expect(headers.at(-1)).to.match(/^Since .+: \u2068Board baseline\u2069$/);

    // The snapshot itself never changes with later answers.
    const stored = JSON.parse(localStorage.getItem(NCVO_KEY)!);
    expect(stored.snapshots).to.have.length(1);
    expect(stored.snapshots[0].label).to.equal('Board baseline');
    expect(stored.snapshots[0].answers[first.id]).to.deep.equal({ level: 'in-place', notApplicable: false });
    expect(stored.snapshots[0].answers[second.id]).to.equal(undefined);

    await choose(element, 0);
    expect(sinceCell(element, behaviourIndex)).to.equal(undefined);
  });

  it('saves a snapshot when Enter is pressed in its name', async () => {
    const element = await render(plain);
    await started(element);
    labelField(element).focus();
    await sendKeys({ type: 'Board' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => snapshotRows(element).length === 1, 'the snapshot is saved');
    expect(status(element)).to.match(/^Snapshot saved: .+: \u2068Board\u2069\.$/);
  });

  it('names snapshots of one minute apart, in the list, on Delete and in Compare progress with; a blank stored name is no name', async () => {
    const snapshot = (takenAt: string, label?: string) => ({ takenAt, ...(label === undefined ? {} : { label }), answers: {} });
    localStorage.setItem(
      NCVO_KEY,
      JSON.stringify({
        format: 'collab-checklist-progress',
        formatVersion: 1,
        framework: { id: ncvo.id, version: ncvo.version },
        savedAt: '2026-03-04T11:00:00.000Z',
        responses: {},
        snapshots: [snapshot('2026-03-04T10:15:05.000Z'), snapshot('2026-03-04T10:15:40.000Z'), snapshot('2026-03-04T10:20:00.000Z', '')],
      }),
    );
    const element = await render(plain);
    const rows = snapshotRows(element);
    expect(rows[0]).to.match(/ \(1\)$/);
    expect(rows[1]).to.match(/ \(2\)$/);
    expect(rows[2]).to.match(/ at \d\d:\d\d$/);
    const nodes = allNodes((await a11ySnapshot({})) as unknown as AXNode);
    const deleteNames = nodes.filter((node) => node.role === 'button' && node.name.startsWith('Delete')).map((node) => node.name);
    expect(deleteNames).to.deep.equal(rows.map((row) => `Delete ${row}`));
    const options = [...compareSelect(element).options].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['None', ...rows]);
    expect(new Set(options).size).to.equal(4);
    await choose(element, 2);
    expect($$(element, '.chart thead th').at(-1)!.textContent!.trim()).to.equal(`Since ${rows[1]}`);
  });

  it('keeps snapshots after a reload and through a Reset', async () => {
    let element = await render(plain);
    await click(element, tickBox(element, first.id));
    await saveSnapshot(element, 'Before the away day');
    element = await reload(element, plain);
    expect(snapshotRows(element)[0]).to.match(/: \u2068Before the away day\u2069$/);
    await click(element, button(element, 'Reset'));
    await click(element, $(element, '#reset-dialog .button--warning'));
    expect(tickBox(element, first.id).checked).to.equal(false);
    expect(snapshotRows(element)).to.have.length(1);
  });

  it('deletes a snapshot only once confirmed, moving focus sensibly, and says so', async () => {
    const element = await render(plain);
    await started(element);
    await saveSnapshot(element, 'Keep');
    await saveSnapshot(element, 'Drop');
    await choose(element, 2);
    const deleteDrop = $$(element, '.delete-snapshot')[1] as HTMLButtonElement;
    deleteDrop.click();
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('.confirm-delete-snapshot'), 'focus moves to Yes, delete it');
    await click(element, $(element, '.cancel-delete-snapshot'));
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('.delete-snapshot') && element.shadowRoot!.activeElement === $$(element, '.delete-snapshot')[1], 'focus goes back to Delete');
    expect(snapshotRows(element)).to.have.length(2);

    $$(element, '.delete-snapshot')[1].click();
    await waitUntil(() => element.shadowRoot!.querySelector('.confirm-delete-snapshot'), 'asked to confirm');
    await click(element, button(element, 'Yes, delete it'));
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'over-time-title', 'focus moves to the heading');
    expect(snapshotRows(element).map((row) => row.endsWith(': \u2068Keep\u2069'))).to.deep.equal([true]);
    expect(status(element)).to.match(/^Snapshot deleted: .+: \u2068Drop\u2069\.$/);
    expect(compareSelect(element).value, 'the comparison with it ends').to.equal('');
    expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).snapshots).to.have.length(1);
  });

  it('stays deleted in another element on the same key, whatever that element saves next', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><collab-checklist storage-key="team"></collab-checklist><collab-checklist storage-key="team"></collab-checklist></div>`);
    const [one, two] = [...wrapper.querySelectorAll<CollabChecklist>('collab-checklist')];
    await Promise.all([one.updateComplete, two.updateComplete]);
    await started(one);
    await saveSnapshot(one, 'Shared');
    await waitUntil(() => two.shadowRoot!.querySelectorAll('.snapshot-list li').length === 1, 'the other element shows it');
    $(two, '.delete-snapshot').click();
    await waitUntil(() => two.shadowRoot!.querySelector('.confirm-delete-snapshot'), 'asked to confirm');
    await click(two, $(two, '.confirm-delete-snapshot'));
    await waitUntil(() => one.shadowRoot!.querySelectorAll('.snapshot-list li').length === 0, 'gone in the first element too');
    await click(one, tickBox(one, first.id));
    expect(JSON.parse(localStorage.getItem('collab-checklist:team')!).snapshots).to.equal(undefined);
    expect(snapshotRows(two)).to.deep.equal([]);
  });

  it('refuses a 13th snapshot with a message naming the limit, and keeps the oldest', async () => {
    const element = await render(plain);
    await started(element);
    await saveSnapshot(element, 'Baseline');
    for (let i = 0; i < 11; i += 1) await saveSnapshot(element);
    expect(element.shadowRoot!.querySelector('.over-time [role="alert"]')).to.equal(null);
    await saveSnapshot(element, 'One too many');
    expect($(element, '.over-time [role="alert"]').textContent!.trim()).to.equal(
      'The most snapshots this checklist keeps is 12. Delete one you no longer need, then save again.',
    );
    expect(snapshotRows(element)).to.have.length(12);
    expect(snapshotRows(element)[0]).to.match(/: \u2068Baseline\u2069$/);
    expect(labelField(element).value, 'the name typed is kept').to.equal('One too many');
  });

  it('exports snapshots and brings them back on import', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await saveSnapshot(element, 'Baseline');
    const downloads = watchDownloads(element);
    await click(element, button(element, 'Export'));
    const file = await downloads.next();
    const exported = JSON.parse(file.text);
    expect(exported.snapshots[0].label).to.equal('Baseline');
    expect(exported.snapshots[0].answers[first.id]).to.deep.equal({ level: 'in-place', notApplicable: false });
  });

  it('brings a file’s snapshots in on import, keeping those saved here', async () => {
    const element = await render(plain);
    await started(element);
    await saveSnapshot(element, 'Saved here');
    await chooseFile(element, exportFile({ snapshots: [{ takenAt: '2026-05-01T09:00:00.000Z', label: 'From the file', answers: { [first.id]: { level: 'in-place', notApplicable: false } } }] }));
    expect($(element, '#import-dialog').textContent!.replace(/\s+/g, ' ')).to.include('Snapshots (added to those kept here)1');
    await click(element, button(element, 'Import and replace'));
    const rows = snapshotRows(element);
    expect(rows).to.have.length(2);
    expect(rows[0]).to.match(/: \u2068From the file\u2069$/);
    expect(rows[1]).to.match(/: \u2068Saved here\u2069$/);
  });

  it('never takes the kept count past 12 on import: the file’s left out are counted, damaged ones too, and progress reads back', async () => {
    const element = await render(plain);
    await started(element);
    await saveSnapshot(element, 'Baseline');
    for (let i = 0; i < 11; i += 1) await saveSnapshot(element);
    const snapshots = Array.from({ length: 100 }, (_, i) => ({ takenAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(), answers: {} }));
    await chooseFile(element, exportFile({ snapshots: [...snapshots, { takenAt: 'yesterday', answers: {} }] }));
    const summary = $(element, '#import-dialog').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.include('Snapshots left out: at most 12 are kept (delete some to make room, then import again)100');
    expect(summary).to.include('Damaged snapshots left out1');
    expect(summary).not.to.include('Snapshots (added to those kept here)');
    await click(element, button(element, 'Import and replace'));
    expect(snapshotRows(element)).to.have.length(12);
    expect(snapshotRows(element)[0]).to.match(/: \u2068Baseline\u2069$/);
    const reloaded = await reload(element, plain);
    expect(snapshotRows(reloaded)).to.have.length(12);
    expect(reloaded.shadowRoot!.textContent).not.to.include('could not be read');
  });

  it('adds the chosen snapshot’s column to the CSV', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    await saveSnapshot(element, 'Baseline');
    await click(element, tickBox(element, first.id));
    await choose(element, 1);
    const downloads = watchDownloads(element);
    await click(element, button(element, 'Download CSV'));
    const file = await downloads.next();
    const [header, firstRow] = file.text.replace('\uFEFF', '').split('\r\n');
    expect(header).to.match(/,Status on .+: \u2068Baseline\u2069"?$/);
    const row = ncvo.behaviours.flatMap((behaviour) => behaviour.practices).findIndex((practice) => practice.id === first.id);
    const rows = file.text.split('\r\n');
    expect(rows[row + 1]).to.match(/,In place$/);
    expect(firstRow).to.be.a('string');
  });

  it('speaks Welsh', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await click(element, tickBox(element, allPractices[0].id));
    labelField(element).value = 'Gwaelodlin';
    await click(element, $(element, '.save-snapshot-button'));
    await choose(element, 1);
    await expectAccessible(element);
    const text = $(element, '.over-time').textContent!;
    expect(text).to.include('Cynnydd dros amser');
    expect(text).not.to.include('Save a snapshot');
    expect(text).not.to.include('Compare progress with');
    expect($(element, 'label[for="compare-with"]').textContent!.trim()).to.not.equal('Compare progress with');
  });
});
