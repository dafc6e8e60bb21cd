import type { Framework } from '../framework/framework-schema.js';
import { COMPARED_ANSWERS, type ComparedAnswer, type Comparison } from './compare-answers.js';

/** The words of the comparison spreadsheet, in the person's language. */
export interface CompareCsvLabels {
  readonly behaviour: string;
  readonly practice: string;
  readonly answers: Readonly<Record<ComparedAnswer, string>>;
  /** Heading of the column that says whether answers differ. */
  readonly differs: string;
  readonly yes: string;
  readonly no: string;
  /** Headings of each person's Notes, Who and By when columns: `name` is the person's label. */
  readonly note: (name: string) => string;
  readonly owner: (name: string) => string;
  readonly due: (name: string) => string;
}

/**
 * The comparison as spreadsheet rows (for buildCsv, which makes every cell
 * safe: notes are whatever a colleague typed): a header row, then one row
 * per practice in framework order with how many gave each answer, whether
 * answers differ, and each person's answer under their name. Then each
 * person's note, Who and By when (YYYY-MM-DD, which spreadsheets read as a
 * date), three columns per person: after the answers, so the columns a
 * spreadsheet made from an earlier version reads stay where they were.
 */
export function compareCsvRows(framework: Framework, comparison: Comparison, labels: CompareCsvLabels): string[][] {
  const details = comparison.names.flatMap((name) => [labels.note(name), labels.owner(name), labels.due(name)]);
  const rows: string[][] = [[labels.behaviour, labels.practice, ...COMPARED_ANSWERS.map((answer) => labels.answers[answer]), labels.differs, ...comparison.names, ...details]];
  framework.behaviours.forEach((behaviour, b) => {
    behaviour.practices.forEach((practice, p) => {
      const compared = comparison.behaviours[b].practices[p];
      rows.push([
        behaviour.title,
        practice.text,
        ...COMPARED_ANSWERS.map((answer) => String(compared.counts[answer])),
        compared.differs ? labels.yes : labels.no,
        ...compared.answers.map((answer) => labels.answers[answer]),
        ...compared.responses.flatMap((response) => [response?.note ?? '', response?.owner ?? '', response?.due ?? '']),
      ]);
    });
  });
  return rows;
}
