import { expect, html } from '@open-wc/testing';
import type { CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { $, $$, allPractices, click, NCVO_KEY, noteField, reload, render, storeProgress, tickBox, typeNote } from './helpers.js';

/*
 * Host pages that change what the widget relies on (issue 24): prototypes
 * with toJSON, a broken Date.now or Intl, no crypto. Each test puts the
 * page back as it found it.
 */

const plain = html`<collab-checklist></collab-checklist>`;
const [first, second] = allPractices;

const button = (element: CollabChecklist, label: string) =>
  $$(element, 'button').find((each) => each.textContent!.trim().startsWith(label)) as HTMLButtonElement;
const snapshotRows = (element: CollabChecklist) => $$(element, '.snapshot-list li');

/** Defines `toJSON` on `proto` as an old host library would, for the length of `run`. */
async function withToJSON(proto: object, toJSON: (this: unknown) => unknown, run: () => Promise<void>): Promise<void> {
  Object.defineProperty(proto, 'toJSON', { value: toJSON, configurable: true, writable: true, enumerable: false });
  try {
    await run();
  } finally {
    delete (proto as { toJSON?: unknown }).toJSON;
  }
}

/** Ticks, a note and a snapshot, then a reload: what a person expects to find again. */
async function saveAndReload(): Promise<CollabChecklist> {
  let element = await render(plain);
  await click(element, tickBox(element, first.id));
  await typeNote(element, second.id, 'Ask the board');
  ($(element, '#snapshot-label') as HTMLInputElement).value = 'Board';
  await click(element, button(element, 'Save a snapshot'));
  element = await reload(element, plain);
  return element;
}

async function expectAllKept(element: CollabChecklist): Promise<void> {
  expect(tickBox(element, first.id).checked, 'the tick').to.equal(true);
  expect((await noteField(element, second.id)).value, 'the note').to.equal('Ask the board');
  expect(snapshotRows(element).length, 'the snapshot').to.equal(1);
}

describe('<collab-checklist> on a hostile host page', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe with an old library’s Array.prototype.toJSON on the page', async () => {
    await withToJSON(Array.prototype, function (this: unknown) {
      return JSON.stringify([...(this as unknown[])]);
    }, async () => {
      await expectAccessible(await render(plain));
    });
  });

  it("keeps ticks, notes and snapshots with Prototype.js 1.6's Array.prototype.toJSON", async () => {
    await withToJSON(Array.prototype, function (this: unknown) {
      // Prototype.js 1.6: an array's toJSON gives its JSON text.
      return `[${(this as unknown[]).map((item) => JSON.stringify(item)).join(', ')}]`;
    }, async () => {
      await expectAllKept(await saveAndReload());
    });
  });

  it('keeps ticks, notes and snapshots with an Object.prototype.toJSON', async () => {
    await withToJSON(Object.prototype, () => ({ replaced: true }), async () => {
      await expectAllKept(await saveAndReload());
    });
  });
});

describe('<collab-checklist> with a storage-key that reaches into another key’s set-aside copies', () => {
  beforeEach(() => localStorage.clear());

  it('saves nothing under it and says why, so key "team"’s export never carries it', async () => {
    const other = 'team:unreadable:2026-01-01T00:00:00.000Z';
    const element = await render(html`<collab-checklist storage-key=${other}></collab-checklist>`);
    await click(element, tickBox(element, first.id));
    expect(localStorage.getItem(`collab-checklist:${other}`), 'nothing lands in team’s set-aside area').to.equal(null);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).to.include('not being saved');
    expect(alert).to.include(':unreadable:');
    expect(tickBox(element, first.id).checked, 'the page keeps working').to.equal(true);
  });
});

