import { msg } from '@lit/localize';
import type { Framework, ProgressRecord, Snapshot } from '../../core/index.js';
import type { MadeFile } from '../../core/exchange/export-file.js';
import type { Announcer } from '../../controllers/announcer.js';
import type { ChecklistController } from '../../controllers/checklist-controller.js';
import type { ExchangeController } from '../../controllers/exchange-controller.js';
import { shadowRootOf, type ElementHost } from '../../controllers/host.js';
import type { LanguageController } from '../../controllers/language-controller.js';
import { saveFile } from '../../shared/save-file.js';
import type { CompareController } from '../compare/compare-controller.js';
import type { DialogsController } from '../dialogs/dialogs-controller.js';
import type { PrintController } from '../print/print-controller.js';

/** What Export and Download CSV need from their own file, loaded the first time a person uses one of them. */
export interface ExchangeKit {
  exportJson(root: ShadowRoot, framework: Framework, record: ProgressRecord, savedUnder: string | undefined): MadeFile;
  downloadCsv(root: ShadowRoot, framework: Framework, content: Framework, record: ProgressRecord, locale: string, then?: { snapshot: Snapshot; heading: string }): MadeFile;
}

/** What the panel's buttons reach: the checklist's state, and the sections that Import, Reset, Compare and Print open. */
export interface ActionsDependencies {
  readonly checklist: ChecklistController;
  readonly language: LanguageController;
  readonly exchange: ExchangeController;
  readonly announcer: Announcer;
  readonly dialogs: DialogsController;
  readonly compare: CompareController<unknown>;
  readonly print: PrintController;
  /** The snapshot chosen in Compare progress with, as a last column of Download CSV. */
  csvColumn(locale: string): { snapshot: Snapshot; heading: string } | undefined;
  loadKit(): Promise<ExchangeKit>;
}

/**
 * Save, share or print: Export, Download CSV, Import, Reset's Undo, and the
 * copy of unreadable saved data; Import and Reset ask first (the dialogs),
 * and Compare and Print open their own sections.
 */
export class ActionsController {
  #kit?: ExchangeKit;

  constructor(
    private readonly host: ElementHost,
    private readonly uses: ActionsDependencies,
  ) {}

  readonly print = this.uses.print.print;
  readonly printPlan = this.uses.print.printPlan;
  readonly askToReset = this.uses.dialogs.askToReset;
  readonly chooseCompareFiles = this.uses.compare.chooseFiles;
  compareFilesChosen = (event: Event): Promise<void> => this.uses.compare.filesChosen(event, this.uses.checklist.framework);

  exportJson = async (): Promise<void> => {
    const kit = await this.#loadKit();
    const { framework, record } = this.uses.checklist;
    if (framework && kit) this.uses.exchange.make(() => kit.exportJson(shadowRootOf(this.host), framework, record, this.uses.checklist.savedUnder));
  };

  downloadCsv = async (): Promise<void> => {
    const kit = await this.#loadKit();
    if (!kit) return;
    const { framework, record } = this.uses.checklist;
    const content = this.uses.language.content?.framework;
    const locale = this.uses.language.formatting;
    if (framework && content) this.uses.exchange.make(() => kit.downloadCsv(shadowRootOf(this.host), framework, content, record, locale, this.uses.csvColumn(locale)));
  };

  chooseImportFile = (): void => shadowRootOf(this.host).querySelector<HTMLInputElement>('.import-input')?.click();

  /** Reads the chosen file; the dialog asks before a readable one replaces anything. */
  fileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.uses.exchange.read(file);
    await this.uses.dialogs.askToImport();
  };

  undoReset = async (): Promise<void> => {
    this.uses.exchange.undoReset();
    this.uses.announcer.say(msg('Your progress has been put back.', { desc: 'Shown after Undo of a Reset.' }));
    // The Undo button goes; focus stays beside where it was (WCAG 2.4.3), not on the page's body.
    await this.host.updateComplete;
    shadowRootOf(this.host).querySelector<HTMLElement>('.reset-button')?.focus();
  };

  /** The unreadable saved data, as it was, so the person can keep it or send it to someone who can help. */
  downloadUnreadableCopy = (backupKey: string): void => {
    const text = this.uses.checklist.unreadableCopy(backupKey);
    if (text !== undefined) saveFile(shadowRootOf(this.host), `${backupKey.replace(/[^A-Za-z0-9.-]+/g, '-')}.json`, text, 'application/json');
  };

  /** `undefined`, with a notice saying so, when the file cannot be loaded; the next click tries again. */
  async #loadKit(): Promise<ExchangeKit | undefined> {
    try {
      return (this.#kit ??= await this.uses.loadKit());
    } catch {
      this.uses.exchange.loadFailed();
      return undefined;
    }
  }
}
