import { msg, str } from '@lit/localize';
import { answerLabel } from './answer-label.js';
import { COMPARED_ANSWERS, type ComparedAnswer, type Comparison } from '../../core/compare/compare-answers.js';
import { compareCsvRows } from '../../core/compare/compare-csv.js';
import { buildCsv } from '../../core/exchange/csv.js';
import { exportFileName } from '../../core/exchange/export-file.js';
import { localDate } from '../../core/local-date.js';
import type { Framework } from '../../core/index.js';
import { saveFile } from '../../shared/save-file.js';

/** The comparison as a spreadsheet. `content` is the framework in the reader's language: the spreadsheet is written in it. */
export function downloadComparisonCsv(root: ShadowRoot, framework: Framework, content: Framework, comparison: Comparison): void {
  const rows = compareCsvRows(content, comparison, {
    behaviour: msg('Behaviour', { desc: 'Column heading in the progress-by-behaviour table.' }),
    practice: msg('Practice', { desc: 'Spreadsheet column heading: the practice text.' }),
    answers: Object.fromEntries(COMPARED_ANSWERS.map((answer) => [answer, answerLabel(answer)])) as Record<ComparedAnswer, string>,
    differs: msg('Answers differ', { desc: 'Spreadsheet column heading in the comparison: whether colleagues gave different answers.' }),
    yes: msg('Yes', { id: 'compare-differs-yes', desc: 'Spreadsheet cell in the comparison: colleagues gave different answers.' }),
    no: msg('No', { id: 'compare-differs-no', desc: 'Spreadsheet cell in the comparison: everyone gave the same answer.' }),
    note: (name) => msg(str`${name}: notes`, { desc: 'Comparison spreadsheet column heading: one person’s notes; the value is their name.' }),
    owner: (name) => msg(str`${name}: who`, { desc: 'Comparison spreadsheet column heading: one person’s "Who" for the next step; the value is their name.' }),
    due: (name) => msg(str`${name}: by when`, { desc: 'Comparison spreadsheet column heading: one person’s "By when" date for the next step; the value is their name.' }),
  });
  const name = exportFileName(framework, localDate(new Date()), 'csv').replace(/\.csv$/, '-compared.csv');
  saveFile(root, name, buildCsv(rows), 'text/csv;charset=utf-8');
}
