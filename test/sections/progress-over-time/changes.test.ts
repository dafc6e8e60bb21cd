import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { allNodes, expectAccessible, type AXNode } from '../../browser/a11y.js';
import { engine } from '../../browser/engine.js';
import { $, $$, click, naBox, render, tickBox } from '../../browser/helpers.js';

const plain = html`<collab-checklist></collab-checklist>`;
/** A behaviour with at least three practices, and three of them: one given up, one gained, one set aside. */
const index = ncvo.behaviours.findIndex((behaviour) => behaviour.practices.length >= 3);
const behaviour = ncvo.behaviours[index];
const [givenUp, gained, setAside] = behaviour.practices;
const title = `${index + 1}. ${behaviour.title}`;

async function saveSnapshot(element: CollabChecklist, label: string): Promise<void> {
  ($(element, '#snapshot-label') as HTMLInputElement).value = label;
  await click(element, $(element, '.save-snapshot-button'));
}

async function chooseFirstSnapshot(element: CollabChecklist): Promise<void> {
  const select = $(element, '#compare-with') as HTMLSelectElement;
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** The trial's case: a practice in place in the snapshot given up since, another gained, so the percentage is the same. */
async function gainedOneGaveUpOne(element: CollabChecklist, label = 'Board, March'): Promise<void> {
  await click(element, tickBox(element, givenUp.id));
  await saveSnapshot(element, label);
  await click(element, tickBox(element, givenUp.id));
  await click(element, tickBox(element, gained.id));
  await chooseFirstSnapshot(element);
}

/** The texts of a list's items. */
const items = (list: Element | null) => [...(list?.querySelectorAll('li') ?? [])].map((item) => item.textContent!.trim());
/** The block of a behaviour on screen, by its position. */
const screenBlock = (element: CollabChecklist, at: number) => $$(element, '.behaviour-change')[at];

describe('<collab-checklist> progress over time: what changed, named', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ media: 'screen' }).catch(() => undefined));

  it('has no axe violations with a snapshot chosen and practices gained, given up and set aside', async () => {
    const element = await render(plain);
    await gainedOneGaveUpOne(element);
    await click(element, naBox(element, setAside.id));
    await expectAccessible(element);
  });

  it('names the practice gained and the one given up behind "Then 33%, now 33%" (the trial’s case), beside the score', async () => {
    const element = await render(plain);
    await gainedOneGaveUpOne(element);
    const percent = `${Math.floor((1 / behaviour.practices.length) * 100)}%`;
    expect($$(element, '.chart-row')[index].querySelector('.chart-since')!.textContent!.trim()).to.equal(`Then ${percent}, now ${percent}`);
    const block = screenBlock(element, index);
    expect(block.querySelector('.change-behaviour')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(title);
    expect(block.querySelector('.change-then-now')!.textContent!.trim()).to.equal(`Then ${percent}, now ${percent}`);
    expect(items(block.querySelector('.change-list--in'))).to.deep.equal([gained.text]);
    expect(items(block.querySelector('.change-list--out'))).to.deep.equal([givenUp.text]);
    expect(block.querySelector('.change-list--na'), 'no empty list').to.equal(null);
    // Every other behaviour says in words that nothing changed.
    const others = $$(element, '.behaviour-change').filter((_, at) => at !== index);
    expect(others.map((other) => other.querySelector('.change-none')?.textContent!.trim())).to.deep.equal(others.map(() => 'No practice has changed.'));

    // A practice marked not applicable since is listed once: newly not applicable.
    await click(element, tickBox(element, setAside.id));
    await click(element, naBox(element, setAside.id));
    expect(items(screenBlock(element, index).querySelector('.change-list--na'))).to.deep.equal([setAside.text]);
    const listed = $$(element, '.behaviour-change li').map((item) => item.textContent!.trim());
    expect(listed.filter((text) => text === setAside.text)).to.have.length(1);
  });

  it('gives each list a role and a name of its own: the behaviour, then what the list holds', async () => {
    const element = await render(plain);
    await gainedOneGaveUpOne(element);
    await click(element, naBox(element, setAside.id));
    const nodes = allNodes((await a11ySnapshot({})) as unknown as AXNode);
    expect(nodes.some((node) => node.role === 'heading' && /^What changed since .*Board, March/.test(node.name))).to.equal(true);
    expect(nodes.some((node) => node.role === 'heading' && node.name === title)).to.equal(true);
    // Snapshots leave lists out, so their names are read from the DOM: native lists, named by their labelled-by ids.
    const block = screenBlock(element, index);
    const nameOf = (list: Element) =>
      list
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => element.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
        .join(' ');
    const lists = [...block.querySelectorAll('ul')];
    expect(lists.every((list) => !list.hasAttribute('role') && getComputedStyle(list).listStyleType !== 'none'), 'list semantics kept').to.equal(true);
    expect(lists.map(nameOf)).to.deep.equal(['Newly in place', 'No longer in place', 'Newly not applicable'].map((label) => `${title} ${label}`));
  });

  it('shows a snapshot’s name as text, isolated, however it is written', async () => {
    const element = await render(plain);
    const name = '<img src=x onerror="window.hacked=1">\u202Eevil';
    await gainedOneGaveUpOne(element, name);
    const heading = $(element, '.changes-title').textContent!;
    expect(heading).to.include(`\u2068${name}\u2069`);
    expect(element.shadowRoot!.querySelector('.over-time img')).to.equal(null);
    expect($(element, '.print-since').textContent).to.include(`\u2068${name}\u2069`);
  });

  it('prints what changed beside each behaviour’s practices, and the screen’s lists stay off paper', async () => {
    const element = await render(plain);
    await gainedOneGaveUpOne(element);
    const printed = $(element, '.print-summary');
    expect($(element, '.print-since').textContent!.trim()).to.match(/^What changed since .+: \u2068Board, March\u2069$/);
    const change = printed.querySelectorAll('.print-change')[index];
    expect(items(change.querySelector('.change-list--in'))).to.deep.equal([gained.text]);
    expect(items(change.querySelector('.change-list--out'))).to.deep.equal([givenUp.text]);
    // Named by the printed behaviour heading, not the screen's: ids apart.
    const list = change.querySelector('.change-list--in')!;
    const [headingId, labelId] = list.getAttribute('aria-labelledby')!.split(' ');
    expect(element.shadowRoot!.getElementById(headingId)!.classList.contains('print-behaviour')).to.equal(true);
    expect(element.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Newly in place');
    const ids = $$(element, '[id]').map((node) => node.id);
    expect(new Set(ids).size, 'no id twice').to.equal(ids.length);
    // WebKit over WebDriver cannot emulate print: there the printed record is checked as drawn, above.
    if (await emulateMedia({ media: 'print' }).then(() => true, () => false)) {
      const shown = (node: Element) => (node as HTMLElement).offsetParent !== null;
      expect(shown(change), 'printed').to.equal(true);
      expect(shown(screenBlock(element, index)), 'the screen’s copy is not printed twice').to.equal(false);
      expect(printed.innerText).to.include(`Then`);
    } else expect(engine).to.equal('webkit');
  });

  it('speaks Welsh', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await gainedOneGaveUpOne(element);
    const block = screenBlock(element, index);
    expect(block.querySelector('.change-list--in')!.previousElementSibling!.textContent).to.equal("Ar waith o'r newydd");
    expect(block.querySelector('.change-list--out')!.previousElementSibling!.textContent).to.equal('Dim ar waith mwyach');
    expect($(element, '.changes-title').textContent).to.match(/^Beth sydd wedi newid ers /);
    expect(screenBlock(element, (index + 1) % ncvo.behaviours.length).querySelector('.change-none')!.textContent).to.equal('Nid oes unrhyw arfer wedi newid.');
  });
});
