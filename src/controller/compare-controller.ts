import type { ReactiveControllerHost } from 'lit';
import type { Comparison, compareAnswers as CompareAnswers } from '../core/compare/compare-answers.js';
import type { ImportProblem } from '../core/exchange/export-file.js';
import type { Framework } from '../core/index.js';
import { readChosenFile } from './read-chosen-file.js';

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
   * `compareAnswers` comes with the comparison's code, loaded on first use.
   * `false` when the code to read files could not be loaded (a network error): nothing changes then.
   */
  async compare(files: readonly File[], framework: Framework, compareAnswers: typeof CompareAnswers): Promise<boolean> {
    const readable = [];
    const problems: CompareProblem[] = [];
    for (const file of files) {
      const reading = await readChosenFile(file, framework);
      if (reading.ok === 'load-failed') return false;
      if (reading.ok) readable.push({ fileName: file.name, record: reading.record });
      else problems.push({ fileName: file.name, problem: reading.problem });
    }
    const named = readable.map(({ fileName, record }) => ({ name: record.profile?.filledInBy?.trim() || fileName, fileName, record }));
    const people = named.map(({ name, fileName, record }) => ({
      // Two files with the same name in them are told apart by their file names.
      name: named.filter((other) => other.name === name).length > 1 ? `${name} (${fileName})` : name,
      responses: record.responses,
      ...(record.reviews ? { reviews: record.reviews } : {}),
    }));
    this.result = { framework, comparison: compareAnswers(framework, people), problems };
    this.host.requestUpdate();
    return true;
  }

  close(): void {
    this.result = undefined;
    this.host.requestUpdate();
  }
}
