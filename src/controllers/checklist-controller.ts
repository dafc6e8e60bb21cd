import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  applyChange,
  audienceOf,
  checklistProgress,
  withReview,
  type ChecklistProgress,
  optionalPractices,
  suggestNextSteps,
  type Suggestion,
  withProfile,
  type Audience,
  changeProfile,
  type ProfileChange,
  asReplacement,
  clearRecord,
  emptyRecord,
  HybridClock,
  wallTime,
  latestTime,
  mergeRecords,
  withImportedSnapshots,
  restoreCleared,
  scoreChecklist,
  withResponse,
  type ChecklistScore,
  type Framework,
  type PracticeResponse,
  type ProgressRecord,
  type ResponseChange,
} from '../core/index.js';
import type { SetAsideCopy } from '../core/exchange/export-file.js';
import { ProgressStorage, type StorageState } from '../storage/progress-storage.js';
import { underTabLock } from '../storage/tab-lock.js';
import { collabChangeEvent, type CollabChangeDetail } from './events.js';

/** Elements on one page that share a storage key tell each other what they saved. */
const samePageSaves = new EventTarget();
/**
 * One clock for every element on the page, so a later edit always has a
 * later time, whichever element makes it. It sees every record the page
 * reads, so a change is stamped after everything the person has seen.
 */
const pageClock = new HybridClock();
/** Connected controllers, so a new one can take what the page already holds (storage may not have it). */
const connected = new Set<ChecklistController>();

interface SavedDetail {
  readonly key: string;
  readonly record: ProgressRecord;
  readonly from: ChecklistController;
}

/**
 * Owns one checklist's state: the framework, the person's responses, the
 * scores and where they are saved. Templates read it; the element forwards
 * what the person does to it; it saves, rescores and tells the page.
 */
export class ChecklistController implements ReactiveController {
  framework?: Framework;
  record: ProgressRecord = emptyRecord('', '');
  score?: ChecklistScore;
  /** Practices that count only once started, for the saved profile (tailoring): what `score` was worked out with. */
  optional: ReadonlySet<string> = new Set();
  /** What has been answered and reviewed, per behaviour and overall. */
  progress?: ChecklistProgress;
  /** Who the tailoring speaks to, from the saved profile. */
  audience: Audience = 'everyone';
  /** Suggested next steps for the current answers and profile. */
  suggestions: readonly Suggestion[] = [];
  storageState: StorageState = { kind: 'saving' };
  /**
   * Another tab's version of a note, by practice id, that changed while the
   * person was typing that note here. Their text stays on screen (and the
   * caret with it); the other version is kept here until they choose.
   */
  noteConflicts: ReadonlyMap<string, string> = new Map();
  #editingNote?: string;

  #storage?: ProgressStorage;
  /** Whether a reconciliation (#reconcileSoon) is waiting for the tab lock: one at a time is enough, it reads what is newest. */
  #reconciling = false;
  #behaviourOfPractice = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    window.addEventListener('storage', this.#onStorage);
    samePageSaves.addEventListener('saved', this.#onSamePageSave);
  }

