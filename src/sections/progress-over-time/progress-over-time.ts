import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ProgressOverTimeActions, ProgressOverTimeState, SnapshotNotice } from './progress-over-time-controller.js';
import { behaviourChange, changedSince } from './behaviour-change.js';
import { snapshotName, thenAndNow } from './snapshot-text.js';
import type { Behaviour, Snapshot } from '../../core/index.js';
import type { ProgressSince } from '../../core/progress/progress-since.js';
import { MAX_SNAPSHOTS, SNAPSHOT_LABEL_MAX_LENGTH } from '../../core/progress/snapshot.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../../i18n/format.js';
import { elementId } from '../../shared/element-ids.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';

/**
 * "Progress over time": Save a snapshot (with an optional name), the
 * snapshots kept, each with Delete (confirmed in place), and "Compare
 * progress with", which adds then and now to Progress by behaviour and
 * lists, per behaviour (`behaviours`, in the checklist's language), the
 * practices that changed. Save a snapshot is a form, so that Enter in the
 * name saves, as GOV.UK forms do.
 */
export function progressOverTime(context: RenderContext, state: ProgressOverTimeState, actions: ProgressOverTimeActions, behaviours: readonly Behaviour[]) {
  const { locale, headingLevel } = context;
  const { snapshots, since } = state;
  const max = formatNumber(locale, MAX_SNAPSHOTS);
  return html`<section class="over-time" aria-labelledby="over-time-title">
    ${heading(headingLevel, msg('Progress over time', { desc: 'Heading of the section where snapshots of the answers are saved and compared with.' }), { id: 'over-time-title', focusTarget: true })}
    <p class="actions-hint">
      ${msg(str`Save a snapshot of your answers to see later what has changed. Up to ${max} are kept, here and in exported files; notes are not included.`, { desc: 'Explains Save a snapshot; the value is the most snapshots kept.' })}
    </p>
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        actions.save((event.currentTarget as HTMLFormElement).querySelector('input')!);
      }}
    >
      <label for="snapshot-label" class="note-label">${msg('Snapshot name (optional)', { desc: 'Label of a text field: a short name for the snapshot, e.g. "Board, March".' })}</label>
      <div class="button-row">
        <input id="snapshot-label" class="text-field" type="text" maxlength=${SNAPSHOT_LABEL_MAX_LENGTH} />
        <button type="submit" class="button button--secondary save-snapshot-button" part="button">
          ${msg('Save a snapshot', { desc: 'Button: keeps a dated copy of the answers as they are now.' })}
        </button>
      </div>
    </form>
    ${state.notice?.kind === 'full' ? limitNotice(locale, state.notice.max) : nothing}
    <p class="saved-note" aria-live="polite">${statusText(locale, state.notice, snapshots)}</p>
    ${snapshots.length
      ? html`<p class="note-label" id="snapshot-list-title">${msg('Saved snapshots', { desc: 'Heading of the list of saved snapshots.' })}</p>
          <ul class="snapshot-list" aria-labelledby="snapshot-list-title">
            ${snapshots.map((snapshot) => snapshotItem(snapshotName(locale, snapshot, snapshots), snapshot, state.confirmingDelete === snapshot.takenAt, actions))}
          </ul>
          <label for="compare-with" class="note-label">${msg('Compare progress with', { desc: 'Label of a list of saved snapshots; choosing one shows then and now per behaviour.' })}</label>
          <select id="compare-with" class="text-field" @change=${(event: Event) => actions.choose((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!state.chosen}>${msg('None', { desc: 'Choice in "Compare progress with": compare with no snapshot.' })}</option>
            ${snapshots.map((snapshot) => html`<option value=${snapshot.takenAt} ?selected=${state.chosen === snapshot.takenAt}>${snapshotName(locale, snapshot, snapshots)}</option>`)}
          </select>
          ${since ? html`<p class="over-time-since">${overallSince(locale, since, snapshots)}</p>${changes(context, behaviours, since, snapshots)}` : nothing}`
      : nothing}
  </section>`;
}

/** What changed since the chosen snapshot, behaviour by behaviour. On paper, print-summary.ts shows it beside each behaviour's practices. */
function changes(context: RenderContext, behaviours: readonly Behaviour[], since: ProgressSince, among: readonly Snapshot[]) {
  const { locale, langOf, headingLevel } = context;
  return html`<div class="over-time-changes">
    ${heading(headingLevel + 1, changedSince(locale, since, among), { className: 'changes-title' })}
    ${behaviours.map(
      (behaviour, index) => html`<div class="behaviour-change">
        ${heading(headingLevel + 2, html`${formatNumber(locale, index + 1)}. <span lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</span>`, { id: elementId.changeTitle(behaviour.id, ''), className: 'change-behaviour' })}
        ${behaviourChange(context, behaviour, index, since, '')}
      </div>`,
    )}
  </div>`;
}

/** Save a snapshot refused: the limit, and what to do. */
function limitNotice(locale: string, limit: number) {
  const max = formatNumber(locale, limit);
  return html`<div class="notice" role="alert" part="notice">
    <p>${msg(str`The most snapshots this checklist keeps is ${max}. Delete one you no longer need, then save again.`, { desc: 'Shown when Save a snapshot is refused because the limit is reached; the value is the limit.' })}</p>
  </div>`;
}

function overallSince(locale: string, { snapshot, then, now }: ProgressSince, among: readonly Snapshot[]): string {
  const name = snapshotName(locale, snapshot, among);
  const change = thenAndNow(locale, then.overall.percent, now.overall.percent);
  return msg(str`Overall progress since ${name}: ${change}.`, { desc: 'Overall score then and now, e.g. "Overall progress since 3 March 2026 at 10:15: Then 20%, now 45%."' });
}

function statusText(locale: string, notice: SnapshotNotice | undefined, snapshots: readonly Snapshot[]): string {
  // Said when a snapshot is chosen: the line as it was then, not again on every later answer.
  if (notice?.kind === 'compared') return overallSince(locale, notice.since, snapshots);
  if (notice?.kind === 'saved') {
    const name = snapshotName(locale, notice.snapshot, snapshots);
    return msg(str`Snapshot saved: ${name}.`, { desc: 'Said after Save a snapshot; the value is the snapshot’s time and name.' });
  }
  if (notice?.kind === 'not-stored') {
    const name = snapshotName(locale, notice.snapshot, snapshots);
    return msg(str`Snapshot kept on this page only, not saved: ${name}.`, { desc: 'Said after Save a snapshot when browser storage is full or refused; the value is the snapshot’s time and name.' });
  }
  if (notice?.kind === 'deleted') {
    const name = snapshotName(locale, notice.snapshot, notice.among);
    return msg(str`Snapshot deleted: ${name}.`, { desc: 'Said after a snapshot is deleted; the value is its time and name.' });
  }
  return '';
}

function snapshotItem(name: string, snapshot: Snapshot, confirming: boolean, actions: ProgressOverTimeActions) {
  return html`<li class="snapshot">
    <span>${name}</span>
    ${confirming
      ? html`<span class="button-row">
          <span>${msg('Delete this snapshot? It cannot be brought back.', { desc: 'Asked in place before a snapshot is deleted.' })}</span>
          <button type="button" class="button button--warning confirm-delete-snapshot" part="button" @click=${actions.confirmDelete}>
            ${msg('Yes, delete it', { desc: 'Button: confirms deleting a snapshot.' })}
          </button>
          <button type="button" class="button button--secondary cancel-delete-snapshot" part="button" @click=${() => actions.askToDelete(undefined)}>
            ${msg('Cancel', { desc: 'Closes a confirmation dialog without changing anything.' })}
          </button>
        </span>`
      : html`<button type="button" class="button button--secondary delete-snapshot" part="button" data-taken-at=${snapshot.takenAt} @click=${() => actions.askToDelete(snapshot.takenAt)}>
          ${msg('Delete', { desc: 'Button beside a saved snapshot: deletes it, after a confirmation.' })}<span class="visually-hidden"> ${name}</span>
        </button>`}
  </li>`;
}
