import { msg, str } from '@lit/localize';
import { NOTE_MAX_LENGTH, type DateEntry, type DateParts, type PracticeResponse } from '../../core/index.js';
import type { Announcer } from '../../controllers/announcer.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import { focusAfterUpdate, shadowRootOf, type ElementHost } from '../../controllers/host.js';
import type { LanguageController } from '../../controllers/language-controller.js';
import { answeredCount, statusLabel } from '../../shared/answered-text.js';
import { elementId } from '../../shared/element-ids.js';
import { progressValueText } from '../../shared/progress-text.js';
import { characterCount } from './character-count-text.js';
import type { DateDraft } from './date-entry-text.js';
import { clearedText, type Cleared } from './cleared-text.js';

/** What the exclusive choice took away, or nothing. */
function clearedByChange(before: PracticeResponse | undefined, after: PracticeResponse | undefined): Cleared | undefined {
  if (!before || !after) return undefined;
  if (before.notApplicable && !after.notApplicable) return 'not-applicable';
  if (!before.notApplicable && after.notApplicable && before.level !== after.level) return 'in-place';
  return undefined;
}

/**
 * The practices and their behaviours: answers, notes and reviews, which
 * notes are shown, the "good places to start" filter, and what a screen
 * reader is told after each change.
 */
export class PracticeController {
  /** Practices whose notes are shown; replaced, never changed in place, so a render sees each change. */
  openNotes: ReadonlySet<string> = new Set<string>();
  onlyStartingPoints = false;
  /** By when as typed, by practice (date-entry.ts); replaced, never changed in place. */
  dateDrafts: ReadonlyMap<string, DateDraft> = new Map();
  /** What the last tick or "Not applicable" took away, shown beside that practice until the next one. */
  cleared: { readonly practiceId: string; readonly what: Cleared } | undefined;
  /** The note that had the focus, and its caret, when the checklist was replaced (holdNoteFocus). */
  #heldFocus?: { readonly id: string; readonly start: number; readonly end: number; readonly direction: 'forward' | 'backward' | 'none' };

  constructor(
    private readonly host: ElementHost,
    private readonly checklist: ChecklistController,
    private readonly language: LanguageController,
    private readonly announcer: Announcer,
  ) {
    host.addController(this);
    // After a Reset no note holds anything; after an import, those that do are shown.
    checklist.onChange(({ kind }) => {
      if (kind === 'reset' || kind === 'import') {
        this.dateDrafts = new Map();
        this.cleared = undefined;
      }
      if (kind === 'reset') this.#showNotes(new Set());
      if (kind === 'import') this.showNotesWithText();
    });
  }

  /** Notes that hold text (or a "Who" or "By when") are shown, so a person sees what they wrote; so is the one being typed. */
  showNotesWithText(): void {
    const responses = [...this.checklist.record.responses];
    const shown = new Set(responses.filter(([, response]) => response.note || response.owner || response.due).map(([id]) => id));
    if (this.#heldFocus) shown.add(this.#heldFocus.id);
    this.#showNotes(shown);
  }

  /**
   * Call before the host replaces the checklist (a new framework or
   * storage-key): if a note has the focus, it gets it back, caret and all,
   * once the new checklist draws it, so the person's next keystrokes land
   * where they were typing (issue 24). Its text stays too
   * (ChecklistController.open). A checklist still loading keeps it held.
   */
  holdNoteFocus(): void {
    const field = shadowRootOf(this.host).activeElement as HTMLTextAreaElement | null;
    const id = field?.localName === 'textarea' ? [...this.openNotes].find((each) => elementId.note(each) === field.id) : undefined;
    if (id !== undefined) this.#heldFocus = { id, start: field!.selectionStart, end: field!.selectionEnd, direction: field!.selectionDirection };
  }

  hostUpdated(): void {
    const held = this.#heldFocus;
    const root = shadowRootOf(this.host);
    const field = held && (root.getElementById(elementId.note(held.id)) as HTMLTextAreaElement | null);
    if (!held || !field) return;
    this.#heldFocus = undefined;
    // Not taken back from wherever the person went meanwhile.
    const outside = (root.host.getRootNode() as Document | ShadowRoot).activeElement;
    if (root.activeElement !== null || (outside !== null && outside !== root.host && outside !== root.host.ownerDocument.body)) return;
    field.focus();
    field.setSelectionRange(held.start, held.end, held.direction);
  }

  #showNotes(notes: ReadonlySet<string>): void {
    this.openNotes = notes;
    this.host.requestUpdate();
  }

  isNoteOpen = (id: string): boolean => this.openNotes.has(id);

  clearedIn = (id: string): Cleared | undefined => (this.cleared?.practiceId === id ? this.cleared.what : undefined);

  toggleFilter = (event: Event): void => {
    this.onlyStartingPoints = (event.target as HTMLInputElement).checked;
    this.host.requestUpdate();
  };

  setReviewed = (behaviourId: string, reviewed: boolean): void => {
    this.checklist.setReviewed(behaviourId, reviewed);
    this.#announceStatus(behaviourId);
  };

  setLevel = (id: string, level: string): void => this.#changeAndAnnounce(id, { level });

