import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { engine } from '../../browser/engine.js';
import { $, allPractices, click, NCVO_KEY, noteField, reload, render, storedRecord, storeProgress, tickBox, typeDate, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const welsh = html`<collab-checklist lang="cy"></collab-checklist>`;
const [first, second] = allPractices;
const PARTS = ['day', 'month', 'year'] as const;

interface AxNode { role: string; name: string; invalid?: string; children?: AxNode[] }
const allNodes = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];

const group = (element: CollabChecklist, id = first.id) => $(element, `#due-${id}`) as HTMLFieldSetElement;
const field = (element: CollabChecklist, part: (typeof PARTS)[number], id = first.id) => $(element, `#${part}-${id}`) as HTMLInputElement;
const shown = (element: CollabChecklist, id = first.id) => PARTS.map((part) => field(element, part, id).value);
const invalid = (element: CollabChecklist, id = first.id) => PARTS.filter((part) => field(element, part, id).getAttribute('aria-invalid') === 'true');
const errorText = (element: CollabChecklist, id = first.id) => element.shadowRoot!.querySelector(`#when-error-${id}`)?.textContent?.replace(/\s+/g, ' ').trim();
const savedDue = (id = first.id) => storedRecord()?.responses[id]?.due;

/** Leaves 31 January 2027 saved as By when of the first practice, as an earlier visit would. */
function storeDate(due = '2027-01-31') {
  storeProgress({ savedAt: '2026-11-25T10:00:00.000Z', responses: { [first.id]: { level: 'not-yet', notApplicable: false, note: '', due, changedAt: '2026-11-25T09:00:00.000Z' } } });
}

describe('<collab-checklist> By when: a GOV.UK date input', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations, and is a group named "By when" with a hint and three labelled number fields: Day, Month, Year', async () => {
    const element = await render(plain);
    await noteField(element, first.id);
    await expectAccessible(element);
    const fieldset = group(element);
    expect(fieldset.localName).to.equal('fieldset');
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('By when');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(`when-hint-${first.id}`);
    expect($(element, `#when-hint-${first.id}`).textContent!.trim()).to.equal('For example, 27 3 2027');
    expect([...fieldset.querySelectorAll('input')].map((input) => input.labels?.[0].textContent?.trim())).to.deep.equal(['Day', 'Month', 'Year']);
    for (const part of PARTS) {
      const input = field(element, part);
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('numeric');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    }
    // Year is twice as wide as day and month (GOV.UK's 2, 2 and 4 characters).
    const width = (part: (typeof PARTS)[number]) => field(element, part).getBoundingClientRect().width;
    expect(width('day')).to.be.closeTo(width('month'), 0.5);
    expect(width('year')).to.be.greaterThan(width('day') * 1.4);
    // The snapshots leave groups out (a fieldset's name is its legend, checked above); its fields are in them, in order, after Who.
    const names = allNodes((await a11ySnapshot({})) as unknown as AxNode).filter((node) => node.role === 'textbox').map((node) => node.name);
    expect(names.slice(names.indexOf('Who') + 1, names.indexOf('Who') + 4)).to.deep.equal(['Day', 'Month', 'Year']);
  });

  it('is filled in from the keyboard alone, Who then Day, Month and Year, and saves the date written YYYY-MM-DD', async () => {
    const element = await render(plain);
    (await noteField(element, first.id)).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(field(element, 'day'));
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(field(element, 'year'));
    await sendKeys({ type: '2027' });
    await element.updateComplete;
    expect(savedDue(), 'nothing is saved while the date is typed').to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => savedDue() === '2027-01-31', 'the date is saved on leaving its fields');
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['31', '1', '2027']);
    expect(errorText(element)).to.equal(undefined);
  });

  it('shows a saved date in its three fields after a reload, and saves a change', async () => {
    storeDate();
    let element = await render(plain);
    expect(shown(element), 'the notes start open').to.deep.equal(['31', '1', '2027']);
    await typeDate(element, first.id, '09', '03', '2028');
    expect(savedDue()).to.equal('2028-03-09');
    expect(shown(element), 'leading zeros go once saved').to.deep.equal(['9', '3', '2028']);
    element = await reload(element, plain);
    expect(shown(element)).to.deep.equal(['9', '3', '2028']);
  });

  for (const [typed, message, marked] of [
    [['1', '3', '202666'], 'Year must include 4 numbers', ['year']],
    [['31', '2', '2027'], 'By when must be a real date', ['day']],
    [['1', '1', '1899'], 'Year must be between 1900 and 2100', ['year']],
    [['27', '', ''], 'By when must include a month and year', ['month', 'year']],
    [['1st', '3', '2027'], 'By when must be a real date', ['day']],
  ] as const) {
    it(`says "${message}" in place for ${typed.join(' ')}, marks ${marked.join(' and ')}, and never deletes the date saved`, async () => {
      storeDate();
      const element = await render(plain);
      const status = $(element, '[role="status"]');
      await typeDate(element, first.id, typed[0], typed[1], typed[2]);
      const error = `Error: ${message}. 31 January 2027 stays saved until you correct it.`;
      expect(errorText(element)).to.equal(error);
      expect($(element, `#when-error-${first.id} .visually-hidden`).textContent).to.equal('Error:');
      expect(invalid(element)).to.deep.equal(marked);
      expect(group(element).getAttribute('aria-describedby')).to.equal(`when-hint-${first.id} when-error-${first.id}`);
      expect(group(element).classList.contains('has-error'), 'the bar beside the group: not colour alone').to.equal(true);
      expect(savedDue(), 'the saved date is kept').to.equal('2027-01-31');
      expect(shown(element), 'what was typed stays').to.deep.equal([...typed]);
      // Said, since focus has moved on by the time it shows.
      await waitUntil(() => status.textContent?.includes(message), 'the error is announced');
      await expectAccessible(element);
      // The group's description, as assistive technology gets it: hint, then error.
      const described = group(element).getAttribute('aria-describedby')!.split(' ').map((id) => $(element, `#${id}`).textContent!.replace(/\s+/g, ' ').trim());
      expect(described.join(' ')).to.equal(`For example, 27 3 2027 ${error}`);
      const fields = allNodes((await a11ySnapshot({})) as unknown as AxNode).filter((node) => node.role === 'textbox' && PARTS.some((part) => node.name === part[0].toUpperCase() + part.slice(1)));
      // Only Chromium's snapshot carries aria-invalid; the attribute itself is checked above in every engine.
      if (engine === 'chromium') expect(fields.filter((node) => node.invalid === 'true').map((node) => node.name.toLowerCase())).to.deep.equal([...marked]);
    });
  }

  it('keeps the typed parts and the error through a redraw, and the saved date through a reload', async () => {
    storeDate();
    let element = await render(plain);
    await typeDate(element, first.id, '1', '3', '202666');
    await click(element, tickBox(element, second.id));
    element.requestUpdate();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['1', '3', '202666']);
    expect(errorText(element)).to.match(/^Error: Year must include 4 numbers/);
    element = await reload(element, plain);
    expect(shown(element)).to.deep.equal(['31', '1', '2027']);
    expect(savedDue()).to.equal('2027-01-31');
  });

  it('takes the error away as soon as the date is whole and real, and saves it on leaving', async () => {
    storeDate();
    const element = await render(plain);
    await typeDate(element, first.id, '31', '2', '2027');
    const day = field(element, 'day');
    day.focus();
    day.value = '28';
    day.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    expect(errorText(element)).to.equal(undefined);
    expect(invalid(element)).to.deep.equal([]);
    expect(savedDue(), 'not while typing').to.equal('2027-01-31');
    day.blur();
    await element.updateComplete;
    expect(savedDue()).to.equal('2027-02-28');
  });

  it('removes the date only when all three parts are cleared', async () => {
    storeDate();
    const element = await render(plain);
    await typeDate(element, first.id, '', '', '2027');
    expect(savedDue(), 'a partial date keeps the saved one').to.equal('2027-01-31');
    await typeDate(element, first.id, '', '', '');
    expect(savedDue()).to.equal(undefined);
    expect(errorText(element)).to.equal(undefined);
    expect(shown(element)).to.deep.equal(['', '', '']);
  });

  it('is in Welsh in a Welsh widget: Diwrnod, Mis, Blwyddyn in that order, the hint, and the errors', async () => {
    storeDate();
    const element = await render(welsh);
    expect(group(element).querySelector('legend')!.textContent!.trim()).to.equal('Erbyn pryd');
    expect([...group(element).querySelectorAll('input')].map((input) => input.labels?.[0].textContent?.trim())).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
    expect([...group(element).querySelectorAll('input')].map((input) => input.id)).to.deep.equal(PARTS.map((part) => `${part}-${first.id}`));
    expect($(element, `#when-hint-${first.id}`).textContent!.trim()).to.equal('Er enghraifft, 27 3 2027');
    await typeDate(element, first.id, '1', '1', '1899');
    expect(errorText(element)).to.match(/^Gwall: Rhaid i'r flwyddyn fod rhwng 1900 a 2100\. Mae .+ 2027 yn dal wedi'i gadw nes i chi gywiro hyn\.$/);
    await expectAccessible(element);
  });
});

