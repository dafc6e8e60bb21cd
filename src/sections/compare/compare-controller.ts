import type { ReactiveControllerHost } from 'lit';
import type { Comparison } from '../../core/compare/compare-answers.js';
import type { ComparedFile, compareFiles as CompareFiles } from '../../core/compare/compare-files.js';
import type { ImportProblem } from '../../core/exchange/export-file.js';
import type { Framework } from '../../core/index.js';
import { readChosenFile } from '../../controllers/read-chosen-file.js';

/** A file that could not be compared, and why: the others are compared without it. */
export interface CompareProblem {
  readonly fileName: string;
  readonly problem: ImportProblem;
}

export interface CompareResult {
  /** The framework the files were read against: a comparison for another one is not shown. */
  readonly framework: Framework;
  readonly comparison: Comparison;
  readonly problems: readonly CompareProblem[];
}

/**
 * Colleagues' answers side by side: reads several export files with the
 * import checks and compares the readable ones. Only reads: the person's
 * own answers and saved progress are never touched.
 */
export class CompareController {
  result?: CompareResult;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * `compareFiles` comes with the comparison's code, loaded on first use.
   * 'load-failed' when the code to read files could not be loaded (a network
   * error), 'superseded' when another choice of files (or Close) came
   * while these were read: nothing changes then.
   */
  async compare(files: readonly File[], framework: Framework, compareFiles: typeof CompareFiles): Promise<'shown' | 'superseded' | 'load-failed'> {
    // Files are read one by one, so a slow choice can finish after a later one: the latest choice wins.
    const run = ++this.#runs;
    const readable: ComparedFile[] = [];
    const problems: CompareProblem[] = [];
    for (const file of files) {
      const reading = await readChosenFile(file, framework);
      if (run !== this.#runs) return 'superseded';
      if (reading.ok === 'load-failed') return 'load-failed';
      if (reading.ok) readable.push({ fileName: file.name, record: reading.record });
      else problems.push({ fileName: file.name, problem: reading.problem });
    }
    this.result = { framework, comparison: compareFiles(framework, readable), problems };
    this.host.requestUpdate();
    return 'shown';
  }

  #runs = 0;

  close(): void {
    this.#runs += 1;
    this.result = undefined;
    this.host.requestUpdate();
  }
}
