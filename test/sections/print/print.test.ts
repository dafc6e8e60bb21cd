import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, chooseCompareFiles, fillInSample, typeInto, noteField, render, waitUntil } from '../../browser/helpers.js';

// Print media needs emulateMedia, which WebDriver cannot do in WebKit: this
// file runs in Chromium and Firefox only (web-test-runner.config.js, README).
const plain = html`<collab-checklist></collab-checklist>`;
const [, second, third, fourth, fifth, sixth] = allPractices;

/** Fills a field as a person leaving it would: the value, then `change`. */
async function fill(element: CollabChecklist, selector: string, value: string): Promise<void> {
  await typeInto(element, $(element, selector) as HTMLInputElement, value);
}

const buttonNamed = (element: CollabChecklist, name: string) => $$(element, 'button').find((button) => button.textContent!.trim() === name)!;
const visible = (node: Element) => (node as HTMLElement).offsetParent !== null || getComputedStyle(node).position === 'fixed';

describe('<collab-checklist> printed', () => {
  const realPrint = window.print;
  let printed = 0;
  beforeEach(() => {
    localStorage.clear();
    printed = 0;
    // The browser's print dialog would stop the test: counted instead.
    window.print = () => {
      printed += 1;
    };
  });
  afterEach(async () => {
    window.print = realPrint;
    await emulateMedia({ media: 'screen' });
  });

  it('has no axe violations when filled in', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await expectAccessible(element);
  });

  it('prints a clean action plan: results, every practice with its note, next steps, and no buttons', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await emulateMedia({ media: 'print' });
    expect($$(element, 'button').filter(visible), 'no visible buttons').to.deep.equal([]);
    expect($$(element, 'input, textarea, summary').filter(visible), 'no form controls').to.deep.equal([]);
    const printed = $(element, '.print-summary');
    expect(visible(printed)).to.equal(true);
    expect(visible($(element, '.summary'))).to.equal(true);
    expect(visible($(element, '[part="title"]'))).to.equal(true);
    expect(visible($(element, '[part="attribution"]'))).to.equal(true);
    const text = printed.innerText;
    expect(text).to.include('Action plan');
    expect(text).to.include('Ask Siân and Gwŷn');
    // The plan follows the record: every not-yet practice is an action listed, or counted.
    const plan = $(element, '.print-summary .print-plan');
    const listed = [...plan.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).innerText);
    expect(listed.join('\n')).to.include(fourth.text);
    expect(listed.join('\n'), 'in place practices are not next steps').to.not.include(second.text);
    expect(listed.join('\n'), 'not applicable practices are not next steps').to.not.include(third.text);
    expect(plan.innerText).to.not.include('No note yet.');
    expect(plan.innerText).to.include(`${allPractices.length - 3 - listed.length} other practices not yet in place have no next step written.`);
  });

  it('opens the widget’s printout with the organisation and the date, above the title', async () => {
    const element = await render(plain);
    await fill(element, '#organisation-name', 'Cymdeithas Tai Gwŷr');
    await emulateMedia({ media: 'print' });
    const header = $(element, '.print-header');
    expect(visible(header)).to.equal(true);
    expect(header.innerText).to.match(/^Cymdeithas Tai Gwŷr\s+Printed \d{1,2} \w+ \d{4}$/);
    expect(header.getBoundingClientRect().bottom).to.be.at.most($(element, '[part="title"]').getBoundingClientRect().top);
    await emulateMedia({ media: 'screen' });
    expect(visible(header), 'only on paper').to.equal(false);
  });

  it('Print a plan prints the summary, then the action plan by date with who and by when, then the full record on new pages', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await fill(element, '#organisation-name', 'Cymdeithas Tai Gwŷr');
    for (const [practice, owner, due] of [
      [fifth, 'Siân', '2027-03-01'],
      [sixth, 'Trustees', '2027-01-15'],
    ] as const) {
      await noteField(element, practice.id);
      await fill(element, `#owner-${practice.id}`, owner);
      await fill(element, `#due-${practice.id}`, due);
    }
    expect(element.shadowRoot!.querySelector('.checklist > .print-plan'), 'the plan is drawn first only to print it').to.equal(null);
    buttonNamed(element, 'Print a plan').click();
    await waitUntil(() => printed === 1, 'the browser is asked to print');
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    const plan = $(element, '.checklist > .print-plan');
    expect(visible(plan)).to.equal(true);
    expect(visible($(element, '.summary')), 'overall and per-behaviour summary').to.equal(true);
    expect(visible($(element, '.print-header'))).to.equal(true);
    expect(visible($(element, '[part="profile"]'))).to.equal(false);
    expect($$(element, 'button').filter(visible), 'no visible buttons').to.deep.equal([]);
    const items = [...plan.querySelectorAll('tbody tr')].map((item) => (item as HTMLElement).innerText);
    expect(items[0]).to.include(sixth.text).and.include('Trustees').and.include('15 January 2027');
    expect(items[1]).to.include(fifth.text).and.include('Siân').and.include('1 March 2027');
    expect(items.slice(2).join('\n'), 'then the undated note').to.include(fourth.text);
    expect(items.join('\n'), 'not what is in place or not applicable').to.not.include(second.text).and.not.include(third.text);
    const record = $(element, '.print-summary');
    expect(visible(record)).to.equal(true);
    expect(getComputedStyle(record).breakBefore).to.equal('page');
    expect(plan.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Once printing is over, the plan goes and Print prints the ordinary printout again.
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.checklist > .print-plan')).to.equal(null);
    expect(getComputedStyle(record).breakBefore).to.not.equal('page');
  });


  it('Print a plan prints the plan, not the comparison, even while one is open', async () => {
    const element = await render(plain);
    await fillInSample(element);
    chooseCompareFiles(element, [new File([JSON.stringify(boardAnswers)], 'board.json', { type: 'application/json' })]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
    buttonNamed(element, 'Print a plan').click();
    await waitUntil(() => printed === 1, 'the browser is asked to print');
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(visible($(element, '.checklist > .print-plan'))).to.equal(true);
    expect(visible($(element, '.print-summary'))).to.equal(true);
    expect(visible($(element, '.comparison-table')), 'the comparison is not printed with the plan').to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints the comparison instead of the person’s own record while one is open', async () => {
    const element = await render(plain);
    await fillInSample(element);
    chooseCompareFiles(element, [new File([JSON.stringify(boardAnswers)], 'board.json', { type: 'application/json' })]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
    await emulateMedia({ media: 'print' });
    expect(visible($(element, '.comparison-table'))).to.equal(true);
    expect(visible($(element, '[part="title"]'))).to.equal(true);
    expect(visible($(element, '.print-summary')), 'the person’s own plan is not printed').to.equal(false);
    expect(visible($(element, '.summary'))).to.equal(false);
    expect($$(element, 'button').filter(visible), 'no visible buttons').to.deep.equal([]);
  });

  it('says on paper which files were left out of a comparison, and why', async () => {
    const element = await render(plain);
    chooseCompareFiles(element, [
      new File([JSON.stringify(boardAnswers)], 'board.json', { type: 'application/json' }),
      new File(['not json'], 'minutes.json', { type: 'application/json' }),
    ]);
    await waitUntil(() => element.shadowRoot!.querySelector('.comparison-table'), 'the comparison is shown');
    await emulateMedia({ media: 'print' });
    const printed = $(element, '.comparison').innerText.replace(/[\u2068\u2069]/g, '');
    expect(printed).to.include('“minutes.json” could not be compared');
    expect($(element, '.comparison-table').offsetParent).to.not.equal(null);
  });

  it('prints the person’s own record when none of the files chosen could be compared', async () => {
    const element = await render(plain);
    await fillInSample(element);
    chooseCompareFiles(element, [new File(['not json'], 'minutes.json', { type: 'application/json' })]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison section is shown');
    await emulateMedia({ media: 'print' });
    expect($(element, '.print-summary').offsetParent, 'the person’s own record prints').to.not.equal(null);
    expect($(element, '.comparison').offsetParent, 'an empty comparison does not').to.equal(null);
  });
});

const boardAnswers = { format: 'collab-checklist-export', formatVersion: 1, exportedAt: '2026-11-25T09:30:00.000Z', framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title }, responses: {} };

