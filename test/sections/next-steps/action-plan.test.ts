import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, click, noteField, render, storeProgress, tickBox, typeInto } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second, third, fourth, fifth, sixth] = allPractices;
const t = '2026-11-25T09:30:00.000Z';
const answer = (fields: object) => ({ level: 'not-yet', notApplicable: false, note: '', changedAt: t, ...fields });

/** Far from today either way, so no test depends on the day it runs. */
const PAST = '2001-01-15';
const FUTURE = '2999-06-30';

/** An overdue step, a dated one, one with a Who only, one in place, a note only, and one set aside. */
function storeSteps(): void {
  storeProgress({
    savedAt: t,
    responses: {
      [first.id]: answer({ level: 'in-place', owner: 'Board', due: PAST, note: 'Policy adopted' }),
      [second.id]: answer({ owner: 'Siân', due: PAST, note: 'Map partners' }),
      [third.id]: answer({ owner: 'Trustees', due: FUTURE }),
      [fourth.id]: answer({ owner: 'Gwŷn' }),
      [fifth.id]: answer({ note: 'Ask the CVS' }),
      [sixth.id]: answer({ notApplicable: true, owner: 'Nobody' }),
    },
  });
}

const tables = (element: CollabChecklist) => $$(element, '.next-steps table');
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim()));
const textOf = (id: string) => allPractices.find((practice) => practice.id === id)!.text;

describe('<collab-checklist> action plan on screen', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations; is a named section of two tables with captions, column headers and status in words', async () => {
    storeSteps();
    const element = await render(plain);
    await expectAccessible(element);
    const section = $(element, '.next-steps');
    expect(section.getAttribute('aria-labelledby')).to.equal('next-steps-title');
    expect($(element, '#next-steps-title').textContent!.trim()).to.equal('Action plan');
    expect(tables(element).map((table) => table.querySelector('caption')!.textContent!.trim())).to.deep.equal(['Agreed actions', 'Next steps to agree']);
    for (const table of tables(element)) {
      const headers = [...table.querySelectorAll('thead th')];
      expect(headers.map((th) => th.textContent!.trim())).to.deep.equal(['Action', 'Who', 'By when', 'Status']);
      for (const th of headers) expect(th.getAttribute('scope')).to.equal('col');
    }
    // Each engine's tree has the region and the tables, named by their captions (WebKit names no cells, so the words in them are checked below).
    type Node = { role: string; name: string; children?: Node[] };
    const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)];
    const nodes = walk((await a11ySnapshot({})) as unknown as Node);
    // Engines differ in which nodes they keep (Chromium's snapshot keeps a table's caption as text): the names are there in each.
    const names = nodes.map((node) => node.name);
    expect(names).to.include.members(['Action plan', 'Agreed actions', 'Next steps to agree']);
    const statuses = [...section.querySelectorAll('tbody td:last-child')].map((cell) => cell.textContent!.trim());
    expect(statuses).to.include('Overdue').and.include('Done').and.include('Not yet');
  });

  it('lists agreed actions open first by date, then done; in-place is Done, a passed date is Overdue; notes and suggestions are still to agree', async () => {
    storeSteps();
    const element = await render(plain);
    const [agreed, toAgree] = tables(element).map(rowsOf);
    expect(agreed.map((row) => row.slice(1))).to.deep.equal([
      ['Siân', '15 January 2001', 'Overdue'],
      ['Trustees', '30 June 2999', 'Not yet'],
      ['Gwŷn', '', 'Not yet'],
      ['Board', '15 January 2001', 'Done'],
    ]);
    expect(agreed[0][0]).to.include(textOf(second.id)).and.include('Map partners');
    expect(agreed[3][0], 'a practice in place is Done, whatever its date').to.include(textOf(first.id));
    expect(agreed.flat().join(' '), 'nothing set aside').to.not.include('Nobody');
    expect(toAgree[0][0]).to.include(textOf(fifth.id)).and.include('Ask the CVS');
    expect(toAgree.every((row) => row[3] === 'Not yet')).to.equal(true);
    expect($(element, '.next-steps .plan-count').textContent).to.match(/^\d+ other practices not yet in place have no next step written\.$/);
  });

  it('frames suggestions for "your organisation", keeps the framework’s words, and never suggests a practice with a next step', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, allPractices[10].id));
    const suggested = () => $$(element, '.next-steps tr.plan-suggested');
    expect(suggested()).to.have.length(3);
    for (const row of suggested()) {
      expect(row.querySelector('.plan-lead')!.textContent).to.equal('For your organisation to consider:');
      const id = allPractices.find((practice) => practice.text === row.querySelector('.next-step-text')!.textContent)?.id;
      expect(id, 'the framework’s own text, unchanged').to.be.a('string');
    }
    const taken = suggested()[0].querySelector('.next-step-text')!.textContent!;
    const takenId = allPractices.find((practice) => practice.text === taken)!.id;
    await noteField(element, takenId);
    await typeInto(element, $(element, `#owner-${takenId}`) as HTMLInputElement, 'Siân');
    expect(suggested(), 'still three suggestions').to.have.length(3);
    expect(suggested().map((row) => row.querySelector('.next-step-text')!.textContent), 'not suggested again').to.not.include(taken);
    const [agreed] = tables(element).map(rowsOf);
    expect(agreed).to.have.length(1);
    expect(agreed[0][0]).to.include(taken);
    expect(agreed[0][1]).to.equal('Siân');
  });

  it('speaks Welsh, dates included', async () => {
    storeSteps();
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await expectAccessible(element);
    expect($(element, '#next-steps-title').textContent!.trim()).to.equal('Cynllun gweithredu');
    const [agreed] = tables(element);
    expect([...agreed.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Cam gweithredu', 'Pwy', 'Erbyn pryd', 'Statws']);
    expect(rowsOf(agreed)[0].slice(1)).to.deep.equal(['Siân', '15 Ionawr 2001', 'Yn hwyr']);
    expect(rowsOf(agreed)[3][3]).to.equal("Wedi'i wneud");
  });
});
