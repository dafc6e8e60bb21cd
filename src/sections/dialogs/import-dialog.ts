import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PendingImport } from '../../controllers/exchange-controller.js';
import { formatLocalDay, formatNumber } from '../../i18n/format.js';
import type { ProgressRecord } from '../../core/progress/progress-record.js';
import { MAX_SNAPSHOTS, withImportedSnapshots } from '../../core/progress/snapshot.js';
import { confirmDialog } from './confirm-dialog.js';
import type { RenderContext } from '../../shared/render-context.js';

/** Shows what an import file holds and asks before it replaces anything. */
export function importDialog(
  { headingLevel, locale }: RenderContext,
  pending: PendingImport | undefined,
  frameworkVersion: string,
  /** What is kept here now: the file's snapshots are added to its own, as many as fit. */
  current: Pick<ProgressRecord, 'snapshots' | 'deletedSnapshots'>,
  actions: { confirm(): void; cancel(event?: Event): void },
) {
  const summary = pending?.summary;
  // Shown because importing makes it the name in the next export: a colleague's file imported by mistake says so here.
  const filledInBy = pending?.record.profile?.filledInBy;
  const snapshots = pending && withImportedSnapshots(current, pending.record.snapshots ?? []);
  const row = (term: string, value: string) => html`<div class="summary-row"><dt>${term}</dt><dd>${value}</dd></div>`;
  return confirmDialog({
    id: 'import-dialog',
    headingLevel,
    title: msg('Replace your progress with this file?', { desc: 'Title of the dialog that confirms an import.' }),
    body: summary
      ? html`
          <dl class="import-summary">
            ${row(msg('File', { desc: 'Label: the name of the file being imported.' }), pending.fileName)}
            ${filledInBy
              ? row(msg('Filled in by', { desc: 'Label in the import dialog: the name written in the file, which replaces the name in "Your name".' }), filledInBy)
              : nothing}
            ${row(msg('Exported on', { desc: 'Label: the date the import file was made.' }), formatLocalDay(locale, summary.exportedAt))}
            ${row(msg('Practices in place', { desc: 'Label: how many practices the file marks as in place.' }), formatNumber(locale, summary.inPlace))}
            ${row(msg('Marked not applicable', { desc: 'Label: how many practices the file marks as not applicable.' }), formatNumber(locale, summary.notApplicable))}
            ${row(msg('Notes', { desc: 'Label: how many notes the file has.' }), formatNumber(locale, summary.notes))}
            ${summary.unknownPractices
              ? row(
                  msg('Answers to practices no longer listed (kept)', { desc: 'Label: how many answers in the file are for practices this checklist no longer has; they are kept.' }),
                  formatNumber(locale, summary.unknownPractices),
                )
              : nothing}
            ${snapshots?.added
              ? row(
                  msg('Snapshots (added to those kept here)', { desc: 'Label: how many snapshots (dated copies of the answers) the file has; they are added to the snapshots already kept, not replaced.' }),
                  formatNumber(locale, snapshots.added),
                )
              : nothing}
            ${snapshots?.leftOut
              ? row(
                  msg(str`Snapshots left out: at most ${formatNumber(locale, MAX_SNAPSHOTS)} are kept (delete some to make room, then import again)`, {
                    desc: 'Label in the import dialog: how many of the file’s snapshots are not added because the limit of snapshots kept would be passed. The answers are still imported.',
                  }),
                  formatNumber(locale, snapshots.leftOut),
                )
              : nothing}
            ${summary.damagedSnapshots
              ? row(
                  msg('Damaged snapshots left out', { desc: 'Label in the import dialog: how many of the file’s snapshots could not be read and are not imported. The answers are still imported.' }),
                  formatNumber(locale, summary.damagedSnapshots),
                )
              : nothing}
          </dl>
          ${summary.frameworkVersion !== frameworkVersion
            ? html`<p>${msg('The file was made with another version of this checklist. Answers to practices it shares with this version will show.', { desc: 'Shown when an import file comes from another version of the framework.' })}</p>`
            : nothing}
          <p><strong>${msg('Importing replaces everything saved for this checklist in this browser.', { desc: 'Warning in the import dialog.' })}</strong></p>
        `
      : '',
    confirmLabel: msg('Import and replace', { desc: 'Confirms an import.' }),
    confirmStyle: 'primary',
    ...actions,
  });
}
