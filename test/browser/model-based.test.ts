import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import { readRecord } from '../../src/core/index.js';
import type { CollabChecklist } from '../../src/index.js';
import { expectAccessible } from './a11y.js';
import { byEngine } from './engine.js';
import { allPractices, naBox, noteField, tickBox, typeNote, waitUntil } from './helpers.js';
import { openTabFrame, type PageWindow as TabWindow } from './page-frame.js';

/*
 * Model-based tests of saved progress (fast-check `asyncModelRun`).
 *
 * The model is what a person expects: per practice, in place / not
 * applicable / note. Random sequences of what a person and the browser can
 * do are run against real elements in Chromium, and after every step each
 * live element and the stored record are compared with the model.
 *
 * Commands: tick, untick, mark and unmark not applicable, write a note
 * (empty, Welsh, HTML-looking, 500 characters, arbitrary text), reload the
 * page, add and remove a second element on the same key, storage failing
 * (every call refused, or only writes refused as when the quota is full),
 * and storage coming back followed by one more edit.
 *
 * THE CONTRACT when storage fails (what is checked):
 *
 * 1. Every live element on a key always shows the same thing: the model.
 *    An edit in one is shown at once in every other.
 * 2. While storage works, the stored record equals the model after every
 *    edit, reload, added or removed element.
 * 3. When a save fails, the element that tried says so (role="alert",
 *    "not being saved") and keeps working in memory; the stored record is
 *    left exactly as it was (nothing half-written, nothing cleared).
 * 4. An element that has failed to save, or that was created while storage
 *    refused to be read, keeps its changes in memory only until it is
 *    reloaded, even after storage comes back: its warning said "your
 *    changes will be lost when you close or reload this page" and it keeps
 *    saying so. (`SAVES_RESUME_AFTER_RECOVERY = false`, what src/ does
 *    today; set it to true to check the stronger promise that the first
 *    edit after storage comes back saves everything held in memory.)
 *    Another element on the page that has not failed saves as usual, and
 *    its save carries everything the page holds, since the elements on a
 *    key share every change.
 * 5. A reload while storage refuses every call starts empty (it cannot read
 *    anything) and warns; what was only in memory before that reload is
 *    gone, as the warning said. What was stored before storage failed is
 *    never lost: it is still stored, and when a later save succeeds it is
 *    merged, per practice, with the edits made since (the newer wins).
 *    A reload while storage is only full reads the stored record as usual.
 * 6. Not modelled, on purpose: adding a second element while storage
 *    refuses every call, or while changes are unsaved. Such an element reads
 *    only what is stored and is not told what its siblings hold in memory,
 *    so the two disagree until the next edit on the page
 *    (storage-edge-cases.test.ts has the case). Reload, which replaces every
 *    element, is modelled.
 *
 * Edits are made at a human pace: each one in a later millisecond than the
 * last change any element stamped (see `humanPace`). Each element has its
 * own clock, so two edits to one practice in two elements within one
 * millisecond can be ordered by content rather than time
 * (storage-edge-cases.test.ts has that case too); not checked here.
 *
 * Runs: NUM_RUNS (80) sequences of up to MAX_COMMANDS (30) commands, about
 * 850 commands in all, on the first four practices so that commands collide
 * often; then TAB_RUNS (25) two-tab interleavings; then CLOCK_RUNS (20)
 * runs of two tabs whose clocks disagree, with Reset and Undo; then
 * SAME_NOTE_RUNS (25) runs of one note typed in both tabs (about 15 s).
 * The whole file takes about 70 s in Chromium on a 2-core machine; every
 * property also stops at its time limit.
 *
 * Those are Chromium's numbers. Firefox and WebKit run a bounded smoke run of
 * the same model, commands and properties (`byEngine`, engine.ts): 12, 6, 5
 * and 6 runs, each property stopping after 20, 15, 10 and 15 s, about 60 s
 * in all at most, where the full depth allowed 250 s per engine. A
 * failure prints fast-check's seed, path and the shrunk command list;
 * replay it by adding `seed` and `path` to the options of that fc.assert.
 */

const NUM_RUNS = byEngine(80, 12);
const MAX_COMMANDS = 30;
/** See the contract above, point 4. */
const SAVES_RESUME_AFTER_RECOVERY = true;

const STORAGE_KEY_ATTR = 'model-based';
const STORAGE_KEY = `collab-checklist:${STORAGE_KEY_ATTR}`;
const PRACTICES = allPractices.slice(0, 4).map((practice) => practice.id);
const TOP = 'in-place';

// --- the model --------------------------------------------------------------

interface Answer {
  readonly inPlace: boolean;
  readonly notApplicable: boolean;
  readonly note: string;
}

const BLANK: Answer = { inPlace: false, notApplicable: false, note: '' };

type Failure = 'refused' | 'full';

interface ElementModel {
  /** Has failed to save, or could not read storage when created: keeps changes in memory only (contract point 4). */
  latched: boolean;
}

interface Model {
  /** What every live element shows. */
  shown: Map<string, Answer>;
  /** What the stored record holds. */
  stored: Map<string, Answer>;
  /** Practices changed in memory since the last successful save. */
  unsaved: Set<string>;
  failure: Failure | undefined;
  elements: ElementModel[];
}

// --- the real thing ---------------------------------------------------------

const realStorage = {
  getItem: Storage.prototype.getItem,
  setItem: Storage.prototype.setItem,
  removeItem: Storage.prototype.removeItem,
};

/** The stored record, read past any stub. */
function storedText(): string | null {
  return realStorage.getItem.call(localStorage, STORAGE_KEY);
}

/**
 * Makes storage fail: 'refused' throws from every call (private modes,
 * storage turned off, as test/browser/helpers.ts breakStorage does); 'full'
 * reads as usual but every write throws QuotaExceededError.
 */
