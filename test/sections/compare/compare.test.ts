import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { engine } from '../../browser/engine.js';
import { $, $$, allPractices, chooseCompareFiles, typeInto, NCVO_KEY, render, tickBox, waitUntil, watchDownloads } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, third] = allPractices;

const button = (element: CollabChecklist, label: string) =>
  $$(element, 'button').find((each) => each.textContent!.trim() === label) as HTMLButtonElement;

interface Answer {
  readonly level: string;
  readonly notApplicable: boolean;
  readonly note?: string;
  readonly owner?: string;
  readonly due?: string;
}

/** An export file as a colleague's browser would write it. */
function exportFile(name: string | undefined, responses: Record<string, Answer>, about: object = {}): string {
  const profile = { ...(name === undefined ? {} : { filledInBy: name }), ...about };
  return JSON.stringify({
    format: 'collab-checklist-export',
    formatVersion: 1,
    exportedAt: '2026-11-25T09:30:00.000Z',
    framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title },
    ...(Object.keys(profile).length === 0 ? {} : { profile: { ...profile, changedAt: '2026-11-25T09:00:00.000Z' } }),
    responses: Object.fromEntries(Object.entries(responses).map(([id, answer]) => [id, { note: '', ...answer, changedAt: '2026-11-25T09:10:00.000Z' }])),
  });
}

interface AXNode {
  role: string;
  name: string;
  children?: AXNode[];
}

const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];

const inPlace = { level: 'in-place', notApplicable: false };
const notApplicable = { level: 'not-yet', notApplicable: true };

async function chooseFiles(element: CollabChecklist, files: File[]): Promise<void> {
  chooseCompareFiles(element, files);
  await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
}

const json = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const siân = () =>
  json(
    exportFile('Siân', { [first.id]: inPlace, [second.id]: { ...inPlace, note: '=HYPERLINK("http://evil.example")\nAgreed at the May board', owner: 'Finance team', due: '2027-01-31' } }, { organisation: 'Cymorth Cymru', size: 'small' }),
    'sian.json',
  );
