import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ExchangeNotice } from '../../controllers/exchange-controller.js';
import type { ImportProblem } from '../../core/exchange/export-file.js';
import { formatNumber } from '../../i18n/format.js';

/** After an import: what went wrong (and that nothing changed), or that it worked; or that the code for it could not be loaded. */
export function importNotice(locale: string, notice: ExchangeNotice | undefined) {
  if (notice?.kind === 'imported') {
    return html`<div class="notice notice--info" part="notice">
      <p>${msg(str`Progress imported from “${notice.fileName}”.`, { desc: 'Confirmation after an import; the value is the file name.' })}</p>
    </div>`;
  }
  if (notice?.kind === 'load-failed') {
    return html`<div class="notice" role="alert" part="notice">
      <p>${msg('This part of the checklist could not be loaded. Check your internet connection and try again.', { desc: 'Shown when the code for Export, Download CSV or Import fails to load.' })}</p>
    </div>`;
  }
  if (notice?.kind === 'import-problem') {
    const fileName = notice.fileName;
    return html`<div class="notice" role="alert" part="notice">
      <p class="notice-title">${msg(str`“${fileName}” could not be imported`, { desc: 'Title of the error shown when an import file is refused; the value is the file name.' })}</p>
      ${problemText(locale, notice.problem)}
      <p>${msg('Nothing has been changed.', { desc: 'Reassurance after a refused import.' })}</p>
    </div>`;
  }
  return nothing;
}

/** Why a chosen file was refused, and what to do: for Import and Compare alike. */
export function problemText(locale: string, problem: ImportProblem) {
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