function failStorage(failure: Failure): void {
  const proto = Storage.prototype;
  if (failure === 'refused') {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    proto.getItem = refuse;
    proto.setItem = refuse;
    proto.removeItem = refuse;
  } else {
    proto.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}

function restoreStorage(): void {
  Object.assign(Storage.prototype, realStorage);
}

interface Real {
  readonly container: HTMLElement;
  readonly elements: CollabChecklist[];
  /** Latest changedAt any element has stamped, in ms. */
  lastStamp: number;
}

async function createElement(real: Real): Promise<CollabChecklist> {
  const element = document.createElement('collab-checklist') as CollabChecklist;
  element.setAttribute('storage-key', STORAGE_KEY_ATTR);
  real.container.append(element);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot?.querySelector(`#practice-${PRACTICES[0]}`), 'the element did not render its practices');
  return element;
}

async function settle(real: Real): Promise<void> {
  for (const element of real.elements) await element.updateComplete;
}

/**
 * Waits until the clock has passed every time an element has stamped, as
 * it has between two clicks by a person. Without it, an edit in one element
 * straight after an edit to the same practice in another can carry the
 * same time, and the merge then orders them by content.
 */
async function humanPace(real: Real): Promise<void> {
  while (Date.now() <= real.lastStamp + 1) await new Promise((resolve) => setTimeout(resolve, 1));
}

// --- reading what an element shows and what is stored -------------------------

async function shownBy(element: CollabChecklist, practiceId: string): Promise<Answer> {
  const field = await noteField(element, practiceId);
  return { inPlace: tickBox(element, practiceId).checked, notApplicable: naBox(element, practiceId).checked, note: field.value };
}

function storedAnswers(): Map<string, Answer> {
  const text = storedText();
  const answers = new Map<string, Answer>();
  if (text === null) return answers;
  const reading = readRecord(text);
  if (reading.kind !== 'record') throw new Error(`the stored record is ${reading.kind}: ${text.slice(0, 200)}`);
  for (const [id, response] of reading.record.responses) {
    answers.set(id, { inPlace: response.level === TOP && !response.notApplicable, notApplicable: response.notApplicable, note: response.note });
  }
  return answers;
}

function hasWarning(element: CollabChecklist): boolean {
  const alert = element.shadowRoot!.querySelector('[role="alert"]');
  return !!alert && (alert.textContent ?? '').includes('not being saved');
}

const answerOf = (answers: ReadonlyMap<string, Answer>, id: string): Answer => answers.get(id) ?? BLANK;
const describeAnswer = (answer: Answer) => JSON.stringify(answer);

/** Every check after every command: contract points 1 to 3. */
async function checkAll(model: Model, real: Real): Promise<void> {
  await settle(real);
  expect(real.elements.length, 'live elements').to.equal(model.elements.length);
  for (const [index, element] of real.elements.entries()) {
    for (const id of PRACTICES) {
      const shown = await shownBy(element, id);
      expect(describeAnswer(shown), `element ${index} shows ${id}`).to.equal(describeAnswer(answerOf(model.shown, id)));
    }
  }
  const stored = storedAnswers();
  for (const id of [...PRACTICES, ...stored.keys()]) {
    expect(describeAnswer(answerOf(stored, id)), `stored ${id}`).to.equal(describeAnswer(answerOf(model.stored, id)));
  }
  if (model.failure === undefined && model.unsaved.size === 0) {
    // Model sanity: with storage working and nothing unsaved, what is shown is what is stored.
    for (const id of PRACTICES) expect(describeAnswer(answerOf(model.shown, id))).to.equal(describeAnswer(answerOf(model.stored, id)));
  }
}

// --- edits --------------------------------------------------------------------

type EditKind = 'tick' | 'untick' | 'mark-na' | 'unmark-na' | 'note';

function applyToModel(answer: Answer, kind: EditKind, note: string): Answer {
  switch (kind) {
    case 'tick':
      return { ...answer, inPlace: true, notApplicable: false };
    case 'untick':
      return { ...answer, inPlace: false };
    case 'mark-na':
      return { ...answer, notApplicable: true, inPlace: false };
    case 'unmark-na':
      return { ...answer, notApplicable: false };
    case 'note':
      return { ...answer, note };
  }
}

/** A textarea gives back its text with every line break as "\n". */
const asTextareaGivesIt = (text: string) => text.replace(/\r\n?/g, '\n');

/** Whether an element should be showing the "not being saved" warning, checked after the data. */
interface WarningExpectation {
  readonly element: CollabChecklist;
  readonly index: number;
  readonly warns: boolean;
}

function checkWarning({ element, index, warns }: WarningExpectation): void {
  const message = warns ? `element ${index} warns that its change was not saved` : `element ${index} saved, and does not say it did not`;
  expect(hasWarning(element), message).to.equal(warns);
}

/** Makes one edit in one element, as a person would, and brings the model along (contract points 3 to 5). */
async function edit(model: Model, real: Real, elementIndex: number, practiceId: string, kind: EditKind, note: string): Promise<WarningExpectation> {
  const index = elementIndex % real.elements.length;
  const element = real.elements[index];
  await humanPace(real);
  if (kind === 'note') await typeNote(element, practiceId, note);
  else {
    const box = kind === 'tick' || kind === 'untick' ? tickBox(element, practiceId) : naBox(element, practiceId);
    box.click();
  }
  await settle(real);

  if (model.failure !== 'refused') {
    // Before stamping a change the element takes in what is stored (another
    // tab may have saved a moment ago): stored answers it holds no newer
    // change to come back, and the edit applies to what it then shows.
    for (const [id, answer] of model.stored) if (!model.unsaved.has(id)) model.shown.set(id, answer);
  }
  model.shown.set(practiceId, applyToModel(answerOf(model.shown, practiceId), kind, asTextareaGivesIt(note)));
  model.unsaved.add(practiceId);
  const self = model.elements[index];
  const canSave = model.failure === undefined && (SAVES_RESUME_AFTER_RECOVERY || !self.latched);
  if (canSave) {
    // The save merges per practice with what is stored: the unsaved changes are the newer.
    for (const id of model.unsaved) model.stored.set(id, answerOf(model.shown, id));
    model.unsaved.clear();
    model.shown = new Map(model.stored);
    self.latched = false;
  } else {
    self.latched = true;
  }
  return { element, index, warns: self.latched };
}

