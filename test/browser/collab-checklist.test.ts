import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { allNodes, expectAccessible, type AXNode } from './a11y.js';
import { $, $$, allPractices, overallBar, render } from './helpers.js';

const snapshot = async () => (await a11ySnapshot({})) as unknown as AXNode;

describe('<collab-checklist> structure and accessibility', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  it('names each of the 30 practice checkboxes by its practice text', async () => {
    await render(html`<collab-checklist></collab-checklist>`);
    const checkboxes = allNodes(await snapshot()).filter((node) => node.role === 'checkbox');
    const names = checkboxes.map((node) => node.name);
    for (const practice of allPractices) expect(names).to.include(practice.text);
    // 30 practice ticks, 30 "Not applicable" boxes and 5 end boxes ("None of these are in place yet", or "This practice is not in place yet" under a behaviour of one).
    expect(checkboxes).to.have.length(65);
    expect(names.filter((name) => name === 'Not applicable')).to.have.length(30);
  });

  it('says each practice once as its box and once as the group of its "Not applicable" box and notes, whose own names are short', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    const nodes = allNodes(await snapshot());
    // Text, headings, links, bars, list items and the practice's own group may say the words; controls are what a person moves between.
    const controls = nodes.filter((node) => !['StaticText', 'text leaf', 'heading', 'link', 'progressbar', 'listitem', 'group'].includes(node.role));
    // No control but the practice's own box carries the practice's words in its name.
    for (const practice of allPractices) {
      const carrying = controls.filter((node) => node.name.includes(practice.text) && !/^(None of these|This practice)/.test(node.name));
      expect(carrying.map((node) => node.role), practice.id).to.deep.equal(['checkbox']);
    }
    expect(nodes.filter((node) => node.name === 'Not applicable' && node.role === 'checkbox')).to.have.length(30);
    expect(controls.filter((node) => node.name === 'Add notes')).to.have.length(30);
    // Each practice's group (snapshots leave groups out, so read from the DOM) is named by its text and holds its "Not applicable" and notes.
    for (const practice of allPractices) {
      const extras = $(element, `#practice-${practice.id}`).closest('li')!.querySelector('.practice-extras')!;
      expect(extras.getAttribute('role')).to.equal('group');
      const namedBy = element.shadowRoot!.getElementById(extras.getAttribute('aria-labelledby')!);
      expect(namedBy?.textContent).to.equal(practice.text);
      expect(extras.querySelector(`#na-${practice.id}`)).not.to.equal(null);
      expect(extras.querySelector('summary')).not.to.equal(null);
    }
  });

  it('groups practices by behaviour in fieldsets whose legend is the numbered behaviour title', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    const groups = $$(element, 'fieldset.behaviour-group');
    expect(groups.map((group) => group.querySelector(':scope > legend')?.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(
      ncvo.behaviours.map((behaviour, index) => `${index + 1}. ${behaviour.title}`),
    );
    expect(groups.map((group) => group.querySelectorAll('.practice-main input[type=checkbox]').length)).to.deep.equal([1, 8, 8, 7, 6]);
    const headings = allNodes(await snapshot()).filter((node) => node.role === 'heading').map((node) => node.name);
    for (const behaviour of ncvo.behaviours) expect(headings).to.include(`${ncvo.behaviours.indexOf(behaviour) + 1}. ${behaviour.title}`);
  });

  it('exposes overall and per-behaviour progress bars with names and percent values', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    const nodes = allNodes(await snapshot());
    const bars = nodes.filter((node) => node.role === 'progressbar');
    expect(bars.map((bar) => bar.name)).to.deep.equal(['Overall progress', ...ncvo.behaviours.map((behaviour) => behaviour.title)]);
    expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('0');
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('0%, 0 of 30 practices in place');
  });

  it('quotes the intro as the words of its source and credits it, with the report title cited', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    expect($(element, '[part="title"]').textContent).to.equal('Putting collaboration into practice');
    const text = element.shadowRoot!.textContent!;
    for (const paragraph of ncvo.intro) expect(text).to.include(paragraph);
    expect($$(element, 'figure blockquote p').map((p) => p.textContent)).to.deep.equal(ncvo.intro);
    expect($(element, 'figcaption cite').textContent).to.equal('Rebalancing the Relationship');
    const credit = $(element, '[part="attribution"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(credit).to.equal(
      'From ‘Putting collaboration into practice’ in Rebalancing the Relationship (NCVO, ACEVO and Lloyds Bank Foundation for England and Wales, February 2021). Last reviewed 3 February 2021.',
    );
  });

  it('starts its headings at heading-level and nests the rest below it', async () => {
    const levels = async (markup: ReturnType<typeof html>) => {
      const element = await render(markup);
      const found = allNodes(await snapshot())
        .filter((node) => node.role === 'heading')
        .map((node) => node.level);
      element.remove();
      return found;
    };
    // Title; progress; about your organisation, the behaviours; five behaviours; Save, share or print.
    // (Suggested next steps and progress over time wait for an answer.)
    expect(await levels(html`<collab-checklist></collab-checklist>`)).to.deep.equal([2, 3, 3, 3, 4, 4, 4, 4, 4, 3]);
    expect(await levels(html`<collab-checklist heading-level="4"></collab-checklist>`)).to.deep.equal([4, 5, 5, 5, 6, 6, 6, 6, 6, 5]);
    expect(await levels(html`<collab-checklist heading-level="nonsense"></collab-checklist>`)).to.deep.equal([2, 3, 3, 3, 4, 4, 4, 4, 4, 3]);
  });

  it('shows only the bundled text (lead-ins included) exactly as published', async () => {
    const element = await render(html`<collab-checklist></collab-checklist>`);
    const leadIns = $$(element, '.lead-in').map((node) => node.textContent);
    expect(leadIns).to.deep.equal(ncvo.behaviours.flatMap((behaviour) => ('leadIn' in behaviour ? [behaviour.leadIn] : [])));
  });
});