const gwŷn = () => json(exportFile(undefined, { [first.id]: inPlace, [third.id]: notApplicable }, { organisation: 'Cymorth Cymru', size: 'medium' }), 'gwyn-answers.json');
const matrix = (element: CollabChecklist) => $(element, '.comparison-matrix') as HTMLTableElement;
/** A row of the matrix by its practice, as the words in each cell. */
const rowOf = (element: CollabChecklist, practiceText: string) => {
  const row = [...matrix(element).rows].find((each) => each.cells[0].getAttribute('scope') === 'row' && each.cells[0].textContent!.trim() === practiceText)!;
  return [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
};

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

  it('shows one table of practices by person, grouped by behaviour, with each answer, score, note, Who and By when in words, and focuses the comparison', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    expect(element.shadowRoot!.activeElement?.id).to.equal('comparison-title');
    // One table for every practice: no list item per answer.
    expect($$(element, '.comparison li')).to.have.length(2);
    expect($$(element, '.comparison-matrix')).to.have.length(1);
    const table = matrix(element);
    expect(table.caption!.textContent).to.equal('Answers by practice and person');
    expect([...table.tHead!.rows[0].cells].map((cell) => [cell.localName, cell.getAttribute('scope'), cell.textContent!.trim()])).to.deep.equal([
      ['th', 'col', 'Practice'],
      ['th', 'col', 'Siân'],
      ['th', 'col', 'gwyn-answers.json'],
      ['th', 'col', 'All agree'],
      ['th', 'col', 'Agreed answer'],
    ]);
    const groups = [...table.tBodies].slice(1).map((body) => body.rows[0].cells[0]);
    expect(groups.map((cell) => [cell.getAttribute('scope'), cell.textContent])).to.deep.equal(ncvo.behaviours.map((behaviour) => ['rowgroup', behaviour.title]));
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(allPractices.length + 1);
    expect(rowOf(element, first.text).slice(1, 4)).to.deep.equal(['In place', 'In place', 'All agree']);
    const [, siânSays, gwŷnSays, agree] = rowOf(element, second.text);
    expect(siânSays).to.equal('In place =HYPERLINK("http://evil.example") Agreed at the May board Who: Finance team By when: 31 January 2027');
    expect(gwŷnSays).to.equal('Not answered');
    expect(agree).to.equal('Differ');
    // N/A reads in full to a screen reader.
    expect(rowOf(element, third.text).slice(1, 3)).to.deep.equal(['Not answered', 'N/ANot applicable']);
    expect(rowOf(element, 'Score').slice(1, 3)).to.deep.equal(['8% 2 of 25 practices in place', '3% 1 of 29 practices in place']);
  });

  it('is a table a screen reader can walk: caption, column headers for people, row headers for practices, in a labelled scrolling region', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    await expectAccessible(element);
    // The whole tree: puppeteer's usual snapshot keeps only a table's text, not the table.
    const nodes = allNodes((await executeServerCommand('a11y-full-snapshot')) as AXNode);
    const comparison = nodes.find((node) => node.role === 'region' && node.name === 'Answers compared')!;
    const table = allNodes(comparison).find((node) => node.role === 'table' && node.name === 'Answers by practice and person')!;
    const inTable = (role: string) => allNodes(table).filter((node) => node.role === role).map((node) => node.name);
    // Each practice is a row header, and so are the score row and each behaviour's heading row.
    expect(inTable('columnheader')).to.have.length(5);
    expect(inTable('rowheader')).to.have.length(1 + ncvo.behaviours.length + allPractices.length);
    // Each row's cells: two people, All agree and Agreed answer; a behaviour's row has its Agreed answer cell.
    expect(inTable('cell')).to.have.length((1 + allPractices.length) * 4 + ncvo.behaviours.length);
    // WebDriver's Get Computed Label names no table cell in WebKit (its tree still has them, with their text).
    if (engine !== 'webkit') {
      expect(inTable('cell')).to.include('All agree').and.include('Differ');
      expect(inTable('columnheader')).to.deep.equal(['Practice', 'Siân', 'gwyn-answers.json', 'All agree', 'Agreed answer']);
      expect(inTable('rowheader')).to.include.members([first.text, second.text, 'Score', ...ncvo.behaviours.map((behaviour) => behaviour.title)]);
    }
    expect(inTable('row')).to.have.length(1 + 1 + ncvo.behaviours.length + allPractices.length);
    expect(inTable('button')).to.include(`Use In place for ${second.text}`);
    expect(allNodes(comparison).some((node) => node.role === 'table' && node.name === 'About the organisation, as each person described it')).to.equal(true);
    // Two list items (the files), where there were about 110.
    expect(allNodes(comparison).filter((node) => node.role === 'listitem')).to.have.length(2);
    const region = $(element, '.comparison-scroll:has(.comparison-matrix)');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Answers by practice and person');
  });

  it('lays each person’s answers about the organisation side by side and flags the difference in words', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    expect($(element, '.comparison-flag').textContent).to.include('People described the organisation differently');
    const rows = [...($(element, '.comparison-profile') as HTMLTableElement).tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['Organisation name', 'Cymorth Cymru', 'Cymorth Cymru', 'Same']);
    expect(rows[1]).to.deep.equal(['Annual income', '£10,000 to £100,000 (small)', '£100,000 to £1 million (medium)', 'Different']);
    expect(rows[2]).to.deep.equal(['In partnerships, your organisation usually…', 'Not answered', 'Not answered', 'Same']);
  });

  it('lists each file compared with the day it was exported', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    const files = $$(element, '.comparison-people li').map((each) => each.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(files).to.deep.equal(['Siân: sian.json, exported 25 November 2026', 'gwyn-answers.json, exported 25 November 2026']);
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
    expect($$(element, '.comparison-people bdi').map((each) => each.textContent)).to.deep.equal(['Siân']);
  });

  it('downloads the comparison as a spreadsheet with each person’s answers, and closes, giving focus back to Compare', async () => {
    const element = await render(plain);
    await chooseFiles(element, [siân(), gwŷn()]);
    const downloads = watchDownloads(element);
    button(element, 'Download comparison (CSV)').click();
    const csv = await downloads.next();
    expect(csv.name).to.match(/^putting-collaboration-into-practice-\d{4}-\d{2}-\d{2}-compared\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).to.equal(
      '\uFEFFBehaviour,Practice,In place,Not yet,Not applicable,Not answered,Answers differ,Siân,gwyn-answers.json,' +
        'Siân: notes,Siân: who,Siân: by when,gwyn-answers.json: notes,gwyn-answers.json: who,gwyn-answers.json: by when',
    );
    expect(lines[1]).to.include(',2,0,0,0,No,In place,In place,,,,,,');
    // A colleague's note stays text in a spreadsheet.
    expect(csv.text).to.include(`,In place,Not answered,"'=HYPERLINK(""http://evil.example"")\nAgreed at the May board",Finance team,2027-01-31,,,\r\n`);
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
    expect($$(element, '.comparison-people bdi').map((each) => each.textContent)).to.deep.equal(['Siân']);
  });

  it('keeps a right-to-left name or a stray direction mark in a file from turning the text beside it around', async () => {
    const element = await render(plain);
    await chooseFiles(element, [json(exportFile('\u202eEvil', { [first.id]: inPlace }), 'evil.json'), siân()]);
    const names = $$(element, '.comparison-people li');
    expect(names.map((each) => each.firstElementChild?.localName), 'each name is isolated').to.deep.equal(['bdi', 'bdi']);
    const headers = [...matrix(element).tHead!.rows[0].cells].slice(1, 3);
    expect(headers.map((cell) => cell.firstElementChild?.localName)).to.deep.equal(['bdi', 'bdi']);
  });
});