/**
 * A click on a practice's tick box or "Not applicable" box, or a note
 * typed. A click ticks or unticks (marks or unmarks) depending on what the
 * box shows, so every generated click runs; its name says which it was.
 */
class EditCommand implements fc.AsyncCommand<Model, Real> {
  #ran?: EditKind;

  constructor(
    readonly control: 'tick box' | 'n/a box' | 'note',
    readonly elementIndex: number,
    readonly practice: number,
    readonly note = '',
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const answer = answerOf(model.shown, PRACTICES[this.practice]);
    this.#ran =
      this.control === 'note' ? 'note' : this.control === 'tick box' ? (answer.inPlace ? 'untick' : 'tick') : answer.notApplicable ? 'unmark-na' : 'mark-na';
    const warning = await edit(model, real, this.elementIndex, PRACTICES[this.practice], this.#ran, this.note);
    await checkAll(model, real);
    checkWarning(warning);
  }

  toString(): string {
    const what = this.#ran ?? `click ${this.control}`;
    return `${what}(element ${this.elementIndex}, ${PRACTICES[this.practice]}${this.control === 'note' ? `, ${JSON.stringify(this.note)}` : ''})`;
  }
}

/** The page is loaded again: every element is replaced by a new one on the same key. */
class ReloadCommand implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const count = real.elements.length;
    for (const element of real.elements.splice(0)) element.remove();
    await nextFrame();
    for (let i = 0; i < count; i += 1) real.elements.push(await createElement(real));

    if (model.failure === 'refused') {
      // Nothing can be read: a fresh start, and a warning (contract point 5).
      model.shown = new Map();
      model.unsaved.clear();
      model.elements = real.elements.map(() => ({ latched: true }));
      for (const element of real.elements) expect(hasWarning(element), 'a reload without storage warns at once').to.equal(true);
    } else {
      // What was only in memory is gone; the stored record is read.
      model.shown = new Map(model.stored);
      model.unsaved.clear();
      model.elements = real.elements.map(() => ({ latched: false }));
    }
    await checkAll(model, real);
  }

  toString(): string {
    return 'reload';
  }
}

class AddElementCommand implements fc.AsyncCommand<Model, Real> {
  check(model: Readonly<Model>): boolean {
    // Contract point 6: not while storage refuses to be read. Nor while
    // changes are unsaved (storage full, or a latched element): the new
    // element reads the stored record and learns of them only with the next
    // edit on the page.
    return model.elements.length === 1 && model.failure !== 'refused' && model.unsaved.size === 0;
  }

  async run(model: Model, real: Real): Promise<void> {
    real.elements.push(await createElement(real));
    model.elements.push({ latched: false });
    await checkAll(model, real);
  }

  toString(): string {
    return 'add second element';
  }
}

class RemoveElementCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly elementIndex: number) {}

  check(model: Readonly<Model>): boolean {
    return model.elements.length === 2;
  }

  async run(model: Model, real: Real): Promise<void> {
    const index = this.elementIndex % real.elements.length;
    real.elements.splice(index, 1)[0].remove();
    model.elements.splice(index, 1);
    await checkAll(model, real);
  }

  toString(): string {
    return `remove element ${this.elementIndex}`;
  }
}

class FailStorageCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly failure: Failure) {}

  check(model: Readonly<Model>): boolean {
    return model.failure === undefined;
  }

  async run(model: Model, real: Real): Promise<void> {
    failStorage(this.failure);
    model.failure = this.failure;
    await checkAll(model, real);
  }

  toString(): string {
    return `storage fails (${this.failure})`;
  }
}

/** Storage works again, and the person makes one more edit (a note), so a save is attempted. */
class RecoverStorageCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly elementIndex: number,
    readonly practice: number,
    readonly note: string,
  ) {}

  check(model: Readonly<Model>): boolean {
    return model.failure !== undefined;
  }

  async run(model: Model, real: Real): Promise<void> {
    restoreStorage();
    model.failure = undefined;
    const warning = await edit(model, real, this.elementIndex, PRACTICES[this.practice], 'note', this.note);
    await checkAll(model, real);
    checkWarning(warning);
  }

  toString(): string {
    return `storage recovers, then note(element ${this.elementIndex}, ${PRACTICES[this.practice]}, ${JSON.stringify(this.note)})`;
  }
}

// --- generators -----------------------------------------------------------------

const noteArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    'Gofyn i’r bwrdd ym mis Mawrth: ŵyr, ŷd, â, ê, î, ô, û',
    'Cytunwyd gan yr ymddiriedolwyr – Ŵ Ŷ',
    '<img src=x onerror="window.__modelPwned=1"><b>bold</b>',
    '</textarea><script>window.__modelPwned=1</script>',
    '&amp; &lt;b&gt; ${x} {{y}}',
    'Line one\nLine two\r\nLine three',
    '   ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 500, maxLength: 500 }),
  fc.constant('ŵ'.repeat(500)),
);

const elementArb = fc.nat({ max: 1 });
const practiceArb = fc.nat({ max: PRACTICES.length - 1 });

