import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { $, $$, allPractices, chooseCompareFiles, fillInSample, render, waitUntil } from './helpers.js';

// Print media needs emulateMedia, which WebDriver cannot do in WebKit: this
// file runs in Chromium and Firefox only (web-test-runner.config.js, README).
const plain = html`<collab-checklist></collab-checklist>`;
const [, second, third, fourth] = allPractices;

describe('<collab-checklist> printed', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('has no axe violations when filled in', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await expect(element).to.be.accessible();
  });

  it('prints a clean action plan: results, every practice with its note, next steps, and no buttons', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await emulateMedia({ media: 'print' });
    const visible = (node: Element) => (node as HTMLElement).offsetParent !== null || getComputedStyle(node).position === 'fixed';
    expect($$(element, 'button').filter(visible), 'no visible buttons').to.deep.equal([]);
    expect($$(element, 'input, textarea, summary').filter(visible), 'no form controls').to.deep.equal([]);
    const printed = $(element, '.print-summary');
    expect(visible(printed)).to.equal(true);
    expect(visible($(element, '.summary'))).to.equal(true);
    expect(visible($(element, '[part="title"]'))).to.equal(true);
    expect(visible($(element, '[part="attribution"]'))).to.equal(true);
    const text = printed.innerText;
    expect(text).to.include('Next steps');
    expect(text).to.include('Ask Siân and Gwŷn');
    const nextSteps = text.slice(text.lastIndexOf('Next steps'));
    expect(nextSteps).to.include(fourth.text);
    expect(nextSteps, 'in place practices are not next steps').to.not.include(second.text);
    expect(nextSteps, 'not applicable practices are not next steps').to.not.include(third.text);
  });


  it('prints the comparison instead of the person’s own record while one is open', async () => {
    const element = await render(plain);
    await fillInSample(element);
    chooseCompareFiles(element, [new File([JSON.stringify(boardAnswers)], 'board.json', { type: 'application/json' })]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
    await emulateMedia({ media: 'print' });
    const visible = (node: Element) => (node as HTMLElement).offsetParent !== null;
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