/** Another tab saves `due` as By when of the first practice: storage changes, and this page hears of it, as a real second tab does. */
function otherTabSets(due: string) {
  const record = JSON.parse(localStorage.getItem(NCVO_KEY)!);
  record.savedAt = '2030-01-01T00:00:00.000Z';
  record.responses[first.id] = { ...record.responses[first.id], due, changedAt: '2030-01-01T00:00:00.000Z' };
  const newValue = JSON.stringify(record);
  localStorage.setItem(NCVO_KEY, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: NCVO_KEY, newValue, storageArea: localStorage }));
}

describe('<collab-checklist> By when changed in another tab while the person is in it', () => {
  beforeEach(() => localStorage.clear());

  it('never rewrites the fields under the person, and saves what they leave showing', async () => {
    storeDate();
    const element = await render(plain);
    // In the month field: another tab's date must not change the day or year beside it either.
    field(element, 'month').focus();
    otherTabSets('2027-06-30');
    await element.updateComplete;
    expect(shown(element), 'what is shown stays').to.deep.equal(['31', '1', '2027']);
    expect(savedDue()).to.equal('2027-06-30');
    field(element, 'month').blur();
    await waitUntil(() => savedDue() === '2027-01-31', 'what was shown is saved on leaving');
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['31', '1', '2027']);
  });

  it('keeps an unfinished entry on screen and names the date the other tab saved', async () => {
    storeDate();
    const element = await render(plain);
    await typeDate(element, first.id, '31', '2', '2027');
    otherTabSets('2027-06-30');
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['31', '2', '2027']);
    expect(errorText(element)).to.equal('Error: By when must be a real date. 30 June 2027 stays saved until you correct it.');
    expect(savedDue()).to.equal('2027-06-30');
  });

  it('follows the other tab while the person is not in it', async () => {
    storeDate();
    const element = await render(plain);
    otherTabSets('2027-06-30');
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['30', '6', '2027']);
  });
});