const commandArbs: fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] = [
  fc.tuple(elementArb, practiceArb).map(([e, p]) => new EditCommand('tick box', e, p)),
  fc.tuple(elementArb, practiceArb).map(([e, p]) => new EditCommand('tick box', e, p)),
  fc.tuple(elementArb, practiceArb).map(([e, p]) => new EditCommand('n/a box', e, p)),
  fc.tuple(elementArb, practiceArb, noteArb).map(([e, p, note]) => new EditCommand('note', e, p, note)),
  fc.constant(new ReloadCommand()),
  fc.constant(new AddElementCommand()),
  elementArb.map((e) => new RemoveElementCommand(e)),
  fc.constantFrom<Failure>('refused', 'full').map((failure) => new FailStorageCommand(failure)),
  fc.tuple(elementArb, practiceArb, noteArb).map(([e, p, note]) => new RecoverStorageCommand(e, p, note)),
];

// --- running ------------------------------------------------------------------

async function runModel(commands: Iterable<fc.AsyncCommand<Model, Real>>): Promise<void> {
  localStorage.clear();
  const container = document.createElement('div');
  document.body.append(container);
  const real: Real = { container, elements: [], lastStamp: 0 };
  const onChange = (event: Event) => {
    const detail = (event as CustomEvent<{ response?: { changedAt: string } }>).detail;
    if (detail.response) real.lastStamp = Math.max(real.lastStamp, Date.parse(detail.response.changedAt));
  };
  container.addEventListener('collab-change', onChange);
  try {
    real.elements.push(await createElement(real));
    const model: Model = { shown: new Map(), stored: new Map(), unsaved: new Set(), failure: undefined, elements: [{ latched: false }] };
    await fc.asyncModelRun(() => ({ model, real }), commands);
  } finally {
    restoreStorage();
    container.removeEventListener('collab-change', onChange);
    container.remove();
    localStorage.clear();
  }
}

describe('<collab-checklist> against a model of saved progress', () => {
  it('has no axe violations before the model runs', async () => {
    localStorage.clear();
    const element = await fixture(html`<collab-checklist></collab-checklist>`);
    await expectAccessible(element);
  });

  afterEach(() => {
    restoreStorage();
    localStorage.clear();
  });

  it(`matches the model after every command (${NUM_RUNS} sequences of up to ${MAX_COMMANDS} commands)`, async function () {
    this.timeout(180_000);
    await fc.assert(fc.asyncProperty(fc.commands(commandArbs, { maxCommands: MAX_COMMANDS, size: 'max' }), runModel), {
      numRuns: NUM_RUNS,
      includeErrorInReport: true,
      // Bounded by time as well as runs, in each of three engines on a busy
      // machine: after 90 s (20 s in Firefox and WebKit) it stops with the sequences it has checked (or,
      // while shrinking a failure, reports the smallest found so far).
      interruptAfterTimeLimit: byEngine(90_000, 20_000),
    });
    expect((window as { __modelPwned?: number }).__modelPwned, 'no note ran as HTML').to.equal(undefined);
  });
});

// --- two tabs -----------------------------------------------------------------

/*
 * Two "tabs": two same-origin iframes (pages/tab.html), each with its own
 * window, module map and widget on the same key, sharing localStorage and
 * hearing each other only through `storage` events, as real tabs do.
 *
 * Each run splits the practices between the tabs, then plays rounds: in
 * each round both tabs are edited back to back, in a random order, with no
 * await between the two edits, so each saves before it has heard of the
 * other's change. Between rounds the elements re-render (a person cannot
 * click faster than that) but the storage events are usually still on
 * their way. Once the events settle, both tabs and the stored record must
 * show every edit: the merge per practice loses nothing.
 *
 * TAB_RUNS runs of up to 8 rounds; a few seconds.
 */

const TAB_RUNS = byEngine(25, 6);
const TABS_KEY_ATTR = 'two-tabs';
const TABS_KEY = `collab-checklist:${TABS_KEY_ATTR}`;

const openTab = () => openTabFrame(400);

/** A fresh widget in a tab, every practice's notes open so that a note can be typed without waiting. */
async function freshWidget(win: TabWindow): Promise<CollabChecklist> {
  win.document.querySelector('collab-checklist')?.remove();
  const element = win.document.createElement('collab-checklist') as CollabChecklist;
  element.setAttribute('storage-key', TABS_KEY_ATTR);
  win.document.querySelector('main')!.append(element);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot?.querySelector(`#practice-${PRACTICES[0]}`), 'the widget in the tab did not render');
  for (const id of PRACTICES) await noteField(element, id);
  const known = knownByTab.get(win);
  if (known) known.seq = lastChange().seq;
  return element;
}

interface TabEdit {
  readonly control: 'tick box' | 'n/a box' | 'note';
  /** Index into the tab's own practices. */
  readonly slot: number;
  readonly note: string;
}

const tabEditArb: fc.Arbitrary<TabEdit> = fc.record({
  control: fc.constantFrom('tick box' as const, 'n/a box' as const, 'note' as const),
  slot: fc.nat({ max: 3 }),
  note: noteArb,
});

const tabRunArb = fc.record({
  /** Which tab edits each practice after the first two (the first belongs to tab 0, the second to tab 1). */
  owners: fc.tuple(fc.constantFrom<0 | 1>(0, 1), fc.constantFrom<0 | 1>(0, 1)),
  rounds: fc.array(
    fc.record({ edits: fc.tuple(tabEditArb, tabEditArb), firstTab: fc.constantFrom<0 | 1>(0, 1), settleAfter: fc.boolean() }),
    { minLength: 1, maxLength: 8 },
  ),
});

