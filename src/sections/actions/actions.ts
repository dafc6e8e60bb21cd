import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ExchangeNotice } from '../../controllers/exchange-controller.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';
import { madeNotice } from './made-notice.js';

export interface ActionsPanelActions {
  exportJson(): void;
  chooseImportFile(): void;
  fileChosen(event: Event): void;
  chooseCompareFiles(): void;
  compareFilesChosen(event: Event): void;
  downloadCsv(): void;
  print(): void;
  printPlan(): void;
  askToReset(): void;
  undoReset(): void;
}

/**
 * Everything that takes progress out of the browser and back: export,
 * import, a spreadsheet, printing, and Reset with its Undo.
 */
export function actionsPanel(
  context: RenderContext,
  notice: ExchangeNotice | undefined,
  importNotice: unknown,
  canUndo: boolean,
  nameFields: unknown,
  actions: ActionsPanelActions,
) {
  const { headingLevel } = context;
  return html`
    <section class="actions" part="actions" aria-labelledby="actions-title">
      ${heading(headingLevel, msg('Save, share or print', { desc: 'Heading of the section with Export, Import, Download CSV, Print and Reset.' }), { id: 'actions-title', className: 'actions-title', focusTarget: true })}
      <p class="actions-hint">
        ${msg('Your progress is kept only in this browser. Export a copy to keep it safe or to carry on at another computer, download a spreadsheet, or print an action plan for a meeting.', { desc: 'Explains the buttons below it.' })}
      </p>
      ${nameFields}
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
        <button type="button" class="button button--secondary" part="button" @click=${actions.printPlan}>
          ${msg('Print a plan', { desc: 'Button: prints a one-page summary and the action plan (practices with a next step, by date), then the full record.' })}
        </button>
      </div>
      ${madeNotice(context, notice)}
      <p class="actions-hint">
        ${msg('Each colleague exports their answers; choose all the files to see where you differ. Your own answers do not change.', { desc: 'Explains the Compare answers button below it.' })}
      </p>
      <div class="button-row">
        <button type="button" class="button button--secondary compare-button" part="button" @click=${actions.chooseCompareFiles}>
          ${msg('Compare answers', { desc: 'Button: opens a file picker to choose several exported files and compare the answers in them.' })}
        </button>
        <input class="compare-input" type="file" accept=".json,application/json" multiple hidden tabindex="-1" @change=${actions.compareFilesChosen} />
      </div>
      ${importNotice}
      <div class="reset-row">
        <p class="actions-hint">
          ${msg('Starting again? Reset clears every tick, mark and note saved in this browser.', { desc: 'Explains the Reset button beside it.' })}
        </p>
        <button type="button" class="button button--secondary reset-button" part="button" @click=${actions.askToReset}>
          ${msg('Reset', { desc: 'Button that clears all progress after confirmation.' })}
        </button>
      </div>
      ${notice?.kind === 'reset' || notice?.kind === 'reset-undone' ? resetNotice(notice.kind, canUndo ? actions.undoReset : undefined) : nothing}
    </section>
  `;
}

function resetNotice(kind: 'reset' | 'reset-undone', undo?: () => void) {
  const text =
    kind === 'reset'
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


