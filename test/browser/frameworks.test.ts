import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import example from '../../framework/examples/partnership-health-check.json';
import type { CollabChangeDetail, CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $, $$, click, naBox, noteField, overallBar, storedRecord, waitUntil } from './helpers.js';

// This file also imports the example as a module; the test server serves
// module imports of JSON as JavaScript, so fetches use another URL.
const EXAMPLE_SRC = '/framework/examples/partnership-health-check.json?fetched';

async function renderAndSettle(template: ReturnType<typeof html>): Promise<CollabChecklist> {
  const element = await fixture<CollabChecklist>(template);
  await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'the framework loads');
  await element.updateComplete;
  return element;
}

const radio = (element: CollabChecklist, practiceId: string, level: string) =>
  $(element, `input[name="level-${practiceId}"][value="${level}"]`) as HTMLInputElement;

describe('<collab-checklist> with its own framework', () => {
  beforeEach(() => localStorage.clear());

  it('has no axe violations with a three-level framework from framework-src, each practice a named radio group', async () => {
    const element = await renderAndSettle(html`<collab-checklist framework-src=${EXAMPLE_SRC}></collab-checklist>`);
    await expectAccessible(element);
    const nodes: { role: string; name: string }[] = [];
    const walk = (node: { role: string; name: string; children?: unknown[] }) => {
      nodes.push(node);
      (node.children as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as never);
    const firstPractice = example.behaviours[0].practices[0];
    // Each option is a radio named by its level; the group carries the practice text.
    // The profile's radios are left out: by name, or with none where WebKit lists them folded away.
    const levelRadios = nodes.filter((node) => node.role === 'radio' && node.name !== '' && !/£|partnership|lead|Prefer/i.test(node.name));
    expect(levelRadios.map((node) => node.name).slice(0, 3)).to.deep.equal(['Not yet', 'Partly', 'Fully']);
    expect($(element, `#practice-${firstPractice.id} legend`).textContent).to.equal(firstPractice.text);
    // Its "Not applicable" box and notes sit in a group named by the same legend, with short names of their own.
    const extras = $(element, `#practice-${firstPractice.id}`).closest('li')!.querySelector('.practice-extras')!;
    expect(extras.getAttribute('role')).to.equal('group');
    expect(element.shadowRoot!.getElementById(extras.getAttribute('aria-labelledby')!)).to.equal($(element, `#practice-${firstPractice.id} legend`));
    expect(nodes.find((node) => node.role === 'checkbox' && node.name.startsWith('Not applicable'))?.name).to.equal('Not applicable');
    expect($(element, '[part="title"]').textContent!.trim()).to.equal(example.title);
  });

  it('shows a loading state while the file is fetched', async () => {
    const element = await fixture<CollabChecklist>(html`<collab-checklist framework-src=${`${EXAMPLE_SRC}&slow`}></collab-checklist>`);
    const status = element.shadowRoot!.querySelector('.loading');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.textContent).to.include('Loading the checklist');
    await waitUntil(() => element.shadowRoot!.querySelector('fieldset'), 'loaded');
  });

  it('scores the levels as the framework weights them: Partly counts half, only Fully is "in place"', async () => {
    const element = await renderAndSettle(html`<collab-checklist framework-src=${EXAMPLE_SRC}></collab-checklist>`);
    const [a, b] = example.behaviours[0].practices;
    const heard = oneEvent(element, 'collab-change');
    await click(element, radio(element, a.id, 'partly'));
    const { detail } = (await heard) as CustomEvent<CollabChangeDetail>;
    expect(detail.kind === 'response' && detail.response.level).to.equal('partly');
    expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('8'); // 0.5 / 6
    await click(element, radio(element, b.id, 'fully'));
    expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('25'); // 1.5 / 6
    expect(overallBar(element).getAttribute('aria-valuetext')).to.equal('25%, 1 of 6 practices in place');
    expect(storedRecord(`collab-checklist:${example.id}`).responses[a.id].level).to.equal('partly');
  });

  it('clears the level when a practice is marked not applicable, and the other way round', async () => {
    const element = await renderAndSettle(html`<collab-checklist framework-src=${EXAMPLE_SRC}></collab-checklist>`);
    const practice = example.behaviours[1].practices[0];
    await click(element, radio(element, practice.id, 'fully'));
    await click(element, naBox(element, practice.id));
    expect($$(element, `input[name="level-${practice.id}"]`).some((input) => (input as HTMLInputElement).checked)).to.equal(false);
    await click(element, radio(element, practice.id, 'partly'));
    expect(naBox(element, practice.id).checked).to.equal(false);
  });

  it('accepts a framework object through the framework property', async () => {
    const element = await renderAndSettle(html`<collab-checklist .framework=${{ ...example, id: 'from-a-property', title: 'Built by the page' }}></collab-checklist>`);
    expect($(element, '[part="title"]').textContent!.trim()).to.equal('Built by the page');
    expect($$(element, 'fieldset.levels')).to.have.length(6);
  });

  it('switches framework when framework-src changes, keeping each framework’s progress apart', async () => {
    const element = await renderAndSettle(html`<collab-checklist framework-src=${EXAMPLE_SRC}></collab-checklist>`);
    await click(element, radio(element, example.behaviours[0].practices[0].id, 'fully'));
    element.removeAttribute('framework-src');
    await waitUntil(() => $$(element, '.practice-main input').length === 30, 'the bundled framework returns');
    expect(overallBar(element).getAttribute('aria-valuenow')).to.equal('0');
  });

  describe('explains in the element what failed and where, without throwing', () => {
    const cases: [string, string, RegExp][] = [
      ['a missing file (404)', '/framework/examples/no-such-framework.json', /error 404 .*no-such-framework\.json/],
      ['a file that is not JSON', '/test/fixtures/frameworks/truncated.json', /truncated\.json.* is not a framework: it is not JSON/],
      ['a server that cannot be reached', 'http://127.0.0.1:9/framework.json', /could not be downloaded/],
    ];
    for (const [name, src, message] of cases) {
      it(name, async () => {
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const element = await renderAndSettle(html`<collab-checklist framework-src=${src}></collab-checklist>`);
          const alert = $(element, '[role="alert"]');
          expect(alert.textContent).to.include('This checklist cannot be shown');
          expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(message);
          await expectAccessible(element);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    describe('a framework file too large to be one, without downloading it all', () => {
      const realFetch = window.fetch;
      afterEach(() => {
        window.fetch = realFetch;
      });

      /** An endless body of 64 KB chunks that counts what was read from it. */
      function endlessBody() {
        const counter = { bytes: 0 };
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            counter.bytes += 65_536;
            controller.enqueue(new Uint8Array(65_536).fill(32));
          },
        });
        return { body, counter };
      }

      it('refuses at once when Content-Length says it is too large', async () => {
        const { body, counter } = endlessBody();
        window.fetch = async () => new Response(body, { headers: { 'Content-Length': '300000000', 'Content-Type': 'application/json' } });
        const element = await renderAndSettle(html`<collab-checklist framework-src="/huge.json"></collab-checklist>`);
        expect($(element, '[role="alert"]').textContent).to.include('is too large to be a framework');
        expect(counter.bytes, 'bytes read').to.be.at.most(2 * 65_536);
      });

      it('stops reading as soon as a body with no Content-Length passes the limit', async () => {
        const { body, counter } = endlessBody();
        window.fetch = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
        const element = await renderAndSettle(html`<collab-checklist framework-src="/endless.json"></collab-checklist>`);
        expect($(element, '[role="alert"]').textContent).to.include('is too large to be a framework');
        expect(counter.bytes, 'bytes read').to.be.below(2_000_000 + 4 * 65_536);
      });
    });

    it('an invalid framework, listing each problem with where it is', async () => {
      const element = await renderAndSettle(html`<collab-checklist framework-src="/test/fixtures/frameworks/invalid-framework.json"></collab-checklist>`);
      const problems = $$(element, '[role="alert"] li').map((item) => item.textContent);
      expect(problems).to.include.members([
        'behaviours[1].titel is not a known field (check its spelling)',
        'behaviours[1].title is missing',
        'behaviours[1].practices must list at least one practice',
      ]);
      expect($(element, '[role="alert"]').textContent).to.include('invalid-framework.json');
    });

    it('a framework object that throws when read (a Proxy), with no uncaught error', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const hostile = new Proxy({}, { get: () => { throw new Error('host bug'); }, ownKeys: () => { throw new Error('host bug'); } });
        const element = await renderAndSettle(html`<collab-checklist></collab-checklist>`);
        element.framework = hostile as CollabChecklist["framework"];
        await element.updateComplete;
        expect($$(element, '[role="alert"] li').map((item) => item.textContent)).to.deep.equal(['The framework could not be read: reading it raised an error.']);
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('an invalid framework object', async () => {
      const element = await renderAndSettle(html`<collab-checklist .framework=${{ formatVersion: 1, id: 'x' }}></collab-checklist>`);
      expect($$(element, '[role="alert"] li').map((item) => item.textContent)).to.include('title is missing');
    });
  });

  it('gives every element its own id even when framework ids look like another element\'s id ("x" and "count-x")', async () => {
    const framework = {
      ...example,
      behaviours: [
        { id: 'b', title: 'First', leadIn: 'Partners:', practices: [{ id: 'x', text: 'Practice x' }, { id: 'count-x', text: 'Practice count-x' }] },
        { id: 'lead-in-b', title: 'Second', leadIn: 'Also:', practices: [{ id: 'tag-x', text: 'Practice tag-x' }, { id: 'na-x', text: 'Practice na-x' }, { id: 'text-x', text: 'Practice text-x' }, { id: 'error-x', text: 'Practice error-x' }] },
      ],
    };
    const element = await renderAndSettle(html`<collab-checklist .framework=${framework} storage-key="colliding-ids"></collab-checklist>`);
    await expectAccessible(element);
    for (const id of ['x', 'count-x', 'tag-x', 'na-x', 'text-x', 'error-x']) await noteField(element, id);
    const ids = $$(element, '[id]').map((node) => node.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'ids used twice').to.deep.equal([]);
    // x's note is described by x's own counter, in x's own list item.
    const note = await noteField(element, 'x');
    const count = element.shadowRoot!.getElementById(note.getAttribute('aria-describedby')!)!;
    expect(count.closest('li')).to.equal(note.closest('li'));
  });
});