/** Edits one practice synchronously, as the click or keystroke lands: no await. */
function editNow(element: CollabChecklist, practiceId: string, edit: TabEdit): void {
  if (edit.control === 'note') {
    const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${practiceId}`)!;
    field.value = edit.note;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else (edit.control === 'tick box' ? tickBox(element, practiceId) : naBox(element, practiceId)).click();
}

function afterEdit(answer: Answer, edit: TabEdit): Answer {
  switch (edit.control) {
    case 'tick box':
      return answer.inPlace ? { ...answer, inPlace: false } : { ...answer, inPlace: true, notApplicable: false };
    case 'n/a box':
      return answer.notApplicable ? { ...answer, notApplicable: false } : { ...answer, notApplicable: true, inPlace: false };
    case 'note':
      return { ...answer, note: asTextareaGivesIt(edit.note) };
  }
}

function storedTabAnswers(): Map<string, Answer> {
  const text = localStorage.getItem(TABS_KEY);
  const answers = new Map<string, Answer>();
  if (text === null) return answers;
  const reading = readRecord(text);
  if (reading.kind !== 'record') throw new Error(`the stored record is ${reading.kind}`);
  for (const [id, r] of reading.record.responses) answers.set(id, { inPlace: r.level === TOP && !r.notApplicable, notApplicable: r.notApplicable, note: r.note });
  return answers;
}

/** What a tab shows, read without opening anything (every note is already open). */
function shownNow(element: CollabChecklist, id: string): Answer {
  const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${id}`)!;
  return { inPlace: tickBox(element, id).checked, notApplicable: naBox(element, id).checked, note: field.value };
}

const tabsAgree = (tabs: readonly CollabChecklist[], expected: ReadonlyMap<string, Answer>) =>
  tabs.every((tab) => PRACTICES.every((id) => describeAnswer(shownNow(tab, id)) === describeAnswer(answerOf(expected, id))));

/*
 * What each tab has heard of. Every change to the tabs' record gets the
 * next number, in the order storage took it; a tab knows a change once it
 * wrote it, read it when its widget was made, or heard it in a `storage`
 * event. Events arrive when the browser gets to them (late on a busy
 * machine, and after the tab's own later write), so the test counts them
 * instead of waiting a number of tasks.
 */
const changes: { seq: number; text: string | null }[] = [{ seq: 0, text: null }];
const knownByTab = new WeakMap<Window, { seq: number }>();

const lastChange = () => changes[changes.length - 1];

function recordChange(text: string | null): number {
  if (lastChange().text !== text) changes.push({ seq: lastChange().seq + 1, text });
  return lastChange().seq;
}

/** The number of the latest change that left `text` in storage. */
function changeThatLeft(text: string | null): number {
  for (let i = changes.length - 1; i >= 0; i -= 1) if (changes[i].text === text) return changes[i].seq;
  return 0;
}

function trackWhatTabKnows(win: TabWindow): void {
  const known = { seq: lastChange().seq };
  knownByTab.set(win, known);
  win.addEventListener('storage', (event) => {
    if (event.key === TABS_KEY || event.key === null) known.seq = Math.max(known.seq, changeThatLeft(event.newValue));
  });
  const proto = win.Storage.prototype;
  const { setItem, removeItem } = proto;
  proto.setItem = function (this: Storage, key: string, value: string) {
    setItem.call(this, key, value);
    if (key === TABS_KEY) known.seq = recordChange(String(value));
  };
  proto.removeItem = function (this: Storage, key: string) {
    removeItem.call(this, key);
    if (key === TABS_KEY) known.seq = recordChange(null);
  };
}

/** Empties storage between runs, as a change both tabs hear of. */
async function clearTabsStorage(wins: readonly TabWindow[]): Promise<void> {
  localStorage.clear();
  recordChange(null);
  await everyTabHeard(wins);
}

async function everyTabHeard(wins: readonly Window[]): Promise<void> {
  expect(localStorage.getItem(TABS_KEY), 'storage holds the last change the tabs made').to.equal(lastChange().text);
  await waitUntil(() => wins.every((win) => knownByTab.get(win)!.seq >= lastChange().seq), 'a tab did not hear of the last change saved in the other');
}

/**
 * Waits until every tab has heard of the record storage holds now, then
 * for the tabs to render it. Storage events arrive when the browser gets
 * to them, later on a busy machine, so the test waits for them rather than
 * for a number of tasks.
 */
async function storageEventsSettle(tabs: readonly CollabChecklist[]): Promise<void> {
  await everyTabHeard(tabs.map((tab) => tab.ownerDocument.defaultView!));
  await nextFrame();
  for (const tab of tabs) await tab.updateComplete;
}

/**
 * Opens two tabs (iframes on tab.html) before a describe block's tests and
 * closes them after; the windows are filled in once open.
 */
function withTwoTabs(): TabWindow[] {
  const frames: HTMLIFrameElement[] = [];
  const wins: TabWindow[] = [];
  before(async function () {
    this.timeout(30_000);
    const opened = [await openTab(), await openTab()];
    for (const { win } of opened) trackWhatTabKnows(win);
    frames.push(...opened.map((tab) => tab.frame));
    wins.push(...opened.map((tab) => tab.win));
  });
  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
    wins.length = 0;
    localStorage.clear();
    recordChange(null);
  });
  return wins;
}

describe('<collab-checklist> in two tabs on one key', () => {
  const wins = withTwoTabs();

  it(`keeps edits made in both tabs at nearly the same moment (${TAB_RUNS} random interleavings)`, async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(tabRunArb, async ({ owners, rounds }) => {
        await clearTabsStorage(wins);
        const tabs = [await freshWidget(wins[0]), await freshWidget(wins[1])];
        const owned: string[][] = [[PRACTICES[0]], [PRACTICES[1]]];
        owned[owners[0]].push(PRACTICES[2]);
        owned[owners[1]].push(PRACTICES[3]);
        const expected = new Map<string, Answer>();

        for (const { edits, firstTab, settleAfter } of rounds) {
          const order = firstTab === 0 ? [0, 1] : [1, 0];
          // Both edits land before either tab has heard of the other's.
          for (const tab of order) {
            const edit = edits[tab];
            const id = owned[tab][edit.slot % owned[tab].length];
            editNow(tabs[tab], id, edit);
            expected.set(id, afterEdit(answerOf(expected, id), edit));
          }
          for (const tab of tabs) await tab.updateComplete;
          if (settleAfter) await storageEventsSettle(tabs);
        }

        await storageEventsSettle(tabs);
        await waitUntil(() => tabsAgree(tabs, expected), 'the tabs did not come to agree').catch(() => undefined);
        for (const [index, tab] of tabs.entries()) {
          for (const id of PRACTICES) {
            expect(describeAnswer(shownNow(tab, id)), `tab ${index} shows ${id}`).to.equal(describeAnswer(answerOf(expected, id)));
          }
        }
        const stored = storedTabAnswers();
        for (const id of [...PRACTICES, ...stored.keys()]) {
          expect(describeAnswer(answerOf(stored, id)), `stored ${id}`).to.equal(describeAnswer(answerOf(expected, id)));
        }
      }),
      { numRuns: TAB_RUNS, includeErrorInReport: true, interruptAfterTimeLimit: byEngine(60_000, 15_000) },
    );
  });
});

