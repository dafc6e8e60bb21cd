import type { ReactiveControllerHost } from 'lit';
import { allPractices, type Snapshot } from '../../core/index.js';
import { progressSince, type ProgressSince } from '../../core/progress/progress-since.js';
import { deleteSnapshot, takeSnapshot } from '../../core/progress/snapshot-change.js';
import { wallTime } from '../../core/progress/hybrid-clock.js';
import { snapshotColumn } from './snapshot-text.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';

/** What the person is told after saving or deleting a snapshot. */
export type SnapshotNotice =
  | { readonly kind: 'saved'; readonly snapshot: Snapshot }
  /** Taken, but storage did not keep it (full, refused): it lives only in this page. */
  | { readonly kind: 'not-stored'; readonly snapshot: Snapshot }
  /** `among`: the snapshots before it went, so it is named as it was listed. */
  | { readonly kind: 'deleted'; readonly snapshot: Snapshot; readonly among: readonly Snapshot[] }
  /** A snapshot was chosen in Compare progress with: the overall line then and now, as it stood. */
  | { readonly kind: 'compared'; readonly since: ProgressSince }
  /** Save a snapshot was refused: `max` are kept already. */
  | { readonly kind: 'full'; readonly max: number };

export interface ProgressOverTimeState {
  readonly snapshots: readonly Snapshot[];
  readonly chosen?: string;
  readonly confirmingDelete?: string;
  readonly notice?: SnapshotNotice;
  readonly since?: ProgressSince;
}

export interface ProgressOverTimeActions {
  /** `input` holds the name typed for it; cleared once saved. */
  save(input: HTMLInputElement): void;
  askToDelete(takenAt: string | undefined): void;
  confirmDelete(): void;
  choose(takenAt: string): void;
}

/**
 * "Progress over time": saves and deletes snapshots of the answers, and
 * holds which one the summary compares with. That choice is this page's
 * alone (not saved): it is a way of looking, not part of the record.
 * Loaded with the extras; it is both the state and the actions of the
 * progress-over-time template, and moves focus as the buttons come and go.
 */
export class SnapshotController implements ProgressOverTimeState, ProgressOverTimeActions {
  /** `takenAt` of the snapshot the summary compares with, if any. */
  chosen?: string;
  /** `takenAt` of the snapshot whose deletion is waiting for a confirm. */
  confirmingDelete?: string;
  notice?: SnapshotNotice;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly checklist: ChecklistController,
  ) {}

  get snapshots(): readonly Snapshot[] {
    return this.checklist.record.snapshots ?? [];
  }

  /**
   * Scores then and now, and the practices that changed, for the chosen
   * snapshot; nothing once it is gone (deleted here or in another tab). Read
   * several times a render: worked out again only when the snapshot or the
   * answers have changed.
   */
  get since(): ProgressSince | undefined {
    const { framework, score, optional } = this.checklist;
    const answers = this.checklist.record.responses;
    const snapshot = this.snapshots.find((each) => each.takenAt === this.chosen);
    if (!framework || !score || !snapshot) return undefined;
    if (this.#since?.snapshot !== snapshot || this.#since.now !== score || this.#answers !== answers) {
      this.#since = progressSince(framework, snapshot, score, answers, optional);
      this.#answers = answers;
    }
    return this.#since;
  }

  #since?: ProgressSince;
  #answers?: ReadonlyMap<string, unknown>;

  /** The chosen snapshot and its heading, for a last column in Download CSV; nothing when none is chosen. */
  csvColumn(locale: string): { snapshot: Snapshot; heading: string } | undefined {
    const snapshot = this.since?.snapshot;
    return snapshot && { snapshot, heading: snapshotColumn(locale, snapshot, this.snapshots) };
  }

  /** Saves a snapshot of the answers now, named as `input` says (then emptied); refused, with a notice naming the limit, when full. */
  save = (input: HTMLInputElement): void => {
    const framework = this.checklist.framework;
    if (!framework) return;
    let notice: SnapshotNotice | undefined;
    const stored = this.checklist.changeHistory((record) => {
      // Dated by this computer's clock, not the change clock (wallTime says why).
      const taking = takeSnapshot(record, wallTime(), new Set(allPractices(framework).map((practice) => practice.id)), input.value);
      notice = taking.ok ? { kind: 'saved', snapshot: taking.snapshot } : { kind: 'full', max: taking.max };
      return taking.ok ? taking.record : undefined;
    });
    // "Saved" only once storage holds it: with storage full it is in this page alone.
    if (notice?.kind === 'saved' && !stored) notice = { kind: 'not-stored', snapshot: notice.snapshot };
    if (notice?.kind === 'saved' || notice?.kind === 'not-stored') input.value = '';
    this.#tell(notice);
  };

  /** Asks in place before deleting (`undefined`: no longer asks); focus goes to the question's button, or back to Delete. */
  askToDelete = async (takenAt: string | undefined): Promise<void> => {
    const asked = this.confirmingDelete;
    this.confirmingDelete = takenAt;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const selector = takenAt ? '.confirm-delete-snapshot' : `.delete-snapshot[data-taken-at="${asked}"]`;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  };

  /** The row goes, so focus moves to the section's heading (WCAG 2.4.3). */
  confirmDelete = async (): Promise<void> => {
    const among = this.snapshots;
    const snapshot = among.find((each) => each.takenAt === this.confirmingDelete);
    this.confirmingDelete = undefined;
    if (snapshot) {
      this.checklist.changeHistory((record, now) => deleteSnapshot(record, snapshot.takenAt, now));
      if (this.chosen === snapshot.takenAt) this.chosen = undefined;
    }
    this.#tell(snapshot && { kind: 'deleted', snapshot, among });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#over-time-title')?.focus();
  };

  /** Compares with the snapshot at `takenAt` ('' for none), and says the overall line then and now. */
  choose = (takenAt: string): void => {
    this.chosen = takenAt || undefined;
    const since = this.since;
    this.#tell(since && { kind: 'compared', since });
  };

  #tell(notice: SnapshotNotice | undefined): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