describe('<collab-checklist> with broken globals on the page', () => {
  beforeEach(() => localStorage.clear());

  it('starts, shows dates and saves when the page replaced Intl.DateTimeFormat with one lacking supportedLocalesOf, warning once', async () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const realWarn = console.warn;
    const warnings: unknown[][] = [];
    // As an old polyfill would: the constructor works, the static lookup is missing.
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      return new RealDateTimeFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await render(html`<collab-checklist lang="cy"></collab-checklist>`);
      await click(element, tickBox(element, first.id));
      expect(JSON.parse(localStorage.getItem(NCVO_KEY)!).responses[first.id].level, 'the tick is saved').to.equal('in-place');
      expect($(element, '.attribution').textContent, 'the framework date is shown in words').to.match(/2021/);
      expect(warnings.filter((args) => String(args[0]).includes('Intl.DateTimeFormat')).length, 'one warning').to.equal(1);
    } finally {
      Intl.DateTimeFormat = RealDateTimeFormat;
      console.warn = realWarn;
    }
  });

  it('starts and saves when Date.now returns NaN, warning once in the console', async () => {
    const realNow = Date.now;
    const realWarn = console.warn;
    const warnings: unknown[][] = [];
    Date.now = () => Number.NaN;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await render(plain);
      await click(element, tickBox(element, first.id));
      await click(element, tickBox(element, second.id));
      const saved = JSON.parse(localStorage.getItem(NCVO_KEY)!) as { savedAt: string };
      expect(Number.isNaN(Date.parse(saved.savedAt)), 'saved with a real time').to.equal(false);
      expect(warnings.filter((args) => String(args[0]).includes('Date.now')).length, 'one warning').to.equal(1);
    } finally {
      Date.now = realNow;
      console.warn = realWarn;
    }
  });
});

describe('<collab-checklist> with text that turns direction', () => {
  beforeEach(() => localStorage.clear());

  it('isolates a snapshot name with U+202E, so the score line beside it reads in order', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    const name = '\u202eBoard';
    ($(element, '#snapshot-label') as HTMLInputElement).value = name;
    await click(element, button(element, 'Save a snapshot'));
    const select = $(element, '#compare-with') as HTMLSelectElement;
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    const texts = [
      $(element, '.over-time [aria-live="polite"]').textContent!,
      $(element, '.over-time-since').textContent!,
      select.options[1].text,
    ];
    // FSI … PDI, the plain-text <bdi>: what follows the name keeps its own direction.
    for (const text of texts) expect(text, JSON.stringify(text)).to.include(`\u2068${name}\u2069`);
  });
});

describe('<collab-checklist> says only what is true', () => {
  beforeEach(() => localStorage.clear());

  it('does not say "Snapshot saved" when storage is full', async () => {
    const element = await render(plain);
    await click(element, tickBox(element, first.id));
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      ($(element, '#snapshot-label') as HTMLInputElement).value = 'Board';
      await click(element, button(element, 'Save a snapshot'));
    } finally {
      Storage.prototype.setItem = realSetItem;
    }
    const status = $(element, '.over-time [aria-live="polite"]').textContent!;
    expect(status).to.not.include('Snapshot saved');
    expect(status).to.include('not saved');
    expect(snapshotRows(element).length, 'it is still on this page').to.equal(1);
  });
});

describe('<collab-checklist> dates people read', () => {
  beforeEach(() => localStorage.clear());

  it('dates a snapshot by this computer’s clock after a save from a clock a year fast', async () => {
    const yearAhead = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString();
    storeProgress({ savedAt: yearAhead, responses: { [first.id]: { level: 'in-place', notApplicable: false, note: '', changedAt: yearAhead } } });
    const element = await render(plain);
    const before = Date.now();
    await click(element, button(element, 'Save a snapshot'));
    const { snapshots } = JSON.parse(localStorage.getItem(NCVO_KEY)!) as { snapshots: { takenAt: string }[] };
    const takenAt = Date.parse(snapshots[0].takenAt);
    expect(takenAt - before, snapshots[0].takenAt).to.be.lessThan(60_000);
    expect(takenAt).to.be.at.least(before);
  });
});