// --- two tabs whose clocks lie ---------------------------------------------------

/*
 * The same two tabs, each with its own clock offset (`Date.now` in its
 * window is the real time plus an offset, from two days slow to two days
 * fast), and offsets that change between commands, backwards too, as a
 * clock put right does. Commands run one after another at a person's pace,
 * each tab having seen the other's last change: edits to shared practices
 * (tick, not applicable, note) in either tab, Reset, Undo of a Reset,
 * reloading a tab.
 *
 * THE INVARIANT, after every command: both tabs and the stored record show
 * the person's changes applied in the real order they were made, whatever
 * the clocks said. Undo gives back what its Reset cleared, except practices
 * changed since (in either tab), which keep their change.
 *
 * CLOCK_RUNS runs of up to 12 commands; some seconds.
 */

const CLOCK_RUNS = byEngine(20, 5);
const TWO_DAYS = 2 * 24 * 3600 * 1000;

type ClockCommand =
  | { readonly kind: 'edit'; readonly tab: 0 | 1; readonly practice: number; readonly edit: TabEdit }
  | { readonly kind: 'skew'; readonly tab: 0 | 1; readonly offset: number }
  | { readonly kind: 'reset' | 'undo' | 'reload'; readonly tab: 0 | 1 };

const tabArb = fc.constantFrom<0 | 1>(0, 1);
const clockCommandArb: fc.Arbitrary<ClockCommand> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), tab: tabArb, practice: fc.nat({ max: 2 }), edit: tabEditArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('skew' as const), tab: tabArb, offset: fc.integer({ min: -TWO_DAYS, max: TWO_DAYS }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('reset' as const, 'undo' as const, 'reload' as const), tab: tabArb }) },
);

/** What Undo in `tab` would give back, while it is offered there. */
interface Undoable {
  readonly tab: 0 | 1;
  readonly before: ReadonlyMap<string, Answer>;
  /** Practices changed since the Reset, in either tab: Undo keeps their change. */
  readonly changedSince: Set<string>;
}

const buttonIn = (element: CollabChecklist, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((each) => each.textContent!.trim() === text);

describe('<collab-checklist> in two tabs whose clocks disagree', () => {
  const wins = withTwoTabs();

  it(`shows and keeps the person's last change in real order, with Reset and Undo (${CLOCK_RUNS} random runs)`, async function () {
    this.timeout(180_000);
    const practices = PRACTICES.slice(0, 3);
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.integer({ min: -TWO_DAYS, max: TWO_DAYS }), fc.integer({ min: -TWO_DAYS, max: TWO_DAYS })), fc.array(clockCommandArb, { minLength: 1, maxLength: 12 }), async (startOffsets, commands) => {
        await clearTabsStorage(wins);
        const offsets = [...startOffsets];
        wins.forEach((win, index) => {
          win.Date.now = () => Date.now() + offsets[index];
        });
        const tabs = [await freshWidget(wins[0]), await freshWidget(wins[1])];
        const model = new Map<string, Answer>();
        let undoable: Undoable | undefined;

        for (const command of commands) {
          // Notes close when a Reset empties them: open each again, as a person would to type.
          for (const each of tabs) for (const id of practices) await noteField(each, id);
          const tab = tabs[command.tab];
          switch (command.kind) {
            case 'skew':
              offsets[command.tab] = command.offset;
              break;
            case 'edit': {
              const id = practices[command.practice];
              editNow(tab, id, command.edit);
              model.set(id, afterEdit(answerOf(model, id), command.edit));
              if (undoable?.tab === command.tab) undoable = undefined;
              else undoable?.changedSince.add(id);
              break;
            }
            case 'reset':
              buttonIn(tab, 'Reset')!.click();
              await tab.updateComplete;
              buttonIn(tab, 'Yes, clear everything')!.click();
              undoable = { tab: command.tab, before: new Map(model), changedSince: new Set() };
              model.clear();
              break;
            case 'undo': {
              const undo = buttonIn(tab, 'Undo');
              expect(Boolean(undo), `Undo offered in tab ${command.tab}`).to.equal(undoable?.tab === command.tab);
              if (!undo || !undoable) break;
              undo.click();
              for (const [id, answer] of undoable.before) if (!undoable.changedSince.has(id)) model.set(id, answer);
              undoable = undefined;
              break;
            }
            case 'reload':
              tabs[command.tab] = await freshWidget(wins[command.tab]);
              if (undoable?.tab === command.tab) undoable = undefined;
              break;
          }
          await storageEventsSettle(tabs);
          for (const each of tabs) for (const id of practices) await noteField(each, id);
          await waitUntil(() => tabsAgree(tabs, model), 'the tabs did not come to agree').catch(() => undefined);
          for (const [index, each] of tabs.entries()) {
            for (const id of practices) {
              expect(describeAnswer(shownNow(each, id)), `tab ${index} shows ${id} after ${command.kind}`).to.equal(describeAnswer(answerOf(model, id)));
            }
          }
          const stored = storedTabAnswers();
          for (const id of practices) expect(describeAnswer(answerOf(stored, id)), `stored ${id} after ${command.kind}`).to.equal(describeAnswer(answerOf(model, id)));
        }
        // A reload of both tabs brings back exactly the same.
        const reloaded = [await freshWidget(wins[0]), await freshWidget(wins[1])];
        for (const each of reloaded) for (const id of practices) await noteField(each, id);
        for (const each of reloaded) for (const id of practices) expect(describeAnswer(shownNow(each, id)), `after reload ${id}`).to.equal(describeAnswer(answerOf(model, id)));
      }),
      { numRuns: CLOCK_RUNS, includeErrorInReport: true, interruptAfterTimeLimit: byEngine(40_000, 10_000) },
    );
  });
});

