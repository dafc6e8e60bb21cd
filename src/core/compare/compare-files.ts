import type { Framework } from '../framework/framework-schema.js';
import type { ProgressRecord } from '../progress/progress-record.js';
import { compareAnswers, type ComparedPerson, type Comparison } from './compare-answers.js';
import { fileLabels } from './file-labels.js';

/** A colleague's export file, read and checked as Import reads it. */
export interface ComparedFile {
  readonly fileName: string;
  readonly record: ProgressRecord;
  /** When the file was exported (ISO 8601, UTC), as it says: a board needs to know how old each answer is. */
  readonly exportedAt: string;
}

/** This browser's own answers, compared without exporting them first, under `name` ("You (this browser)"). */
export interface OwnAnswers {
  readonly name: string;
  readonly record: ProgressRecord;
}

/**
 * Colleagues' files side by side, each called by the name in it or its file
 * name, never two alike (file-labels.ts); with `own`, this browser's answers
 * in a last column of their own.
 */
export function compareFiles(framework: Framework, files: readonly ComparedFile[], own?: OwnAnswers): Comparison {
  const labels = fileLabels(files.map(({ fileName, record }) => ({ fileName, filledInBy: record.profile?.filledInBy })));
  const person = (name: string, { responses, reviews, profile }: ProgressRecord): ComparedPerson => ({
    name,
    responses,
    ...(reviews ? { reviews } : {}),
    ...(profile ? { profile } : {}),
  });
  const people = files.map(({ record }, index) => person(labels[index], record));
  return compareAnswers(framework, own ? [...people, person(own.name, own.record)] : people);
}