  hostDisconnected(): void {
    connected.delete(this);
    window.removeEventListener('storage', this.#onStorage);
    samePageSaves.removeEventListener('saved', this.#onSamePageSave);
  }

  /** Shows `framework` with the progress saved under `storageKey`. */
  open(framework: Framework, storageKey: string): void {
    this.framework = framework;
    this.#behaviourOfPractice = new Map(
      framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => [practice.id, behaviour.id] as const)),
    );
    const before = { record: this.record, key: this.#storage?.key };
    this.#storage = new ProgressStorage(storageKey, framework.id, framework.version, new Set(this.#behaviourOfPractice.keys()));
    const loaded = this.#storage.load(pageClock.now());
    this.#hold(loaded.record);
    this.storageState = loaded.state;
    // Elements already on the page with this key may hold changes storage does not have.
    for (const other of connected) {
      if (other !== this && other.#storage?.key === this.#storage.key) this.#hold(mergeRecords(this.record, other.record));
    }
    this.#keepTypingAcrossOpen(before, framework);
    this.#rescore();
  }

  /**
   * The host changed the framework or the storage-key while the person was
   * typing a note: the text typed so far stays in the field (issue 24). In
   * the new record it is held as the note being typed is when another tab
   * changes it: on screen, saved with the next keystroke, and any other text
   * the new record had for that note is offered as the other version.
   * Under the same key, notes still offered as a conflict stay so; under
   * another, those offers go with the record left behind.
   */
  #keepTypingAcrossOpen(before: { readonly record: ProgressRecord; readonly key?: string }, framework: Framework): void {
    if (before.key === this.#storage!.key) this.#hold(this.#keepNoteBeingTyped(this.record, before.record));
    else this.noteConflicts = new Map();
    const id = this.#editingNote;
    const typed = id === undefined ? undefined : before.record.responses.get(id)?.note;
    if (id === undefined || typed === undefined || !this.#behaviourOfPractice.has(id)) return;
    const there = this.record.responses.get(id);
    if (there?.note === typed) return;
    if (there?.note) this.noteConflicts = new Map([[id, there.note]]);
    this.#hold(withResponse(this.record, id, there ? { ...there, note: typed } : applyChange(undefined, { note: typed }, framework.ratingScale, pageClock.now())));
  }

  /** The localStorage key progress is saved under, once a framework is open. */
  get savedUnder(): string | undefined {
    return this.#storage?.key;
  }

  /** The unreadable saved data that was copied aside, as it was stored. */
  unreadableCopy(backupKey: string): string | undefined {
    return this.#storage?.readBackup(backupKey);
  }

  responseTo(practiceId: string): PracticeResponse | undefined {
    return this.record.responses.get(practiceId);
  }

  change(practiceId: string, change: ResponseChange): void {
    const framework = this.framework;
    const behaviourId = this.#behaviourOfPractice.get(practiceId);
    if (!framework || behaviourId === undefined) return;
    this.#catchUp();
    const response = applyChange(this.responseTo(practiceId), change, framework.ratingScale, pageClock.now(), wallTime());
    this.#commit(withResponse(this.record, practiceId, response));
    this.#emit({ kind: 'response', practiceId, behaviourId, response, score: this.score! });
  }

  /** Clears every response and returns what was there, so the person can undo. */
  reset(): ProgressRecord {
    this.#catchUp();
    const before = this.record;
    this.#commit(clearRecord(this.record, pageClock.now()));
    this.#emit({ kind: 'reset', score: this.score! });
    return before;
  }

  /**
   * Gives back what a Reset cleared (`cleared`, as `reset` returned it),
   * keeping every change made since, in any tab (see `restoreCleared`).
   */
  undoReset(cleared: ProgressRecord): void {
    this.#catchUp();
    this.#commit(restoreCleared(this.record, cleared, pageClock.now()));
    this.#emit({ kind: 'undo-reset', score: this.score! });
  }

  editingNote(practiceId: string, editing: boolean): void {
    if (editing) this.#editingNote = practiceId;
    else if (this.#editingNote === practiceId) this.#editingNote = undefined;
  }

  /** Keeps one version of a note changed in two tabs at once, stamped now so every tab takes it. */
  resolveNoteConflict(practiceId: string, keep: 'mine' | 'theirs'): void {
    const theirs = this.noteConflicts.get(practiceId);
    if (theirs === undefined) return;
    this.change(practiceId, { note: keep === 'theirs' ? theirs : (this.responseTo(practiceId)?.note ?? '') });
    const conflicts = new Map(this.noteConflicts);
    conflicts.delete(practiceId);
    this.noteConflicts = conflicts;
    this.host.requestUpdate();
  }

  /** Saves "About your organisation"; scores follow it at once. */
  setProfile(answers: ProfileChange): void {
    this.#catchUp();
    const profile = changeProfile(this.record.profile, answers, pageClock.now());
    this.#commit(withProfile(this.record, profile));
    this.#emit({ kind: 'profile', profile, score: this.score! });
  }

  /** Records that the person has (or has not) been through a behaviour. */
  setReviewed(behaviourId: string, reviewed: boolean): void {
    if (!this.framework?.behaviours.some((behaviour) => behaviour.id === behaviourId)) return;
    this.#catchUp();
    this.#commit(withReview(this.record, behaviourId, { reviewed, changedAt: pageClock.now() }));
    this.#emit({ kind: 'review', behaviourId, reviewed, score: this.score! });
  }

  /**
   * Puts an imported record in place of every response. Its responses are
   * stamped now, so they replace what any other open tab still holds when
   * records merge. What the file's browser had set aside is set aside here
   * too, so the next export still carries it.
   */
  importRecord(record: ProgressRecord, setAside: readonly SetAsideCopy[]): void {
    this.#catchUp();
    // Answers are replaced; the file's snapshots join those kept here, as many as fit (an import never deletes history).
    this.#commit({ ...asReplacement(record, pageClock.now()), ...withImportedSnapshots(this.record, record.snapshots ?? []).fields });
    this.#storage?.keepSetAside(setAside);
    this.#emit({ kind: 'import', score: this.score! });
  }

  /**
   * Saves a change to the record's history (a snapshot taken or deleted,
   * snapshot-controller.ts): `change` gets the record with every tab's
   * changes and the time to stamp, and returns the new record, or nothing
   * to change nothing. No `collab-change`: no answer or score changed.
   * Returns whether the change is stored in this browser, so that nothing
   * says "saved" of a change that lives only in this page.
   */
  changeHistory(change: (record: ProgressRecord, now: string) => ProgressRecord | undefined): boolean {
    this.#catchUp();
    const changed = change(this.record, pageClock.now());
    return changed !== undefined && this.#commit(changed);
  }

  /**
   * Puts several practices' responses in place at once, as one save (answers
   * a meeting takes as agreed from a comparison, and their Undo): `make`
   * gets the record with every tab's changes and the time to stamp, and
   * returns the responses, to practices the framework lists. Saved, synced
   * and told to the page as ticks are.
   */
  putResponses(make: (record: ProgressRecord, now: string) => ReadonlyMap<string, PracticeResponse>): void {
    this.#catchUp();
    const responses = make(this.record, pageClock.now());
    let record = this.record;
    for (const [practiceId, response] of responses) record = withResponse(record, practiceId, response);
    this.#commit(record);
    for (const [practiceId, response] of responses) this.#emit({ kind: 'response', practiceId, behaviourId: this.#behaviourOfPractice.get(practiceId)!, response, score: this.score! });
  }

  /**
   * Takes in what storage holds now before a change is stamped: another tab
   * may have saved a moment ago, and its `storage` event not have arrived.
   * The change is then stamped after it (the clock has seen it).
   */
  #catchUp(): void {
    const stored = this.#storage?.storedSinceSeen();
    if (stored) this.#hold(this.#keepNoteBeingTyped(mergeRecords(this.record, stored)));
  }

  /** Every record this element holds passes here, so the page clock has seen its times. */
  #hold(record: ProgressRecord): void {
    this.record = record;
    pageClock.observe(latestTime(record));
  }

  /** Whether `record` is now stored in this browser. */
  #commit(record: ProgressRecord): boolean {
    const result = this.#storage?.save(record, pageClock.now());
    if (result && 'failed' in result) {
      // 'recovered' said "new changes are saved as usual": no longer true.
      if (result.failed !== this.storageState.kind) this.storageState = { kind: result.failed };
    } else if (result && (this.storageState.kind === 'unavailable' || this.storageState.kind === 'full' || this.storageState.kind === 'not-kept')) {
      this.storageState = { kind: 'saving' };
    }
    // What storage merged in may include another tab's version of a note
    // this person is typing or has yet to settle: that stays theirs to choose.
    this.#hold(result && 'saved' in result ? this.#keepNoteBeingTyped(result.saved, record) : record);
    this.#rescore();
    if (this.#storage) {
      const detail: SavedDetail = { key: this.#storage.key, record: this.record, from: this };
      samePageSaves.dispatchEvent(new CustomEvent('saved', { detail }));
    }
    if (result && 'saved' in result) this.#reconcileSoon();
    return result !== undefined && 'saved' in result;
  }

  /**
   * The save above is written at once, so a click is stored before the page
   * can close; but it merged with this tab's view of storage, and a tab in
   * another process may have written in the same instant from its own. So,
   * once no other tab is reconciling (the tab lock), storage is read again
   * and the merge written back if this tab holds anything storage lacks.
   * Another tab's save, heard in a `storage` event, is reconciled the same
   * way: the last writer never wins alone (docs/decisions.md, issue 24).
   */
  #reconcileSoon(): void {
    const storage = this.#storage;
    if (!storage || this.#reconciling) return;
    this.#reconciling = true;
    underTabLock(storage.key, () => {
      this.#reconciling = false;
      // Only while on the page and saving works: a tab that said "not being saved" keeps that promise until its next change.
      if (storage !== this.#storage || !connected.has(this) || (this.storageState.kind !== 'saving' && this.storageState.kind !== 'recovered')) return;
      const result = storage.reconcile(this.record, pageClock.now());
      if (result && 'saved' in result) this.#adopt(result.saved);
    });
  }

  #rescore(): void {
    if (this.framework) {
      // Scores and suggestions change only with the record: worked out here,
      // once per change, not on every render.
      this.audience = audienceOf(this.record.profile);
      this.optional = optionalPractices(this.framework, this.audience);
      this.score = scoreChecklist(this.framework, this.record.responses, this.optional);
      this.progress = checklistProgress(this.framework, this.record.responses, this.record.reviews);
      // Suggestions worked out from no answers and no size or role would be
      // guesses: a name in the profile says nothing about the organisation.
      const profile = this.record.profile;
      const somethingToGoOn = this.progress.overall.answered > 0 || profile?.size !== undefined || profile?.role !== undefined;
      this.suggestions = somethingToGoOn ? suggestNextSteps(this.framework, this.record.responses, this.score, this.audience) : [];
    }
    this.host.requestUpdate();
  }

  /** Other controllers of the same element follow what the person changes here (not what other tabs change). */
  onChange(listener: (detail: CollabChangeDetail) => void): void {
    this.#listeners.add(listener);
  }

  readonly #listeners = new Set<(detail: CollabChangeDetail) => void>();

  #emit(detail: CollabChangeDetail): void {
    for (const listener of this.#listeners) listener(detail);
    this.host.dispatchEvent(collabChangeEvent(detail));
  }

  /**
   * Text a person is typing is never replaced under them: if another tab
   * changed the same note, theirs stays on screen and the other version is
   * kept as a conflict for them to settle. (A Reset is not a version: it
   * clears every note, and Undo gives them back; see docs/decisions.md.)
   * Their next keystroke saves their text as the newest. `own` is what this
   * element holds (or is saving), so its notes are the person's.
   */
  #keepNoteBeingTyped(merged: ProgressRecord, own: ProgressRecord = this.record): ProgressRecord {
    const protectedIds = new Set(this.noteConflicts.keys());
    if (this.#editingNote !== undefined) protectedIds.add(this.#editingNote);
    let kept = merged;
    for (const id of protectedIds) {
      const mine = own.responses.get(id);
      const other = merged.responses.get(id);
      if (!mine || !other || other.note === mine.note) continue;
      this.noteConflicts = new Map(this.noteConflicts).set(id, other.note);
      kept = withResponse(kept, id, { ...other, note: mine.note, changedAt: mine.changedAt });
    }
    return kept;
  }

  #onStorage = (event: StorageEvent): void => {
    if (!this.#storage || event.key !== this.#storage.key || event.newValue === null) return;
    const incoming = this.#storage.readExternal(event.newValue);
    if (!incoming) return;
    this.#adopt(incoming);
    this.#reconcileSoon();
  };

  /** Another element on this page with the same key changed something. */
  #onSamePageSave = (event: Event): void => {
    const { key, record, from } = (event as CustomEvent<SavedDetail>).detail;
    if (from !== this && key === this.#storage?.key) this.#adopt(record);
  };

  #adopt(incoming: ProgressRecord): void {
    this.#hold(this.#keepNoteBeingTyped(mergeRecords(this.record, incoming)));
    this.#rescore();
  }
}
