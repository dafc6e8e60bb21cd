import { expect, fixture, html } from '@open-wc/testing';

// Two copies of the widget on one page: a host app's bundled copy and a
// sector body's CDN script tag, say. The first to run defines the tag; the
// others leave it alone, and say so when their version differs.
const BUNDLE = new URL('../../dist/collab-checklist.js', import.meta.url).href;

type Module = { CollabChecklist: CustomElementConstructor & { version: string }; VERSION: string };

/** The same built file as another release would be: only its version differs. */
async function importAsVersion(version: string): Promise<Module> {
  const source = (await (await fetch(BUNDLE)).text()).replaceAll('`0.1.0`', `\`${version}\``);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return import(/* @vite-ignore */ url);
}

describe('two copies of the bundle on one page', () => {
  let first: Module;
  let warnings: unknown[][];
  const consoleWarn = console.warn;

  before(async () => {
    localStorage.clear();
    first = await import(/* @vite-ignore */ BUNDLE);
  });
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = consoleWarn;
  });

  it('has no axe violations', async () => {
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await expect(element).to.be.accessible();
  });

  it('exposes the running version on the defined class', () => {
    expect((customElements.get('collab-checklist') as Module['CollabChecklist']).version).to.equal(first.VERSION);
    expect(first.VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('leaves the first definition in place, silently, when a second copy has the same version', async () => {
    const second: Module = await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    expect(customElements.get('collab-checklist')).to.equal(first.CollabChecklist);
    expect(warnings).to.deep.equal([]);
    // What the README warns about: the page's elements are the first copy's.
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    expect(element instanceof second.CollabChecklist).to.equal(false);
    expect(element instanceof first.CollabChecklist).to.equal(true);
  });

  it('warns, naming both versions, when a copy of another version loads', async () => {
    const other = await importAsVersion('9.9.9');
    expect(other.CollabChecklist.version).to.equal('9.9.9');
    expect(customElements.get('collab-checklist')).to.equal(first.CollabChecklist);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include(`${first.VERSION} is already defined`).and.to.include('version 9.9.9 was not loaded');
  });
});
