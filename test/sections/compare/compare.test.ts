import { expect, html } from '@open-wc/testing';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, chooseCompareFiles, typeInto, NCVO_KEY, render, tickBox, waitUntil, watchDownloads } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, third] = allPractices;

const button = (element: CollabChecklist, label: string) =>
  $$(element, 'button').find((each) => each.textContent!.trim() === label) as HTMLButtonElement;

/** An export file as a colleague's browser would write it. */
function exportFile(name: string | undefined, responses: Record<string, { level: string; notApplicable: boolean }>): string {
  return JSON.stringify({
    format: 'collab-checklist-export',
    formatVersion: 1,
    exportedAt: '2026-11-25T09:30:00.000Z',
    framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
    ...(name === undefined ? {} : { profile: { filledInBy: name, changedAt: '2026-11-25T09:00:00.000Z' } }),
    responses: Object.fromEntries(Object.entries(responses).map(([id, answer]) => [id, { ...answer, note: '', changedAt: '2026-11-25T09:10:00.000Z' }])),
  });
}

const inPlace = { level: 'in-place', notApplicable: false };
const notApplicable = { level: 'not-yet', notApplicable: true };

async function chooseFiles(element: CollabChecklist, files: File[]): Promise<void> {
  chooseCompareFiles(element, files);
  await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
}

const json = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const siân = () => json(exportFile('Siân', { [first.id]: inPlace, [second.id]: inPlace }), 'sian.json');
const gwŷn = () => json(exportFile(undefined, { [first.id]: inPlace, [third.id]: notApplicable }), 'gwyn-answers.json');

describe('<collab-checklist> comparing colleagues’ answers', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations, before and with a comparison and a refused file shown', async () => {
    const element = await render(plain);
    await expectAccessible(element);
    await chooseFiles(element, [siân(), gwŷn(), json('not json', 'notes.txt')]);
    await expectAccessible(element);
  });

  it('names the Compare button and the name field plainly', async () => {
    const element = await render(plain);
    expect(button(element, 'Compare answers')).to.be.instanceOf(HTMLButtonElement);
    const field = $(element, '#your-name') as HTMLInputElement;
    expect(element.shadowRoot!.querySelector('label[for="your-name"]')!.textContent!.trim()).to.equal('Your name (optional)');
    expect(field.getAttribute('aria-describedby')).to.equal('your-name-hint');
  });

  it('shows the counts per practice and behaviour and the discussion list, naming each file, and focuses the comparison', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    expect(element.shadowRoot!.activeElement?.id).to.equal('comparison-title');
    expect($$(element, '.comparison-people li').map((each) => each.textContent)).to.deep.equal(['Siân', 'gwyn-answers.json']);
    const discussed = $$(element, '.discussion-list > li').map((each) => each.textContent!);
    expect(discussed).to.have.length(2);
    expect(discussed[0]).to.include(second.text).and.include('Siân: In place').and.include('gwyn-answers.json: Not answered');
    expect(discussed[1]).to.include(third.text).and.include('gwyn-answers.json: Not applicable');
    const table = $$(element, '.comparison-table')[0];
    expect(table.querySelector('caption')!.textContent).to.equal(ncvo.behaviours[0].title);
    const firstRow = [...table.querySelectorAll('tbody tr')][0];
    expect(firstRow.querySelector('th')!.textContent).to.equal(first.text);
    expect([...firstRow.querySelectorAll('td')].map((cell) => cell.textContent)).to.deep.equal(['2', '0', '0', '0']);
  });

  it('never changes the person’s own answers or saved progress', async () => {
    const element = await render(plain);
    tickBox(element, third.id).click();
    await element.updateComplete;
    const saved = localStorage.getItem(NCVO_KEY);
    await chooseFiles(element, [siân(), gwŷn()]);
    expect(localStorage.getItem(NCVO_KEY)).to.equal(saved);
    expect(tickBox(element, first.id).checked).to.equal(false);
    expect(tickBox(element, third.id).checked).to.equal(true);
  });

  it('names a bad file with a clear message and still compares the others', async () => {
    const element = await render(plain);
    const other = JSON.stringify({ ...JSON.parse(exportFile('Ann', {})), framework: { id: 'other-checklist', version: '1', title: 'Another checklist' } });
    await chooseFiles(element, [siân(), json('{"format":"collab-checklist-export","formatVersion":9}', 'future.json'), json(other, 'other.json')]);
    // File names are isolated (FSI…PDI) so a right-to-left name cannot turn the sentence around.
    const alerts = $$(element, '.comparison [role="alert"]').map((each) => each.textContent!.replace(/\s+/g, ' ').replace(/[\u2068\u2069]/g, ''));
    expect(alerts[0]).to.include('“future.json” could not be compared').and.include('newer version');
    expect(alerts[1]).to.include('“other.json” could not be compared').and.include('Another checklist');
    expect($$(element, '.comparison-people li').map((each) => each.textContent)).to.deep.equal(['Siân']);
  });

  it('downloads the comparison as a spreadsheet with each person’s answers, and closes, giving focus back to Compare', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    const downloads = watchDownloads(element);
    button(element, 'Download comparison (CSV)').click();
    const csv = await downloads.next();
    expect(csv.name).to.match(/^putting-collaboration-into-practice-\d{4}-\d{2}-\d{2}-compared\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).to.equal('\uFEFFBehaviour,Practice,In place,Not yet,Not applicable,Not answered,Answers differ,Siân,gwyn-answers.json');
    expect(lines[1]).to.include(',2,0,0,0,No,In place,In place');
    button(element, 'Close comparison').click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement === button(element, 'Compare answers'), 'focus is back on Compare answers');
    expect(element.shadowRoot!.querySelector('.comparison')).to.equal(null);
  });

  it('puts the name a person gives into the files they export', async () => {
    const element = await render(plain);
    const field = $(element, '#your-name') as HTMLInputElement;
    await typeInto(element, field, '  Siân  ');
    const downloads = watchDownloads(element);
    button(element, 'Export').click();
    expect(JSON.parse((await downloads.next()).text).profile.filledInBy).to.equal('Siân');
  });

  it('shows the latest choice of files when an earlier one finishes reading after it', async () => {
    const element = await render(plain);
    // A file whose reading is held until the test lets it go: a large file on a slow disk.
    const held = json(exportFile('Held back', {}), 'held.json');
    const text = await held.text();
    let release = () => {};
    held.text = () => new Promise<string>((resolve) => (release = () => resolve(text)));
    chooseCompareFiles(element, [held]);
    await chooseFiles(element, [siân()]);
    release();
    // Everything the earlier choice would do once read: a task, then the redraw.
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect($$(element, '.comparison-people li').map((each) => each.textContent)).to.deep.equal(['Siân']);
  });

  it('keeps a right-to-left name or a stray direction mark in a file from turning the text beside it around', async () => {
    const element = await render(plain);
    await chooseFiles(element, [json(exportFile('\u202eEvil', { [first.id]: inPlace }), 'evil.json'), siân()]);
    const names = $$(element, '.comparison-people li');
    expect(names.map((each) => each.firstElementChild?.localName), 'each name is isolated').to.deep.equal(['bdi', 'bdi']);
    const answerLines = $$(element, '.comparison-answers li');
    expect(answerLines.every((line) => line.firstElementChild?.localName === 'bdi')).to.equal(true);
  });
});
