import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChangeDetail } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, click, naBox, NCVO_KEY, reload, render, storeProgress, tickBox, waitUntil } from '../../browser/helpers.js';

interface AXNode {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  children?: AXNode[];
}

const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];
const plain = html`<collab-checklist></collab-checklist>`;
const behaviour = ncvo.behaviours[1];
const [practice, other] = behaviour.practices;
type Element = Awaited<ReturnType<typeof render>>;
const group = (element: Element) => $(element, `#heading-${behaviour.id}`).closest('fieldset')!;
const statusLine = (element: Element) => group(element).querySelector('.behaviour-status')!.textContent!.replace(/\s+/g, ' ').trim();
const reviewBox = (element: Element) => element.shadowRoot!.querySelector<HTMLInputElement>(`#reviewed-${behaviour.id}`);
const reviewLabel = (element: Element) => $(element, `label[for="reviewed-${behaviour.id}"]`).textContent!.replace(/\s+/g, ' ').trim();
const notYetTags = (element: Element) => [...group(element).querySelectorAll('.tag--not-yet')].map((tag) => tag.closest('li')!.querySelector('input')!.id);
const checkboxes = async () => allNodes((await a11ySnapshot({})) as unknown as AXNode).filter((node) => node.role === 'checkbox');
const focused = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

describe('<collab-checklist> plain answers, one tick per practice', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with behaviours not started, in progress and completed, and practices answered "Not yet"', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    await click(element, reviewBox(element)!);
    await click(element, tickBox(element, ncvo.behaviours[2].practices[0].id));
    await expectAccessible(element);
  });

  it('tells "not looked at yet" from "looked at": each behaviour starts "Not started", 0 answered', async () => {
    const element = await render(plain);
    expect(statusLine(element)).to.equal('Not started 0 of 8 answered');
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, other.id));
    expect(statusLine(element)).to.equal('In progress 2 of 8 answered');
  });

  it('announces a behaviour going from "Not started" to "In progress" with the overall progress', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    expect($(element, '[role="status"]').textContent).to.equal(`Overall progress: 3%, 1 of 30 practices in place. In progress, 1 of 8 answered: ${behaviour.title}`);
  });

  it('is Completed with no extra step once every practice is ticked or not applicable, and the end box goes', async () => {
    const element = await render(plain);
    for (const [index, each] of behaviour.practices.entries()) await click(element, index === 2 ? naBox(element, each.id) : tickBox(element, each.id));
    expect(statusLine(element)).to.equal('Completed 8 of 8 answered');
    expect(reviewBox(element)).to.equal(null);
    expect($(element, '[role="status"]').textContent).to.match(new RegExp(`Completed, 8 of 8 answered: ${behaviour.title}$`));
    // Behaviour 1 has one practice: its tick completes it.
    await click(element, tickBox(element, ncvo.behaviours[0].practices[0].id));
    expect($(element, `#heading-${ncvo.behaviours[0].id}`).closest('fieldset')!.querySelector('.behaviour-status')!.textContent).to.include('Completed');
  });

  it('names the end box for what it does, apart for each behaviour, in the accessibility tree', async () => {
    const element = await render(plain);
    const names = (await checkboxes()).filter((node) => /^(None of|This practice)/.test(node.name)).map((node) => node.name.replace(/\s+/g, ' '));
    // A behaviour of one practice (NCVO's first) says so rather than "None of these".
    expect(names).to.deep.equal(ncvo.behaviours.map((each) => `${each.practices.length === 1 ? 'This practice is not in place yet' : 'None of these are in place yet'} – ${each.title}`));
    await click(element, tickBox(element, practice.id));
    expect(reviewLabel(element)).to.equal(`None of the others are in place yet – ${behaviour.title}`);
  });

  it('answers the practices left unticked "Not yet", shown beside each and said with its checkbox, and takes it back when unticked', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, other.id));
    await click(element, reviewBox(element)!);
    expect(statusLine(element)).to.equal('Completed 8 of 8 answered');
    expect($(element, '[role="status"]').textContent).to.equal(`Completed, 8 of 8 answered: ${behaviour.title}`);
    // Reviewing ticks nothing: the practices keep their own answers.
    expect(tickBox(element, behaviour.practices[2].id).checked).to.equal(false);
    const unticked = behaviour.practices.slice(2).map((each) => `practice-${each.id}`);
    expect(notYetTags(element)).to.deep.equal(unticked);
    const tree = await checkboxes();
    const third = tree.find((node) => node.name === behaviour.practices[2].text)!;
    expect(third.checked ?? false).to.equal(false);
    expect(third.description).to.equal('Not yet');
    expect(tree.find((node) => node.name === practice.text)!.description ?? '').not.to.include('Not yet');
    await click(element, reviewBox(element)!);
    expect(statusLine(element)).to.equal('In progress 2 of 8 answered');
    expect(notYetTags(element)).to.deep.equal([]);
  });

  it('works from the keyboard alone: Space on a practice, Tab on to the end box, Space on it', async () => {
    const element = await render(plain);
    const last = behaviour.practices.at(-1)!;
    tickBox(element, last.id).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => tickBox(element, last.id).checked, 'Space ticks the practice');
    // The practice's "Not applicable", then "Add notes", then the end box: three stops, no more.
    for (let tab = 0; tab < 3; tab++) await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal(`reviewed-${behaviour.id}`);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => statusLine(element) === 'Completed 8 of 8 answered', 'Space answers the rest "Not yet"');
    expect(notYetTags(element)).to.have.length(7);
  });

  it('keeps the mark after a reload, and a Reset clears it; Undo brings it back', async () => {
    let element = await render(plain);
    await click(element, reviewBox(element)!);
    expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).reviews[behaviour.id]).to.include({ reviewed: true });
    element = await reload(element, plain);
    expect(reviewBox(element)!.checked).to.equal(true);
    expect(statusLine(element)).to.equal('Completed 8 of 8 answered');
    await click(element, $(element, '.reset-button'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    expect(reviewBox(element)!.checked).to.equal(false);
    expect(statusLine(element)).to.equal('Not started 0 of 8 answered');
    await click(element, $(element, '.undo-button'));
    expect(reviewBox(element)!.checked).to.equal(true);
    expect(statusLine(element)).to.equal('Completed 8 of 8 answered');
  });

  it('reads progress saved as format 1 with its meaning kept: reviews still answer the practices left unticked', async () => {
    storeProgress({
      savedAt: '2026-03-04T10:00:00.000Z',
      responses: { [practice.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T09:00:00.000Z' } },
      reviews: { [behaviour.id]: { reviewed: true, changedAt: '2026-03-04T09:30:00.000Z' } },
    });
    const element = await render(plain);
    expect(tickBox(element, practice.id).checked).to.equal(true);
    expect(statusLine(element)).to.equal('Completed 8 of 8 answered');
    expect(notYetTags(element)).to.have.length(7);
  });

  it('loads progress saved before reviews existed', async () => {
    storeProgress({
      savedAt: '2026-03-04T10:00:00.000Z',
      responses: { [practice.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T09:00:00.000Z' } },
    });
    const element = await render(plain);
    expect(statusLine(element)).to.equal('In progress 1 of 8 answered');
  });

  it('tells the page with a collab-change event of kind "review"', async () => {
    const element = await render(plain);
    const fired = oneEvent(element, 'collab-change');
    reviewBox(element)!.click();
    const { detail } = (await fired) as CustomEvent<CollabChangeDetail>;
    expect(detail).to.include({ kind: 'review', behaviourId: behaviour.id, reviewed: true });
  });
});
