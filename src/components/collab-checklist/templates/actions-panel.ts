import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ExchangeNotice } from '../../../controller/exchange-controller.js';
import type { ImportProblem } from '../../../core/index.js';
import { formatNumber } from '../../../i18n/format.js';
import { heading } from './heading.js';

export interface ActionsPanelActions {
  exportJson(): void;
  chooseImportFile(): void;
  fileChosen(event: Event): void;
  downloadCsv(): void;
  print(): void;
  askToReset(): void;
  undoReset(): void;
}

/**
 * Everything that takes progress out of the browser and back: export,
 * import, a spreadsheet, printing, and Reset with its Undo.
 */
export function actionsPanel(headingLevel: number, locale: string, notice: ExchangeNotice | undefined, canUndo: boolean, actions: ActionsPanelActions) {
  return html`
    <section class="actions" part="actions" aria-labelledby="actions-title">
      ${heading(headingLevel, msg('Save, share or print', { desc: 'Heading of the section with Export, Import, Download CSV, Print and Reset.' }), { id: 'actions-title', className: 'actions-title' })}
      <p class="actions-hint">
        ${msg('Your progress is kept only in this browser. Export a copy to keep it safe or to carry on at another computer, download a spreadsheet, or print an action plan for a meeting.', { desc: 'Explains the buttons below it.' })}
      </p>
      <div class="button-row">
        <button type="button" class="button button--primary" part="button" @click=${actions.exportJson}>
          ${msg('Export', { desc: 'Button: downloads a file with all progress, to keep or to import elsewhere.' })}
        </button>
        <button type="button" class="button button--secondary import-button" part="button" @click=${actions.chooseImportFile}>
          ${msg('Import', { desc: 'Button: opens a file picker to bring back progress from an exported file.' })}
        </button>
        <input class="import-input" type="file" accept=".json,application/json" hidden tabindex="-1" @change=${actions.fileChosen} />
        <button type="button" class="button button--secondary" part="button" @click=${actions.downloadCsv}>
          ${msg('Download CSV', { desc: 'Button: downloads a spreadsheet (CSV) with one row per practice.' })}
        </button>
        <button type="button" class="button button--secondary" part="button" @click=${actions.print}>
          ${msg('Print', { desc: 'Button: prints a summary and action plan.' })}
        </button>
      </div>
      ${notice && notice.kind !== 'reset' && notice.kind !== 'reset-undone' ? noticeBox(locale, notice) : nothing}
      <div class="reset-row">
        <p class="actions-hint">
          ${msg('Starting again? Reset clears every tick, mark and note saved in this browser.', { desc: 'Explains the Reset button beside it.' })}
        </p>
        <button type="button" class="button button--secondary reset-button" part="button" @click=${actions.askToReset}>
          ${msg('Reset', { desc: 'Button that clears all progress after confirmation.' })}
        </button>
      </div>
      ${notice?.kind === 'reset' || notice?.kind === 'reset-undone' ? noticeBox(locale, notice, canUndo ? actions.undoReset : undefined) : nothing}
    </section>
  `;
}

function noticeBox(locale: string, notice: ExchangeNotice, undo?: () => void) {
  if (notice.kind === 'import-problem') {
    const fileName = notice.fileName;
    return html`<div class="notice" role="alert" part="notice">
      <p class="notice-title">${msg(str`“${fileName}” could not be imported`, { desc: 'Title of the error shown when an import file is refused; the value is the file name.' })}</p>
      ${problemText(locale, notice.problem)}
      <p>${msg('Nothing has been changed.', { desc: 'Reassurance after a refused import.' })}</p>
    </div>`;
  }
  const text =
    notice.kind === 'imported'
      ? msg(str`Progress imported from “${notice.fileName}”.`, { desc: 'Confirmation after an import; the value is the file name.' })
      : notice.kind === 'reset'
        ? msg('All progress has been cleared.', { desc: 'Shown after Reset, next to the Undo button.' })
        : msg('Your progress has been put back.', { desc: 'Shown after Undo of a Reset.' });
  return html`<div class="notice notice--info" part="notice">
    <p>${text}</p>
    ${undo
      ? html`<button type="button" class="button button--secondary undo-button" part="button" @click=${undo}>
          ${msg('Undo', { desc: 'Button after Reset: brings back everything that was cleared.' })}
        </button>`
      : nothing}
  </div>`;
}

function problemText(locale: string, problem: ImportProblem) {
  const chooseExport = msg('Choose a .json file made with this checklist’s Export button.', { desc: 'Advice after a refused import.' });
  switch (problem.kind) {
    case 'too-large': {
      const size = formatNumber(locale, Math.round(problem.maxBytes / 1000));
      return html`<p>${msg(str`The file is larger than ${size} KB, so it cannot be an export from this checklist.`, { desc: 'Import refused: file too large. The value is a number of kilobytes.' })} ${chooseExport}</p>`;
    }
    case 'not-json':
    case 'not-an-export':
      return html`<p>${msg('The file is not an export from this checklist.', { desc: 'Import refused: the file is not a checklist export (e.g. a CSV or another document).' })} ${chooseExport}</p>`;
    case 'newer-version':
      return html`<p>${msg('The file was made by a newer version of this checklist. Ask whoever runs this website to update it.', { desc: 'Import refused: the file is from a newer version of the widget.' })}</p>`;
    case 'other-framework': {
      const name = problem.frameworkTitle ?? problem.frameworkId;
      return html`<p>${msg(str`The file is for a different checklist (“${name}”).`, { desc: 'Import refused: the file belongs to another framework; the value is its name.' })}</p>`;
    }
    case 'invalid':
      return html`<p>${msg('The file is damaged or has been edited, so it cannot be read safely. These parts are wrong:', { desc: 'Import refused: the file has the right kind but wrong contents; a list of details follows.' })}</p>
        <ul>
          ${problem.details.slice(0, 5).map((detail) => html`<li>${detail}</li>`)}
        </ul>`;
  }
}
