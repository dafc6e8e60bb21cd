import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { CollabChecklist } from '../../src/index.js';
import { $, allPractices, NCVO_KEY, noteField, reload, render, storedRecord, waitUntil } from './helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second] = allPractices;
const ownerField = (element: CollabChecklist, id: string) => $(element, `#owner-${id}`) as HTMLInputElement;
const dueField = (element: CollabChecklist, id: string) => $(element, `#due-${id}`) as HTMLInputElement;

/** Fills a field as a person leaving it would: the value, then `change`. */
async function fill(element: CollabChecklist, field: HTMLInputElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

describe('<collab-checklist> action plan: Who and By when', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a next step open, and names its fields "Who" and "By when" inside the practice\'s group', async () => {
    const element = await render(plain);
    await noteField(element, first.id);
    await expect(element).to.be.accessible();
    const owner = ownerField(element, first.id);
    const due = dueField(element, first.id);
    expect(due.type).to.equal('date');
    expect(owner.labels?.[0].textContent?.trim()).to.equal('Who');
    expect(due.labels?.[0].textContent?.trim()).to.equal('By when');
    expect(owner.closest('[role="group"]')?.getAttribute('aria-labelledby')).to.equal(`text-${first.id}`);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).to.include('"name":"Who"');
    expect(snapshot).to.include('"name":"By when"');
  });

  it('saves Who and By when as they are changed, and shows them, open, after a reload', async () => {
    let element = await render(plain);
    await noteField(element, second.id);
    await fill(element, ownerField(element, second.id), '  Siân Gwŷn  ');
    await fill(element, dueField(element, second.id), '2027-01-31');
    expect(storedRecord().responses[second.id]).to.include({ owner: 'Siân Gwŷn', due: '2027-01-31', note: '' });
    element = await reload(element, plain);
    expect(ownerField(element, second.id).value, 'the notes start open').to.equal('Siân Gwŷn');
    expect(dueField(element, second.id).value).to.equal('2027-01-31');
    expect($(element, `#practice-${second.id}`).closest('li')!.querySelector('summary')!.textContent!.trim()).to.equal('Notes (added)');
    // Emptied, they are taken away.
    await fill(element, ownerField(element, second.id), ' ');
    await fill(element, dueField(element, second.id), '');
    expect(Object.keys(JSON.parse(localStorage.getItem(NCVO_KEY)!).responses[second.id])).to.have.members(['level', 'notApplicable', 'note', 'changedAt']);
  });

  it('is reached from the keyboard after the note: Tab to Who, type, Tab to By when saves the name', async () => {
    const element = await render(plain);
    const note = await noteField(element, first.id);
    note.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(ownerField(element, first.id));
    await sendKeys({ type: 'Board' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => storedRecord()?.responses[first.id]?.owner === 'Board', 'the name is saved when the field is left');
    expect(element.shadowRoot!.activeElement).to.equal(dueField(element, first.id));
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
    expect(dueField(element, first.id).labels?.[0].textContent?.trim()).to.equal('Erbyn pryd');
    expect(($(element, '#organisation-name') as HTMLInputElement).labels?.[0].textContent?.trim()).to.equal("Enw'r sefydliad (dewisol)");
    expect([...element.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.include('Argraffu cynllun');
    await expect(element).to.be.accessible();
  });
});