  setNotApplicable = (id: string, notApplicable: boolean): void => this.#changeAndAnnounce(id, { notApplicable });

  setNote = (id: string, note: string): void => {
    this.checklist.change(id, { note });
    this.announcer.sayWhenPaused(1000, () => characterCount(this.language.formatting, note.length, NOTE_MAX_LENGTH));
  };

  setOwner = (id: string, owner: string): void => this.checklist.change(id, { owner });

  dateDraftOf = (id: string): DateDraft | undefined => this.dateDrafts.get(id);

  /**
   * From entering By when until leaving it, what the person sees is theirs:
   * another tab's date waits. Nothing is saved while they type: on the way
   * to 31 January or to a mistyped 20266 they pass through 3 January and
   * 2026, real dates that would replace the one saved. An error already
   * shown follows the typing, and goes once the date is whole and real.
   */
  typeDate = (id: string, parts: DateParts, entry: DateEntry): void => {
    const stillWrong = entry.kind !== 'date' && entry.kind !== 'empty' && (this.dateDrafts.get(id)?.checked ?? false);
    this.#draftDate(id, { parts, checked: stillWrong });
  };

  /**
   * Leaving By when (or the window) saves what it shows, as Who does: a
   * date, even if another tab saved a different one meanwhile, or nothing
   * when all three parts were cleared. Anything else stays on screen with
   * its error, which is said too, and the date saved before is kept.
   */
  leaveDate = (id: string, parts: DateParts, entry: DateEntry, error: string): void => {
    if (entry.kind === 'date' || entry.kind === 'empty') {
      this.#saveDate(id, entry.kind === 'date' ? entry.date : '');
      this.#draftDate(id, undefined);
      return;
    }
    this.#draftDate(id, { parts, checked: true });
    this.announcer.say(error);
  };

  #saveDate(id: string, due: string): void {
    if (due !== (this.checklist.responseTo(id)?.due ?? '')) this.checklist.change(id, { due });
  }

  #draftDate(id: string, draft: DateDraft | undefined): void {
    const drafts = new Map(this.dateDrafts);
    if (draft) drafts.set(id, draft);
    else drafts.delete(id);
    this.dateDrafts = drafts;
    this.host.requestUpdate();
  }

  editingNote = (id: string, editing: boolean): void => this.checklist.editingNote(id, editing);

  /** The buttons go once used: focus moves to the note rather than fall to the page. */
  resolveNoteConflict = async (id: string, keep: 'mine' | 'theirs'): Promise<void> => {
    this.checklist.resolveNoteConflict(id, keep);
    await focusAfterUpdate(this.host, elementId.note(id));
  };

  toggleNote = (id: string, open: boolean): void => {
    if (open === this.openNotes.has(id)) return;
    const notes = new Set(this.openNotes);
    if (open) notes.add(id);
    else notes.delete(id);
    this.#showNotes(notes);
  };

  #changeAndAnnounce(practiceId: string, change: { level: string } | { notApplicable: boolean }): void {
    const behaviourId = this.checklist.framework?.behaviours.find((behaviour) => behaviour.practices.some((practice) => practice.id === practiceId))?.id;
    const statusBefore = this.#statusOf(behaviourId);
    const before = this.checklist.responseTo(practiceId);
    this.checklist.change(practiceId, change);
    const after = this.checklist.responseTo(practiceId);
    const cleared = clearedByChange(before, after);
    this.cleared = cleared && { practiceId, what: cleared };
    const overall = this.checklist.score?.overall;
    if (!overall) return;
    const value = progressValueText(this.language.formatting, overall);
    let said = msg(str`Overall progress: ${value}`, { desc: 'Announced to screen readers after a change.' });
    // "In place" and "Not applicable" exclude each other: say when one cleared the other.
    if (cleared) said = `${clearedText(cleared)} ${said}`;
    this.announcer.say(said);
    // A behaviour going from "Not started" to "In progress" (or back) is said too.
    if (behaviourId && this.#statusOf(behaviourId) !== statusBefore) this.#announceStatus(behaviourId, said);
  }

  #statusOf(behaviourId: string | undefined) {
    return this.checklist.progress?.behaviours.find((progress) => progress.behaviourId === behaviourId)?.status;
  }

  /** "Completed, 8 of 8 answered: Develop fair and equal partnerships.", after what was already to be said. */
  #announceStatus(behaviourId: string, before = ''): void {
    const progress = this.checklist.progress?.behaviours.find((candidate) => candidate.behaviourId === behaviourId);
    const title = this.language.content?.framework.behaviours.find((behaviour) => behaviour.id === behaviourId)?.title;
    if (!progress || title === undefined) return;
    const status = statusLabel(progress.status);
    const answered = answeredCount(this.language.formatting, progress);
    // The title last: framework titles may end in a full stop.
    const said = msg(str`${status}, ${answered}: ${title}`, { desc: 'Announced when a behaviour’s status changes, e.g. "Completed, 8 of 8 answered: Develop fair and equal partnerships."' });
    this.announcer.say(before ? `${before}. ${said}` : said);
  }
}
