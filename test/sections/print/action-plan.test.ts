import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { printedReport, reportIn } from './printed-report.js';
import { $, allPractices, NCVO_KEY, noteField, reload, render, storedRecord, storeProgress, typeDate, typeInto, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second] = allPractices;
const ownerField = (element: CollabChecklist, id: string) => $(element, `#owner-${id}`) as HTMLInputElement;
const dueGroup = (element: CollabChecklist, id: string) => $(element, `#due-${id}`);
const dueShown = (element: CollabChecklist, id: string) => ['day', 'month', 'year'].map((part) => ($(element, `#${part}-${id}`) as HTMLInputElement).value).join(' ');

const fill = typeInto;

describe('<collab-checklist> action plan: Who and By when', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a next step open, and names its fields "Who" and "By when" (a group of Day, Month, Year) inside the practice\'s group', async () => {
    const element = await render(plain);
    await noteField(element, first.id);
    await expectAccessible(element);
    const owner = ownerField(element, first.id);
    expect(owner.labels?.[0].textContent?.trim()).to.equal('Who');
    expect(dueGroup(element, first.id).querySelector('legend')?.textContent?.trim()).to.equal('By when');
    expect(owner.closest('[role="group"]')?.getAttribute('aria-labelledby')).to.equal(`text-${first.id}`);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include('"name":"Who"');
  });

  it('saves Who and By when as they are changed, and shows them, open, after a reload', async () => {
    let element = await render(plain);
    await noteField(element, second.id);
    await fill(element, ownerField(element, second.id), '  Siân Gwŷn  ');
    await typeDate(element, second.id, '31', '1', '2027');
    expect(storedRecord().responses[second.id]).to.include({ owner: 'Siân Gwŷn', due: '2027-01-31', note: '' });
    element = await reload(element, plain);
    expect(ownerField(element, second.id).value, 'the notes start open').to.equal('Siân Gwŷn');
    expect(dueShown(element, second.id)).to.equal('31 1 2027');
    expect($(element, `#practice-${second.id}`).closest('li')!.querySelector('summary')!.textContent!.trim()).to.equal('Notes (added)');
    // Emptied, they are taken away.
    await fill(element, ownerField(element, second.id), ' ');
    await typeDate(element, second.id, '', '', '');
    expect(Object.keys(JSON.parse(localStorage.getItem(NCVO_KEY)!).responses[second.id])).to.have.members(['level', 'notApplicable', 'note', 'changedAt']);
  });

  it('is reached from the keyboard after the note, and saves Who as it is typed, spaces and all on screen', async () => {
    const element = await render(plain);
    const note = await noteField(element, first.id);
    note.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(ownerField(element, first.id));
    await sendKeys({ type: 'Board ' });
    // Saved before the field is left, so closing the tab now loses nothing; the space typed stays on screen.
    await waitUntil(() => storedRecord()?.responses[first.id]?.owner === 'Board', 'the name is saved as it is typed');
    await element.updateComplete;
    expect(ownerField(element, first.id).value).to.equal('Board ');
    await sendKeys({ type: 'chair' });
    await waitUntil(() => storedRecord()?.responses[first.id]?.owner === 'Board chair', 'the rest is saved too');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal($(element, `#day-${first.id}`));
  });

  it('never rewrites a field the person is in: another tab’s Who waits, and what they leave showing is saved', async () => {
    const here = await render(plain);
    const there = await render(plain);
    await noteField(here, first.id);
    await noteField(there, first.id);
    const mine = ownerField(here, first.id);
    mine.focus();
    mine.value = 'Siân from here';
    mine.dispatchEvent(new Event('input', { bubbles: true }));
    await typeInto(there, ownerField(there, first.id), 'Bob');
    await here.updateComplete;
    expect(mine.value, 'what is being typed stays').to.equal('Siân from here');
    mine.blur();
    await waitUntil(() => storedRecord()?.responses[first.id]?.owner === 'Siân from here', 'what was shown is saved on leaving');
    await there.updateComplete;
    expect(ownerField(there, first.id).value).to.equal('Siân from here');
  });

  it('keeps an organisation name, trimmed, in the profile, through a reload and into the export file', async () => {
    let element = await render(plain);
    const field = $(element, '#organisation-name') as HTMLInputElement;
    expect(field.labels?.[0].textContent?.trim()).to.equal('Organisation name (optional)');
    expect(field.getAttribute('aria-describedby')).to.equal('organisation-name-hint');
    await fill(element, field, ' Cymdeithas Tai Gwŷr ');
    expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).profile.organisation).to.equal('Cymdeithas Tai Gwŷr');
    element = await reload(element, plain);
    expect(($(element, '#organisation-name') as HTMLInputElement).value).to.equal('Cymdeithas Tai Gwŷr');
  });

  it('labels the fields in Welsh', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await noteField(element, first.id);
    expect(ownerField(element, first.id).labels?.[0].textContent?.trim()).to.equal('Pwy');
    expect(dueGroup(element, first.id).querySelector('legend')?.textContent?.trim()).to.equal('Erbyn pryd');
    expect(($(element, '#organisation-name') as HTMLInputElement).labels?.[0].textContent?.trim()).to.equal("Enw'r sefydliad (dewisol)");
    expect([...element.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.include('Argraffu cynllun');
    await expectAccessible(element);
  });
});

