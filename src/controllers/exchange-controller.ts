import type { ReactiveControllerHost } from 'lit';
import type { ImportProblem, ImportSummary, MadeFile, SetAsideCopy } from '../core/exchange/export-file.js';
import type { ProgressRecord } from '../core/index.js';
import type { ChecklistController } from './checklist-controller.js';
import { readChosenFile } from './read-chosen-file.js';

/** What the person is told after exporting, importing, resetting or undoing. */
export type ExchangeNotice =
  /** Export or Download CSV made a file and handed it to the browser. */
  | { readonly kind: 'made'; readonly file: MadeFile }
  /** Making the file failed: nothing was handed to the browser, so nothing is said to be saved. */
  | { readonly kind: 'make-failed' }
  | { readonly kind: 'import-problem'; readonly problem: ImportProblem; readonly fileName: string }
  | { readonly kind: 'imported'; readonly fileName: string }
  | { readonly kind: 'reset' }
  | { readonly kind: 'reset-undone' }
  /** The code for export, CSV or import, loaded on first use, could not be loaded (a network error). */
  | { readonly kind: 'load-failed' };

export interface PendingImport {
  readonly fileName: string;
  readonly record: ProgressRecord;
  readonly summary: ImportSummary;
  readonly setAside: readonly SetAsideCopy[];
}

/**
 * Taking progress elsewhere and bringing it back: reads an import file and
 * holds it until the person confirms, and keeps what a Reset cleared so it
 * can be undone until the next change. Nothing changes before a confirm.
 */
export class ExchangeController {
  pendingImport?: PendingImport;
  notice?: ExchangeNotice;
  #beforeReset?: ProgressRecord;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly checklist: ChecklistController,
  ) {
    checklist.onChange(({ kind }) => {
      if (kind !== 'reset' && kind !== 'import' && kind !== 'undo-reset') this.#otherChange();
    });
  }

  get canUndoReset(): boolean {
    return this.#beforeReset !== undefined;
  }

  /** Reads a chosen file; a bad one gets a notice and changes nothing. */
  async read(file: File): Promise<void> {
    this.pendingImport = undefined;
    const framework = this.checklist.framework;
    if (!framework) return;
    // The checking code loads on first use: most visitors never import.
    const reading = await readChosenFile(file, framework);
    if (reading.ok === 'load-failed') {
      this.loadFailed();
      return;
    }
    if (!reading.ok) {
      this.#tell({ kind: 'import-problem', fileName: file.name, problem: reading.problem });
      return;
    }
    this.notice = undefined;
    this.pendingImport = { fileName: file.name, record: reading.record, summary: reading.summary, setAside: reading.setAside };
    this.host.requestUpdate();
  }

  confirmImport(): void {
    const pending = this.pendingImport;
    if (!pending) return;
    this.pendingImport = undefined;
    this.#beforeReset = undefined;
    this.checklist.importRecord(pending.record, pending.setAside);
    this.#tell({ kind: 'imported', fileName: pending.fileName });
  }

  cancelImport(): void {
    this.pendingImport = undefined;
    this.host.requestUpdate();
  }

  reset(): void {
    this.#beforeReset = this.checklist.reset();
    this.#tell({ kind: 'reset' });
  }

  undoReset(): void {
    const before = this.#beforeReset;
    if (!before) return;
    this.#beforeReset = undefined;
    this.checklist.undoReset(before);
    this.#tell({ kind: 'reset-undone' });
  }

  /** Any other change ends the chance to undo a Reset, and clears old notices. */
  #otherChange(): void {
    if (!this.#beforeReset && !this.notice) return;
    this.#beforeReset = undefined;
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Export or Download CSV: says what `make` handed to the browser, or, if it threw, that nothing was saved. */
  make(make: () => MadeFile): void {
    let file: MadeFile;
    try {
      file = make();
    } catch {
      this.#tell({ kind: 'make-failed' });
      return;
    }
    this.#tell({ kind: 'made', file });
  }

  /** Code loaded on first use could not be loaded: say so, rather than fail silently in a click handler. */
  loadFailed(): void {
    this.#tell({ kind: 'load-failed' });
  }

  #tell(notice: ExchangeNotice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
