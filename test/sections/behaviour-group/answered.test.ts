import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChangeDetail } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, click, naBox, NCVO_KEY, reload, render, storeProgress, tickBox } from '../../browser/helpers.js';

interface AXNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  children?: AXNode[];
}

const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];
const plain = html`<collab-checklist></collab-checklist>`;
const behaviour = ncvo.behaviours[1];
const [practice, other] = behaviour.practices;
type Element = Awaited<ReturnType<typeof render>>;
const group = (element: Element) => $(element, `#reviewed-${behaviour.id}`).closest('fieldset')!;
const statusLine = (element: Element) => group(element).querySelector('.behaviour-status')!.textContent!.replace(/\s+/g, ' ').trim();
const reviewBox = (element: Element) => $(element, `#reviewed-${behaviour.id}`) as HTMLInputElement;
const overallText = (element: Element) => $(element, '[part="overall-progress"] .progress-text').textContent!.replace(/\s+/g, ' ');

describe('<collab-checklist> answered and reviewed', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with behaviours not started, in progress and reviewed', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    await click(element, reviewBox(element));
    await click(element, tickBox(element, ncvo.behaviours[2].practices[0].id));
    await expectAccessible(element);
  });

  it('tells "not looked at yet" from "looked at": each behaviour starts "Not started", 0 answered', async () => {
    const element = await render(plain);
    expect(statusLine(element)).to.equal('Not started 0 of 8 answered');
    expect(overallText(element)).to.include('0 of 30 answered');
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, other.id));
    expect(statusLine(element)).to.equal('In progress 2 of 8 answered');
    expect(overallText(element)).to.include('2 of 30 answered');
  });

  it('announces a behaviour going from "Not started" to "In progress" with the overall progress', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    expect($(element, '[role="status"]').textContent).to.equal(
      `Overall progress: 3%, 1 of 30 practices in place. In progress, 1 of 8 answered: ${behaviour.title}`,
    );
  });

  it('offers "I have reviewed this behaviour", a checkbox named apart for each behaviour, that marks every practice answered and is announced', async () => {
    const element = await render(plain);
    const names = allNodes((await a11ySnapshot({})) as unknown as AXNode)
      .filter((node) => node.role === 'checkbox' && node.name.startsWith('I have reviewed this behaviour'))
      .map((node) => node.name.replace(/\s+/g, ' '));
    expect(names).to.deep.equal(ncvo.behaviours.map((each) => `I have reviewed this behaviour – ${each.title}`));
    await click(element, tickBox(element, practice.id));
    await click(element, reviewBox(element));
    expect(statusLine(element)).to.equal('Reviewed 8 of 8 answered');
    expect(overallText(element)).to.include('8 of 30 answered');
    expect($(element, '[role="status"]').textContent).to.equal(`Reviewed, 8 of 8 answered: ${behaviour.title}`);
    // The practices keep their own answers: reviewing ticks nothing.
    expect(tickBox(element, other.id).checked).to.equal(false);
    await click(element, reviewBox(element));
    expect(statusLine(element)).to.equal('In progress 1 of 8 answered');
  });

  it('keeps the review after a reload, and a Reset clears it', async () => {
    let element = await render(plain);
    await click(element, reviewBox(element));
    expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).reviews[behaviour.id]).to.include({ reviewed: true });
    element = await reload(element, plain);
    expect(reviewBox(element).checked).to.equal(true);
    expect(statusLine(element)).to.equal('Reviewed 8 of 8 answered');
    await click(element, $(element, '.reset-button'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    expect(reviewBox(element).checked).to.equal(false);
    expect(statusLine(element)).to.equal('Not started 0 of 8 answered');
  });

  it('brings the review back on Undo of a Reset', async () => {
    const element = await render(plain);
    await click(element, reviewBox(element));
    await click(element, $(element, '.reset-button'));
    await click(element, [...$$(element, '#reset-dialog button')].find((each) => each.textContent!.includes('Yes'))!);
    expect(reviewBox(element).checked).to.equal(false);
    await click(element, $(element, '.undo-button'));
    expect(reviewBox(element).checked).to.equal(true);
    expect(statusLine(element)).to.equal('Reviewed 8 of 8 answered');
    expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).reviews[behaviour.id]).to.include({ reviewed: true });
  });

  it('loads progress saved before reviews existed', async () => {
    storeProgress({
      savedAt: '2026-03-04T10:00:00.000Z',
      responses: { [practice.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T09:00:00.000Z' } },
    });
    const element = await render(plain);
    expect(tickBox(element, practice.id).checked).to.equal(true);
    expect(statusLine(element)).to.equal('In progress 1 of 8 answered');
  });

  it('tells the page with a collab-change event of kind "review"', async () => {
    const element = await render(plain);
    const fired = oneEvent(element, 'collab-change');
    reviewBox(element).click();
    const { detail } = (await fired) as CustomEvent<CollabChangeDetail>;
    expect(detail).to.include({ kind: 'review', behaviourId: behaviour.id, reviewed: true });
  });
});
