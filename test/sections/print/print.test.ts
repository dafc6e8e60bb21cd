import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, chooseCompareFiles, fillInSample, typeDate, typeInto, noteField, render, waitUntil } from '../../browser/helpers.js';
import { printedReport, reportIn } from './printed-report.js';

// Print media needs emulateMedia, which WebDriver cannot do in WebKit: this
// file runs in Chromium and Firefox only (web-test-runner.config.js, README).
const plain = html`<collab-checklist></collab-checklist>`;
const [, second, third, fourth, fifth, sixth] = allPractices;

/** Fills a field as a person leaving it would: the value, then `change`. */
async function fill(element: CollabChecklist, selector: string, value: string): Promise<void> {
  await typeInto(element, $(element, selector) as HTMLInputElement, value);
}

const buttonNamed = (element: CollabChecklist, name: string) => $$(element, 'button').find((button) => button.textContent!.trim() === name)!;
const visible = (node: Element) => (node as HTMLElement).offsetParent !== null || node.ownerDocument.defaultView!.getComputedStyle(node).position === 'fixed';

describe('<collab-checklist> printed', () => {
  const realPrint = window.print;
  let printed = 0;
  beforeEach(() => {
    localStorage.clear();
    printed = 0;
    // The widget prints from a frame of its own, never the host page: counted, to be sure.
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
      [fifth, 'Siân', ['1', '3', '2027']],
      [sixth, 'Trustees', ['15', '1', '2027']],
    ] as const) {
      await noteField(element, practice.id);
      await fill(element, `#owner-${practice.id}`, owner);
      await typeDate(element, practice.id, due[0], due[1], due[2]);
    }
    expect(element.shadowRoot!.querySelector('.checklist > .print-plan') === null, 'the plan comes first only in the report').to.equal(true);
    const report = await printedReport(() => buttonNamed(element, 'Print a plan').click());
    await emulateMedia({ media: 'print' });
    const root = reportIn(report);
    const inReport = (selector: string) => root.querySelector<HTMLElement>(selector)!;
    const plan = inReport('.print-plan');
    expect(visible(plan)).to.equal(true);
    expect(visible(inReport('.report-title-block')), 'the title block').to.equal(true);
    expect(visible(inReport('.summary')), 'overall and per-behaviour summary').to.equal(true);
    expect(root.querySelector('[part="profile"]')).to.equal(null);
    expect([...root.querySelectorAll('button, input')].filter(visible), 'no buttons or fields').to.deep.equal([]);
    for (const link of root.querySelectorAll('a')) expect(report.defaultView!.getComputedStyle(link).textDecorationLine, 'a link prints as its text').to.equal('none');
    const items = [...plan.querySelectorAll('tbody tr')].map((item) => (item as HTMLElement).innerText);
    expect(items[0]).to.include(sixth.text).and.include('Trustees').and.include('15 January 2027');
    expect(items[1]).to.include(fifth.text).and.include('Siân').and.include('1 March 2027');
    expect(items.slice(2).join('\n'), 'then the undated note').to.include(fourth.text);
    expect(items.join('\n'), 'not what is in place or not applicable').to.not.include(second.text).and.not.include(third.text);
    const record = inReport('.print-summary');
    expect(visible(record)).to.equal(true);
    expect(report.defaultView!.getComputedStyle(record).breakBefore).to.equal('page');
    expect(plan.compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // The widget itself never changed, and the host page was not printed.
    expect(element.shadowRoot!.querySelector('.checklist > .print-plan') === null).to.equal(true);
    expect(printed).to.equal(0);
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

  it('prints the comparison with its title block and the files compared with their export dates, never an error box', async () => {
    const element = await render(plain);
    chooseCompareFiles(element, [
      new File([JSON.stringify(boardAnswers)], 'board.json', { type: 'application/json' }),
      new File(['not json'], 'minutes.json', { type: 'application/json' }),
    ]);
    await waitUntil(() => element.shadowRoot!.querySelector('.comparison-matrix'), 'the comparison is shown');
    const notice = $$(element, '.comparison .notice').find((each) => each.innerText.replace(/[\u2068\u2069]/g, '').includes('“minutes.json” could not be compared'))!;
    expect(visible(notice), 'on screen').to.equal(true);
    const report = await printedReport(() => buttonNamed(element, 'Print comparison').click());
    await emulateMedia({ media: 'print' });
    const root = reportIn(report);
    const printed = root.querySelector<HTMLElement>('.report')!.innerText.replace(/[\u2068\u2069]/g, '');
    expect(printed).to.not.include('could not be compared');
    expect([...root.querySelectorAll<HTMLElement>('.comparison .notice')].filter(visible), 'no error box on paper').to.deep.equal([]);
    expect(visible(root.querySelector<HTMLElement>('.report-title-block')!), 'the title block').to.equal(true);
    expect(printed).to.match(/Printed\s+\d{1,2} \w+ \d{4}/).and.include(ncvo.title);
    expect(printed).to.include('board.json, exported 25 November 2026');
    expect(visible(root.querySelector<HTMLElement>('.comparison-matrix')!)).to.equal(true);
  });

  it('never prints "Continue where you left off"', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const link = $(element, '.continue');
    expect(visible(link)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(visible(link)).to.equal(false);
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

