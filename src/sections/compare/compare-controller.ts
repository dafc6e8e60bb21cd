import type { ComparedFile } from '../../core/compare/compare-files.js';
import type { ImportProblem } from '../../core/exchange/export-file.js';
import type { Framework } from '../../core/index.js';
import type { ExchangeController } from '../../controllers/exchange-controller.js';
import { focusAfterUpdate, shadowRootOf, type ElementHost } from '../../controllers/host.js';
import { readChosenFile } from '../../controllers/read-chosen-file.js';

/** A file that could not be compared, and why: the others are compared without it. */
export interface CompareProblem {
  readonly fileName: string;
  readonly problem: ImportProblem;
}

export interface CompareResult {
  /** The framework the files were read against: a comparison for another one is not shown. */
  readonly framework: Framework;
  /** The readable files, in the order chosen: the comparison itself is worked out as it is drawn (this browser's answers may join it). */
  readonly files: readonly ComparedFile[];
  readonly problems: readonly CompareProblem[];
}

/**
 * Colleagues' answers side by side: reads several export files with the
 * import checks and keeps the readable ones. Only reads: the person's own
 * answers change only when they take one as agreed (the comparison's
 * AgreedAnswersController). `Kit` is the comparison's file, which the
 * element names: it compares the files and draws the comparison.
 */
export class CompareController<Kit> {
  result?: CompareResult;
  kit?: Kit;

  constructor(
    private readonly host: ElementHost,
    private readonly exchange: ExchangeController,
    private readonly loadKit: () => Promise<Kit>,
  ) {}

  /** The comparison to show, with the code that draws it: once that has loaded, and only for the framework it was made with. */
  shown(framework: Framework): { readonly kit: Kit; readonly result: CompareResult } | undefined {
    const { kit, result } = this;
    return kit && result?.framework === framework ? { kit, result } : undefined;
  }

  /** Print prints the comparison instead of the person's own record, if it compared anyone: a page saying nobody was compared helps no one. */
  comparing(framework: Framework): boolean {
    return (this.shown(framework)?.result.files.length ?? 0) > 0;
  }

  chooseFiles = (): void => shadowRootOf(this.host).querySelector<HTMLInputElement>('.compare-input')?.click();

  filesChosen = async (event: Event, framework: Framework | undefined): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0 || !framework) return;
    try {
      this.kit ??= await this.loadKit();
    } catch {
      this.exchange.loadFailed();
      return;
    }
    const outcome = await this.#compare(files, framework);
    if (outcome === 'load-failed') this.exchange.loadFailed();
    // Focus moves to the comparison, so that keyboard and screen reader users find it.
    if (outcome === 'shown') await focusAfterUpdate(this.host, 'comparison-title');
  };

  /**
   * 'load-failed' when the code to read files could not be loaded (a network
   * error), 'superseded' when another choice of files (or Close) came
   * while these were read: nothing changes then.
   */
  async #compare(files: readonly File[], framework: Framework): Promise<'shown' | 'superseded' | 'load-failed'> {
    // Files are read one by one, so a slow choice can finish after a later one: the latest choice wins.
    const run = ++this.#runs;
    const readable: ComparedFile[] = [];
    const problems: CompareProblem[] = [];
    for (const file of files) {
      const reading = await readChosenFile(file, framework);
      if (run !== this.#runs) return 'superseded';
      if (reading.ok === 'load-failed') return 'load-failed';
      if (reading.ok) readable.push({ fileName: file.name, record: reading.record, exportedAt: reading.summary.exportedAt });
      else problems.push({ fileName: file.name, problem: reading.problem });
    }
    this.result = { framework, files: readable, problems };
    this.host.requestUpdate();
    return 'shown';
  }

  #runs = 0;

  /** Focus goes back to Compare answers, as the section goes. */
  close = async (): Promise<void> => {
    this.#runs += 1;
    this.result = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    shadowRootOf(this.host).querySelector<HTMLElement>('.compare-button')?.focus();
  };
}
