import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import example from '../../framework/examples/partnership-health-check.json';
import ncvo from '../../framework/ncvo-collaborative-behaviours.json';
import { CollabChecklist, type CollabChangeDetail, type FrameworkInput } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $, overallBar, waitUntil } from './helpers.js';
import { createElement, createRoot, flushSync, type Root, useState } from './react.js';

// React 19 (real React and ReactDOM) renders the real element in each engine,
// as docs/hosts/react.md tells an app to: `framework` and `heading-level` as
// props, `oncollab-change` as the handler. helpers.js defines
// <collab-checklist> up front, as an app's top-level import does; the
// definition loaded after React rendered is a tag defined only later.

interface AXNode {
  role: string;
  name: string;
  level?: number;
  children?: AXNode[];
}
/** The example framework file, as an app would pass it (JSON imports widen its formatVersion 1 to number). */
const framework = example as FrameworkInput;
const allNodes = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(allNodes)];

interface AppProps {
  readonly tag: string;
  readonly framework: FrameworkInput;
  /** Set `framework` on the element through a ref (docs/hosts/react.md, for a definition that loads later) rather than as a prop. */
  readonly throughRef?: boolean;
}

/** A React app: the checklist, and a line React updates from the checklist's event. */
function App({ tag, framework, throughRef = false }: AppProps) {
  const [percent, setPercent] = useState<number>();
  const setFramework = (element: HTMLElement | null) => {
    if (element) (element as CollabChecklist).framework = framework;
  };
  return createElement(
    'div',
    null,
    createElement(tag, {
      'storage-key': 'react-app',
      'heading-level': 3,
      ...(throughRef ? { ref: setFramework } : { framework }),
      'oncollab-change': (event: CustomEvent<CollabChangeDetail>) => setPercent(event.detail.score.overall.percent),
    }),
    createElement('p', { className: 'react-percent' }, percent === undefined ? 'Nothing answered yet' : `${percent}% in place`),
  );
}

let root: Root | undefined;
let container: HTMLElement | undefined;

/** Renders the app with React, committed before this returns, and gives the element React created. */
function renderWithReact(props: AppProps): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root!.render(createElement(App, props)));
  return container.querySelector(props.tag)!;
}

/** Waits for the (upgraded) element's first render. */
async function shown(element: HTMLElement): Promise<CollabChecklist> {
  const checklist = element as CollabChecklist;
  await waitUntil(() => checklist.shadowRoot?.querySelector('article.checklist'), 'the checklist is shown');
  await checklist.updateComplete;
  return checklist;
}

let lateTags = 0;
/** A tag not yet defined, and the definition of it, to call after React has rendered it. */
function definedLater(): { tag: string; define: () => void } {
  const tag = `collab-checklist-react-${++lateTags}`;
  return { tag, define: () => customElements.define(tag, class extends CollabChecklist {}) };
}

const titleOf = (element: CollabChecklist) => $(element, '[part="title"]');
const reactLine = () => container!.querySelector('.react-percent')!.textContent;

const firstPractice = example.behaviours[0]!.practices[0]!.id;
/** The example framework rates each practice Not yet, Partly or Fully, with radio buttons. */
const fully = (element: CollabChecklist) => $(element, `input[name="level-${firstPractice}"][value="fully"]`) as HTMLInputElement;

/** Answers the first practice "Fully" like a person and waits for React to show what the event carried. */
async function answerFirstPractice(element: CollabChecklist): Promise<void> {
  expect(reactLine()).to.equal('Nothing answered yet');
  fully(element).click();
  await element.updateComplete;
  const shownPercent = overallBar(element).getAttribute('aria-valuenow');
  expect(Number(shownPercent), 'one of six practices in place').to.be.greaterThan(0);
  await waitUntil(() => reactLine() === `${shownPercent}% in place`, "React shows the percent the checklist's event carried");
}

describe('<collab-checklist> rendered by React 19', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    root?.unmount();
    container?.remove();
  });

  it('has no axe violations', async () => {
    const element = await shown(renderWithReact({ tag: 'collab-checklist', framework }));
    await expectAccessible(element);
  });

  it('shows the framework object React passed as a prop on first render, under the heading level it gave', async () => {
    const element = await shown(renderWithReact({ tag: 'collab-checklist', framework }));
    expect(element.hasAttribute('framework'), 'React set a property, not an attribute').to.equal(false);
    const heading = allNodes((await a11ySnapshot({})) as unknown as AXNode).find((node) => node.role === 'heading' && node.name === example.title);
    expect(heading?.level).to.equal(3);
    expect(element.getAttribute('storage-key')).to.equal('react-app');
  });

  it("calls React's oncollab-change handler when a person answers a practice", async () => {
    const element = await shown(renderWithReact({ tag: 'collab-checklist', framework }));
    await answerFirstPractice(element);
    expect(fully(element).checked).to.equal(true);
  });

  describe('with the definition loaded after React rendered', () => {
    it('shows the framework React set through a ref before the definition loaded', async () => {
      const { tag, define } = definedLater();
      const element = renderWithReact({ tag, framework, throughRef: true });
      define();
      expect(titleOf(await shown(element)).textContent!.trim()).to.equal(example.title);
      expect(titleOf(element as CollabChecklist).tagName).to.equal('H3');
    });

    it("calls React's oncollab-change handler, added before the definition loaded, when a person answers", async () => {
      const { tag, define } = definedLater();
      const element = renderWithReact({ tag, framework, throughRef: true });
      define();
      await answerFirstPractice(await shown(element));
    });

    it('loses a framework passed as a prop, which React wrote as an attribute: the timing docs/hosts/react.md warns about', async () => {
      const { tag, define } = definedLater();
      const element = renderWithReact({ tag, framework });
      define();
      expect(element.getAttribute('framework')).to.equal('[object Object]');
      expect(titleOf(await shown(element)).textContent!.trim()).to.equal(ncvo.title);
    });
  });
});
