import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, click, naBox, render, tickBox, waitUntil } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
const [practice, next] = ncvo.behaviours[1].practices;
const item = (element: CollabChecklist, id = practice.id) => tickBox(element, id).closest('li')!;
const cleared = (element: CollabChecklist, id = practice.id) => item(element, id).querySelector('.cleared')?.textContent!.trim();
const status = (element: CollabChecklist) => $(element, '[role="status"]').textContent!;

interface AXNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  children?: AXNode[];
}
const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];

describe('<collab-checklist> a practice: "Not applicable" says what it undoes', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a tick cleared by "Not applicable" said beside it', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, practice.id));
    await expectAccessible(element);
  });

  it('says beside the practice, and announces, that "Not applicable" took its tick away', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    expect(cleared(element)).to.equal(undefined);
    await click(element, naBox(element, practice.id));
    expect(tickBox(element, practice.id).checked).to.equal(false);
    expect(cleared(element)).to.equal('Marked not applicable, so no longer in place.');
    expect(status(element)).to.match(/^Marked not applicable, so no longer in place\. Overall progress:/);
    // Ticking it again says the other way round.
    await click(element, tickBox(element, practice.id));
    expect(cleared(element)).to.equal('No longer marked not applicable.');
    expect(status(element)).to.match(/^No longer marked not applicable\. Overall progress:/);
  });

  it('says nothing when "Not applicable" clears nothing, and keeps what it said only until the next answer', async () => {
    const element = await render(plain);
    await click(element, naBox(element, next.id));
    expect(cleared(element, next.id)).to.equal(undefined);
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, practice.id));
    expect(cleared(element)).to.not.equal(undefined);
    await click(element, tickBox(element, ncvo.behaviours[2].practices[0].id));
    expect(cleared(element)).to.equal(undefined);
  });

  it('works from the keyboard alone: Space ticks, Tab to "Not applicable", Space marks it and says so', async () => {
    const element = await render(plain);
    tickBox(element, practice.id).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => tickBox(element, practice.id).checked, 'Space ticks the practice');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(naBox(element, practice.id));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => cleared(element) === 'Marked not applicable, so no longer in place.', 'the cleared tick is said');
    expect(element.shadowRoot!.activeElement, 'focus stays on "Not applicable"').to.equal(naBox(element, practice.id));
  });

  it('keeps one checkbox per practice in the accessibility tree, named by its text, beside a "Not applicable" box', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, practice.id));
    await click(element, naBox(element, practice.id));
    const nodes = allNodes((await a11ySnapshot({})) as unknown as AXNode);
    const box = nodes.findIndex((node) => node.role === 'checkbox' && node.name === practice.text);
    expect(box).to.be.greaterThan(-1);
    expect(nodes[box].checked ?? false).to.equal(false);
    const after = nodes.slice(box + 1);
    const notApplicable = after.find((node) => node.role === 'checkbox');
    expect(notApplicable).to.include({ name: 'Not applicable', checked: true });
    // The words follow the boxes in reading order, before the next practice (read from the DOM: WebKit's snapshot leaves text out).
    const words = item(element).querySelector('.cleared')!;
    expect(naBox(element, practice.id).compareDocumentPosition(words) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(words.compareDocumentPosition(tickBox(element, next.id)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});
