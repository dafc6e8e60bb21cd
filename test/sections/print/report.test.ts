import { expect, html } from '@open-wc/testing';
import ncvo from '../../../framework/ncvo-collaborative-behaviours.json';
import type { CollabChecklist } from '../../../src/index.js';
import { expectAccessible } from '../../browser/a11y.js';
import { $, $$, allPractices, chooseCompareFiles, fillInSample, noteField, render, typeInto, waitUntil } from '../../browser/helpers.js';
import { printedReport, reportIn } from './printed-report.js';

// The report's own document: what Print, Print a plan and the comparison's
// print button print, in a frame of its own (report-document.ts). These
// tests read that document, not print media, so they run in all three
// engines; print.test.ts checks it on paper (Chromium and Firefox).
const plain = html`<collab-checklist></collab-checklist>`;
const [, , , fourth, fifth] = allPractices;
const buttonNamed = (element: CollabChecklist, name: string) => $$(element, 'button').find((button) => button.textContent!.trim() === name)!;
const frames = (element: CollabChecklist) => element.shadowRoot!.querySelectorAll('iframe');
const clean = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function fill(element: CollabChecklist, selector: string, value: string): Promise<void> {
  await typeInto(element, $(element, selector) as HTMLInputElement, value);
}

const boardAnswers = (name: string) =>
  new File(
    [JSON.stringify({ format: 'collab-checklist-export', formatVersion: 1, exportedAt: '2026-11-25T09:30:00.000Z', framework: { id: ncvo.id, version: ncvo.version, title: ncvo.title }, profile: { filledInBy: name, changedAt: '2026-11-25T09:00:00.000Z' }, responses: {} })],
    `${name}.json`,
    { type: 'application/json' },
  );