// --- the same note in two tabs ------------------------------------------------------

/*
 * The same two tabs, and one note typed in both (the conflict case of
 * docs/decisions.md, "A note being typed is never replaced under the
 * person"). Commands:
 * - type(tab): the person goes to that tab's note field (real focus, so the
 *   other tab's field loses it), types a text and leaves the caret somewhere;
 * - elsewhere(tab): the note changes in a tab the person is not in (another
 *   window, another person), while their focus stays where it is;
 * - choose(mine | theirs): in a tab showing the other version, the person
 *   presses "Keep mine" or "Use the other version";
 * - leave: the person leaves the field (an open choice stays open);
 * - reload(tab).
 *
 * THE INVARIANT, after every command once the tabs have heard each other:
 * - the tab the person is typing in shows exactly their text, and the caret
 *   where they left it;
 * - a tab protecting its text (typing in it, or a choice still open) shows
 *   the other version in a notice whenever that version differs; every other
 *   tab shows what is stored;
 * - storage holds the last change made, in real order; a choice ends with
 *   both tabs and storage on the chosen text;
 * - no typed text vanishes without a notice: every text someone typed is on
 *   screen in a field or a notice, or stored, or has been shown in a notice
 *   as the other version, until it is replaced in a field that showed it, or
 *   the person chooses, or closes (reloads) a tab whose notice showed them
 *   the choice (docs/decisions.md: the newest saved text is kept then). A
 *   notice shows the other tab's newest version, so a version it showed
 *   can be followed by a newer one from that tab.
 * After the run both tabs are reloaded and show what is stored.
 *
 * SAME_NOTE_RUNS runs of up to 12 commands, and at most 60 s.
 */

const SAME_NOTE_RUNS = byEngine(25, 6);

type SameNoteCommand =
  | { readonly kind: 'type'; readonly tab: 0 | 1; readonly text: string; readonly caret: number }
  | { readonly kind: 'elsewhere'; readonly text: string }
  | { readonly kind: 'choose'; readonly keep: 'mine' | 'theirs' }
  | { readonly kind: 'leave' }
  | { readonly kind: 'reload'; readonly tab: 0 | 1 };

/** Few texts, so the two versions are sometimes the same, and some with line breaks and markup. */
const sameNoteTextArb = fc.oneof(
  fc.constantFrom('', 'Ask the board', 'Ask the chair instead', 'Gofyn i’r bwrdd – Ŵyl', 'line one\nline two', '<b>not bold</b>'),
  fc.string({ maxLength: 20 }).map(asTextareaGivesIt),
);

const sameNoteCommandArb: fc.Arbitrary<SameNoteCommand> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), tab: tabArb, text: sameNoteTextArb, caret: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('elsewhere' as const), text: sameNoteTextArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('choose' as const), keep: fc.constantFrom('mine' as const, 'theirs' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), tab: tabArb }) },
);

interface SameNoteModel {
  /** The tab whose note field the person is in. */
  focused?: 0 | 1;
  /** Where the person left the caret in that field, while nothing has moved it. */
  caret?: number;
  /** What each tab's note field shows. */
  readonly screen: [string, string];
  /** The other version each tab shows in a notice, while a choice is open there. */
  readonly conflict: [string | undefined, string | undefined];
  stored: string;
  /** Texts someone typed that have not been knowingly replaced (see the invariant). */
  readonly pending: Set<string>;
}

const other = (tab: 0 | 1): 0 | 1 => (tab === 0 ? 1 : 0);

/** A change saved from `from` reaches the other tab: a protected text stays, and the change is offered beside it. */
function arrives(model: SameNoteModel, from: 0 | 1, text: string): void {
  const to = other(from);
  model.stored = text;
  if (model.focused === to || model.conflict[to] !== undefined) {
    if (text !== model.screen[to]) model.conflict[to] = text;
  } else model.screen[to] = text;
}

/**
 * The person goes to one tab: it has focus, and the tab they were in has
 * lost it (its note field has had its blur), before they do anything there.
 */
async function goToTab(wins: readonly TabWindow[], tab: 0 | 1): Promise<void> {
  wins[tab].focus();
  await waitUntil(() => wins[tab].document.hasFocus() && !wins[other(tab)].document.hasFocus(), `tab ${tab} took focus`);
}

/** Types into one tab's field: `focus` moves the person there first; otherwise the change comes from elsewhere. */
async function typeInto(tabs: readonly CollabChecklist[], wins: readonly TabWindow[], tab: 0 | 1, practiceId: string, text: string, focus: boolean): Promise<HTMLTextAreaElement> {
  const field = await noteField(tabs[tab], practiceId);
  if (focus && tabs[tab].shadowRoot!.activeElement !== field) {
    await goToTab(wins, tab);
    field.focus();
    await waitUntil(() => tabs[tab].shadowRoot!.activeElement === field, 'the note field took focus');
  }
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await tabs[tab].updateComplete;
  return field;
}

const conflictIn = (element: CollabChecklist) => element.shadowRoot!.querySelector('.note-conflict');