describe('<collab-checklist> action plan: Print and Print a plan agree', () => {
  beforeEach(() => localStorage.clear());

  const t = '2026-11-25T09:30:00.000Z';
  const answer = (fields: object) => ({ level: 'not-yet', notApplicable: false, note: '', changedAt: t, ...fields });
  const button = (element: CollabChecklist, name: string) => [...element.shadowRoot!.querySelectorAll('.actions button')].find((each) => each.textContent!.trim() === name) as HTMLButtonElement;
  /** Each printed plan table: its caption, then each row's cells as text. */
  const printedPlan = (plan: HTMLElement) =>
    [...plan.querySelectorAll('table')].map((table) => [
      table.querySelector('caption')!.textContent!.trim(),
      ...[...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' | ')),
    ]);

  it('has no axe violations; both print the same actions, in a table with status in words', async () => {
    const [a, b, c, d, e] = allPractices;
    storeProgress({
      savedAt: t,
      responses: {
        [a.id]: answer({ level: 'in-place', owner: 'Board', due: '2001-02-01' }),
        [b.id]: answer({ owner: 'Siân', due: '2001-03-01' }),
        [c.id]: answer({ due: '2999-01-01' }),
        [d.id]: answer({ note: 'Ask the CVS' }),
        [e.id]: answer({ level: 'in-place', note: 'Evidence only' }),
      },
    });
    const element = await render(plain);
    await expectAccessible(element);
    const fromPrint = printedPlan(reportIn(await printedReport(() => button(element, 'Print').click())).querySelector<HTMLElement>('.print-summary .print-plan')!);
    const planReport = reportIn(await printedReport(() => button(element, 'Print a plan').click()));
    const plans = [...planReport.querySelectorAll<HTMLElement>('.print-plan')];
    expect(plans, 'the plan is printed once, before the record').to.have.length(1);
    expect(plans[0].closest('.print-summary')).to.equal(null);
    const fromPlan = printedPlan(plans[0]);
    expect(fromPlan).to.deep.equal(fromPrint);
    const headers = [...plans[0].querySelectorAll('table')].map((table) => [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim()));
    expect(headers).to.deep.equal([
      ['Action', 'Who', 'By when', 'Status'],
      ['Action', 'Who', 'By when', 'Status'],
    ]);
    const [agreed, toAgree] = fromPlan;
    expect(agreed[0]).to.equal('Agreed actions');
    expect(agreed.slice(1).map((row) => row.split(' | ').slice(1))).to.deep.equal([
      ['Siân', '1 March 2001', 'Overdue'],
      ['', '1 January 2999', 'Not yet'],
      ['Board', '1 February 2001', 'Done'],
    ]);
    expect(toAgree[0]).to.equal('Next steps to agree');
    expect(toAgree[1]).to.include(d.text).and.include('Ask the CVS').and.include('Not yet');
    expect(fromPlan.flat().join(' '), 'evidence on a practice in place is not an action').to.not.include(e.text);
    // The count below the plan is the same too, and in block flow after it.
    const counts = [...planReport.querySelectorAll('.print-plan .plan-count')].map((line) => line.textContent);
    expect(counts).to.have.length(1);
    expect(counts[0]).to.match(/^\d+ other practices not yet in place have no next step written\.$/);
  });
});