describe('<collab-checklist> report document', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations in the printed report', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const report = await printedReport(() => buttonNamed(element, 'Print a plan').click());
    // axe audits this page's document: the report's nodes, copied into a shadow root here, as they stand in the frame.
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.importNode(reportIn(report).querySelector('article')!, true));
    document.body.append(host);
    try {
      await expectAccessible(host);
      const headings = [...host.shadowRoot!.querySelectorAll('h1, h2, h3')].map((heading) => heading.localName);
      expect(headings[0], 'the report’s title is its one h1').to.equal('h1');
      expect(headings.filter((name) => name === 'h1').length).to.equal(1);
      expect(headings[1]).to.equal('h2');
    } finally {
      host.remove();
    }
  });

  it('Print prints the report alone: a frame of its own holding only the report, never the host page', async () => {
    const element = await render(plain);
    await fillInSample(element);
    const report = await printedReport(() => buttonNamed(element, 'Print').click());
    const frame = frames(element)[0]!;
    expect(frame.contentDocument).to.equal(report);
    expect(frame.getAttribute('aria-hidden'), 'hidden from assistive technology').to.equal('true');
    expect(frame.tabIndex).to.equal(-1);
    expect(report.body.children.length, 'nothing of the host page').to.equal(0);
    const root = reportIn(report);
    expect([...root.children].map((child) => child.localName)).to.deep.equal(['article']);
    expect(root.querySelector('article')!.classList.contains('report')).to.equal(true);
    expect(report.title).to.equal(`${ncvo.title}: our progress`);
    expect(report.documentElement.lang).to.equal(ncvo.lang);
    // The widget's styles, copied into the frame's own sheets.
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(3);
    expect(root.adoptedStyleSheets.every((sheet) => sheet instanceof report.defaultView!.CSSStyleSheet)).to.equal(true);
    const text = clean(root.textContent!);
    expect(text).to.include('Your progress').and.include('Practices').and.include('Ask Siân and Gwŷn');
    // Not the interactive checklist, its notes, the profile form or Save, share or print (print.test.ts: no control shows on paper).
    expect(root.querySelectorAll('.behaviours, textarea, .profile, .actions, .dialog').length).to.equal(0);
    expect(root.querySelector('.continue'), 'no "Continue where you left off"').to.equal(null);
  });

  it('opens page 1 with a title block: title, organisation, who prepared it, the date printed, and the framework with its version and date', async () => {
    const element = await render(plain);
    await fill(element, '#organisation-name', 'Cymdeithas Tai Gwŷr');
    await fill(element, '#your-name', 'Siân Morgan');
    const report = await printedReport(() => buttonNamed(element, 'Print a plan').click());
    const root = reportIn(report);
    const block = root.querySelector('article > :first-child')!;
    expect(block.classList.contains('report-title-block')).to.equal(true);
    const title = block.querySelector('h1')!;
    expect(clean(title.textContent!)).to.equal(`${ncvo.title}: action plan`);
    const facts = [...block.querySelectorAll('dl > div')].map((row) => [clean(row.querySelector('dt')!.textContent!), clean(row.querySelector('dd')!.textContent!)]);
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(facts).to.deep.equal([
      ['Organisation', 'Cymdeithas Tai Gwŷr'],
      ['Prepared by', 'Siân Morgan'],
      ['Printed', today],
      ['Framework', `${ncvo.title}, version ${ncvo.version} (${ncvo.source.publisher}, February 2021)`],
    ]);
  });

  it('leaves out the organisation and who prepared it when neither is given', async () => {
    const element = await render(plain);
    const report = await printedReport(() => buttonNamed(element, 'Print').click());
    const terms = [...reportIn(report).querySelectorAll('.report-title-block dt')].map((term) => term.textContent!.trim());
    expect(terms).to.deep.equal(['Printed', 'Framework']);
  });

  it('writes the title block in the checklist’s language: Welsh words and a Welsh date', async () => {
    const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
    await waitUntil(() => $$(element, 'button').some((button) => button.textContent!.trim() === 'Argraffu'), 'the Welsh buttons');
    const report = await printedReport(() => buttonNamed(element, 'Argraffu').click());
    const block = reportIn(report).querySelector('.report-title-block')!;
    expect(report.documentElement.lang).to.equal('cy');
    const months = /Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr/;
    expect(clean(block.textContent!)).to.match(months).and.include('Argraffwyd').and.include('fersiwn').and.include('ein cynnydd');
  });

  it('Print a plan prints the plan and the full record, not the comparison, even while one is open', async () => {
    const element = await render(plain);
    await fillInSample(element);
    await noteField(element, fifth.id);
    await fill(element, `#owner-${fifth.id}`, 'Trustees');
    chooseCompareFiles(element, [boardAnswers('Ann')]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
    const root = reportIn(await printedReport(() => buttonNamed(element, 'Print a plan').click()));
    const plan = root.querySelector('.print-plan')!;
    expect(clean(plan.textContent!)).to.include(fifth.text).and.include('Trustees').and.include(fourth.text);
    expect(plan.compareDocumentPosition(root.querySelector('.print-summary')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(root.querySelector('.comparison'), 'no comparison').to.equal(null);
  });

  it('the comparison’s print prints the comparison under the same title block', async () => {
    const element = await render(plain);
    await fill(element, '#organisation-name', 'Cymdeithas Tai Gwŷr');
    chooseCompareFiles(element, [boardAnswers('Ann'), boardAnswers('Bryn')]);
    await waitUntil(() => element.shadowRoot!.querySelector('#comparison-title'), 'the comparison is shown');
    const print = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.comparison button')].find((button) => button.textContent!.trim().startsWith('Print'))!;
    const report = await printedReport(() => print.click());
    const root = reportIn(report);
    expect(report.title).to.equal(`${ncvo.title}: comparison of answers`);
    expect(clean(root.querySelector('.report-title-block')!.textContent!)).to.include('Cymdeithas Tai Gwŷr');
    const comparison = root.querySelector('.comparison')!;
    expect(clean(comparison.textContent!)).to.include('Ann').and.include('Bryn');
    expect(root.querySelector('.print-summary'), 'not the person’s own record').to.equal(null);
  });

  it('removes the frame once the browser says printing is over, or when the next print starts', async () => {
    const element = await render(plain);
    const first = await printedReport(() => buttonNamed(element, 'Print').click());
    expect(frames(element).length).to.equal(1);
    const second = await printedReport(() => buttonNamed(element, 'Print a plan').click());
    expect(second).to.not.equal(first);
    expect(frames(element).length, 'one frame at a time').to.equal(1);
    second.defaultView!.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => frames(element).length === 0, 'the frame is removed after printing');
  });

  it('removes its frame when the element leaves the page', async () => {
    const element = await render(plain);
    await printedReport(() => buttonNamed(element, 'Print').click());
    const [frame] = frames(element);
    element.remove();
    expect(frame!.isConnected).to.equal(false);
  });
});

describe('the report under the README’s strict CSP with Trusted Types (test/browser/pages/csp.html)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('prints in Welsh with no violation, in the page or in the report’s frame', async () => {
    frame = document.createElement('iframe');
    frame.title = 'Strict CSP page';
    frame.width = '800';
    frame.height = '600';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.src = new URL('../../browser/pages/csp.html', import.meta.url).href;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { cspViolations: { directive: string }[] };
    const element = win.document.querySelector('collab-checklist') as CollabChecklist;
    const printButton = () => [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent!.trim() === 'Argraffu');
    await waitUntil(printButton, 'the widget renders under the policy');
    const inReport: string[] = [];
    const report = await printedReport(() => printButton()!.click(), win, (frameWindow) =>
      frameWindow.document.addEventListener('securitypolicyviolation', (event) => inReport.push(event.effectiveDirective)),
    );
    const root = reportIn(report);
    expect(clean(root.querySelector('h1')!.textContent!)).to.include('ein cynnydd');
    // Its styles apply: the title block's rule reached the frame's sheets.
    expect(report.defaultView!.getComputedStyle(root.querySelector('.report-title-block')!).borderBlockEndStyle).to.equal('solid');
    // A known violation in the page marks the point by which any the widget caused have been reported.
    win.document.body.setAttribute('style', 'outline: 0');
    await waitUntil(() => win.cspViolations.length > 0, 'the known violation was reported');
    expect(win.cspViolations.map((violation) => violation.directive)).to.deep.equal(['style-src-attr']);
    expect(inReport).to.deep.equal([]);
  });
});
