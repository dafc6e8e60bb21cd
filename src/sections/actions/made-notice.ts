import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ExchangeNotice } from '../../controllers/exchange-controller.js';
import { formatNumber } from '../../i18n/format.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';
import { snapshotTime } from '../progress-over-time/snapshot-text.js';

/**
 * After Export or Download CSV: GOV.UK's success notification banner, with
 * the file's name, what it holds and when it was made, in the widget's
 * language. It is a new alert each time (keyed), so a second export is
 * announced too; focus stays on the button. Only a file that was made and
 * handed to the browser is reported: a failure says nothing was saved.
 */
export function madeNotice({ headingLevel, locale }: RenderContext, notice: ExchangeNotice | undefined) {
  if (notice?.kind === 'make-failed')
    return html`<div class="notice" role="alert" part="notice">
      <p>${msg('The file could not be made, so nothing was saved. Try again.', { desc: 'Shown when Export or Download CSV fails before the file reaches the browser.' })}</p>
    </div>`;
  if (notice?.kind !== 'made') return nothing;
  const { file } = notice;
  const name = file.fileName;
  const row = (label: string, value: string) => html`<div class="summary-row"><dt>${label}</dt><dd>${value}</dd></div>`;
  return keyed(
    file.madeAt,
    html`<div class="notification-banner" role="alert" aria-labelledby="made-notice-title" part="notice">
      ${heading(headingLevel + 1, msg('Success', { desc: 'Title of the banner after Export or Download CSV (GOV.UK’s success notification banner).' }), { id: 'made-notice-title', className: 'notification-banner-title' })}
      <div class="notification-banner-content">
        <p class="notification-banner-heading">
          ${file.kind === 'export'
            ? msg(str`Export file made: ${name}`, { desc: 'After Export; the value is the file name, e.g. "putting-collaboration-into-practice-2026-11-25.json".' })
            : msg(str`Spreadsheet made: ${name}`, { desc: 'After Download CSV; the value is the file name, e.g. "putting-collaboration-into-practice-2026-11-25.csv".' })}
        </p>
        <p>${msg('Your browser saves it in your downloads folder, or asks you where to save it.', { desc: 'After Export or Download CSV: where the file goes.' })}</p>
        <dl class="import-summary">
          ${row(msg('Made', { desc: 'Label after Export or Download CSV: when the file was made, e.g. "7 December 2026 at 10:15".' }), snapshotTime(locale, file.madeAt))}
          ${row(msg('Practices in place', { desc: 'Label: how many practices the file marks as in place.' }), formatNumber(locale, file.inPlace))}
          ${row(msg('Marked not applicable', { desc: 'Label: how many practices the file marks as not applicable.' }), formatNumber(locale, file.notApplicable))}
          ${row(msg('Notes', { desc: 'Label: how many notes the file has.' }), formatNumber(locale, file.notes))}
          ${file.kind === 'export' ? row(msg('Snapshots', { desc: 'Label after Export: how many saved snapshots the file holds.' }), formatNumber(locale, file.snapshots)) : nothing}
        </dl>
      </div>
    </div>`,
  );
}
