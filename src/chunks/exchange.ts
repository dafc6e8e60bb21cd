/**
 * What Export and Download CSV need, loaded the first time a person uses
 * one of them: most visitors never do, so it stays out of the main file.
 */
import { checklistCsvRows, buildCsv } from '../core/exchange/csv.js';
import { buildExportFile, exportFileName, madeFile, type MadeFile } from '../core/exchange/export-file.js';
import { localDate } from '../core/local-date.js';
import { setAsideCopies } from '../storage/set-aside.js';
import type { Framework, ProgressRecord, Snapshot } from '../core/index.js';
import { csvLabels } from '../sections/actions/csv-labels.js';
import { saveFile } from '../shared/save-file.js';

/**
 * `savedUnder` is the storage key of `record`: what this browser set aside
 * under it goes into the file too. Returns what was made only once the
 * browser has been handed it: anything that fails throws instead.
 */
export function exportJson(root: ShadowRoot, framework: Framework, record: ProgressRecord, savedUnder: string | undefined): MadeFile {
  const now = new Date();
  const setAside = savedUnder === undefined ? [] : setAsideCopies(savedUnder);
  const fileName = exportFileName(framework, localDate(now), 'json');
  saveFile(root, fileName, buildExportFile(record, framework, now.toISOString(), setAside), 'application/json');
  return madeFile('export', framework, record, fileName, now.toISOString());
}

/**
 * `content` is the framework in the reader's language: the spreadsheet is
 * written in it. `then`, the snapshot chosen in "Compare progress with",
 * adds its statuses as a last column headed `thenHeading`.
 */
export function downloadCsv(root: ShadowRoot, framework: Framework, content: Framework, record: ProgressRecord, locale: string, then?: { snapshot: Snapshot; heading: string }): MadeFile {
  const now = new Date();
  const rows = checklistCsvRows(content, record, csvLabels(locale), then);
  const fileName = exportFileName(framework, localDate(now), 'csv');
  saveFile(root, fileName, buildCsv(rows), 'text/csv;charset=utf-8');
  return madeFile('csv', framework, record, fileName, now.toISOString());
}