describe('<collab-checklist> with the same note typed in two tabs', () => {
  const wins = withTwoTabs();

  it(`keeps the text and caret being typed, offers the other version, and loses no text unannounced (${SAME_NOTE_RUNS} random runs)`, async function () {
    this.timeout(180_000);
    const id = PRACTICES[0];
    await fc.assert(
      fc.asyncProperty(fc.array(sameNoteCommandArb, { minLength: 1, maxLength: 12 }), async (commands) => {
        await clearTabsStorage(wins);
        (document.activeElement as HTMLElement | null)?.blur();
        const tabs = [await freshWidget(wins[0]), await freshWidget(wins[1])];
        const model: SameNoteModel = { screen: ['', ''], conflict: [undefined, undefined], stored: '', pending: new Set() };
        /** Texts a notice has shown as the other version: the person has been told of them. */
        const announced = new Set<string>();
        const fieldOf = (tab: 0 | 1) => tabs[tab].shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${id}`)!;

        for (const command of commands) {
          switch (command.kind) {
            case 'type':
            case 'elsewhere': {
              // "Elsewhere" is the tab the person is not in (either, when they are in none).
              const tab = command.kind === 'type' ? command.tab : model.focused === undefined ? 1 : other(model.focused);
              const field = await typeInto(tabs, wins, tab, id, command.text, command.kind === 'type');
              // Replaced in a field that showed it: seen, so not lost.
              model.pending.delete(model.screen[tab]);
              model.pending.add(command.text);
              model.screen[tab] = command.text;
              if (command.kind === 'type') {
                model.focused = tab;
                model.caret = command.caret % (command.text.length + 1);
                field.setSelectionRange(model.caret, model.caret);
              }
              arrives(model, tab, command.text);
              break;
            }
            case 'choose': {
              const tab = model.focused !== undefined && model.conflict[model.focused] !== undefined ? model.focused : model.conflict[0] !== undefined ? 0 : 1;
              const theirs = model.conflict[tab];
              if (theirs === undefined) break;
              const label = command.keep === 'mine' ? 'Keep mine' : 'Use the other version';
              // To press a button in a tab, the person goes to that tab.
              if (model.focused !== tab) {
                await goToTab(wins, tab);
                model.caret = undefined;
              }
              [...conflictIn(tabs[tab])!.querySelectorAll('button')].find((each) => each.textContent!.includes(label))!.click();
              await waitUntil(() => tabs[tab].shadowRoot!.activeElement === fieldOf(tab), 'the choice moved focus to the note field');
              const chosen = command.keep === 'mine' ? model.screen[tab] : theirs;
              model.pending.delete(model.screen[tab]);
              model.pending.delete(theirs);
              model.pending.add(chosen);
              // The choice moves focus to the note field it settled.
              model.focused = tab;
              if (chosen !== model.screen[tab]) model.caret = undefined;
              model.screen[tab] = chosen;
              model.conflict[tab] = undefined;
              arrives(model, tab, chosen);
              break;
            }
            case 'leave':
              if (model.focused !== undefined) fieldOf(model.focused).blur();
              model.focused = undefined;
              model.caret = undefined;
              break;
            case 'reload':
              // Closing a tab whose notice offered the choice keeps the newest saved text (docs/decisions.md).
              if (model.conflict[command.tab] !== undefined) model.pending.delete(model.screen[command.tab]);
              tabs[command.tab] = await freshWidget(wins[command.tab]);
              model.screen[command.tab] = model.stored;
              model.conflict[command.tab] = undefined;
              if (model.focused === command.tab) {
                model.focused = undefined;
                model.caret = undefined;
              }
              break;
          }

          const after = `after ${JSON.stringify(command)}`;
          await storageEventsSettle(tabs);
          const agrees = () =>
            ([0, 1] as const).every(
              (tab) => fieldOf(tab).value === model.screen[tab] && (conflictIn(tabs[tab])?.querySelector('.note-conflict-text')?.textContent ?? undefined) === model.conflict[tab],
            );
          await waitUntil(agrees, 'the tabs did not come to show what the model expects').catch(() => undefined);
          for (const tab of [0, 1] as const) {
            expect(fieldOf(tab).value, `tab ${tab}'s note ${after}`).to.equal(model.screen[tab]);
            const notice = conflictIn(tabs[tab]);
            expect(notice?.querySelector('.note-conflict-text')?.textContent, `the other version shown in tab ${tab} ${after}`).to.equal(model.conflict[tab]);
            if (notice) expect(notice.textContent, `tab ${tab} says why`).to.include('changed in another tab');
          }
          if (model.focused !== undefined) {
            const field = fieldOf(model.focused);
            expect(tabs[model.focused].shadowRoot!.activeElement, `the person is still in tab ${model.focused}'s field ${after}`).to.equal(field);
            if (model.caret !== undefined) expect([field.selectionStart, field.selectionEnd], `the caret in tab ${model.focused} ${after}`).to.deep.equal([model.caret, model.caret]);
          }
          expect(storedTabAnswers().get(id)?.note ?? '', `stored ${after}`).to.equal(model.stored);
          const visible = new Set([...model.screen, ...model.conflict, model.stored]);
          for (const text of model.pending) {
            expect(visible.has(text) || announced.has(text), `${JSON.stringify(text)} is still to be seen, or was shown in a notice, ${after}`).to.equal(true);
          }
          for (const text of model.conflict) if (text !== undefined) announced.add(text);
        }

        // After sync and reload, both tabs show the last change, with no choice left open.
        (document.activeElement as HTMLElement | null)?.blur();
        const reloaded = [await freshWidget(wins[0]), await freshWidget(wins[1])];
        for (const [index, each] of reloaded.entries()) {
          expect((await noteField(each, id)).value, `tab ${index} after reload`).to.equal(model.stored);
          expect(conflictIn(each), `tab ${index} after reload`).to.equal(null);
        }
      }),
      { numRuns: SAME_NOTE_RUNS, includeErrorInReport: true, interruptAfterTimeLimit: byEngine(60_000, 15_000) },
    );
  });
});
