import type { Framework } from '../framework/framework-schema.js';
import type { ProgressRecord } from '../progress/progress-record.js';
import { compareAnswers, type Comparison } from './compare-answers.js';
import { fileLabels } from './file-labels.js';

/** A colleague's export file, read and checked as Import reads it. */
export interface ComparedFile {
  readonly fileName: string;
  readonly record: ProgressRecord;
}

/** Colleagues' files side by side, each called by the name in it or its file name, never two alike (file-labels.ts). */
export function compareFiles(framework: Framework, files: readonly ComparedFile[]): Comparison {
  const labels = fileLabels(files.map(({ fileName, record }) => ({ fileName, filledInBy: record.profile?.filledInBy })));
  return compareAnswers(
    framework,
    files.map(({ record }, index) => ({
      name: labels[index],
      responses: record.responses,
      ...(record.reviews ? { reviews: record.reviews } : {}),
    })),
  );
}
