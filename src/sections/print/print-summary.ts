import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isInPlace, type Framework, type PracticeResponse } from '../../core/index.js';
import { formatIsoDate } from '../../i18n/format.js';
import type { ProgressSince } from '../../core/progress/progress-since.js';
import type { Snapshot } from '../../core/progress/snapshot.js';
import { elementId } from '../../shared/element-ids.js';
import { heading } from '../../shared/heading.js';
import { behaviourChange, changedSince } from '../progress-over-time/behaviour-change.js';
import type { RenderContext } from '../../shared/render-context.js';
import { printPlan, type PrintPlanView } from './print-plan.js';

export interface PrintHeaderView {
  readonly today: string;
  /** The organisation's name, as written in the profile. */
  readonly organisation?: string;
  /** "About your organisation", as answered. */
  readonly about?: string;
}

/**
 * The first lines of every printout, shown only on paper: whose it is and
 * when it was printed, above the title, so they open page 1 of the widget.
 */
export function printHeader(locale: string, view: PrintHeaderView) {
  const { organisation, about } = view;
  const today = formatIsoDate(locale, view.today);
  return html`<div class="print-header">
    ${organisation ? html`<p class="print-organisation">${organisation}</p>` : nothing}
    <p class="print-date">${msg(str`Printed ${today}`, { desc: 'Date line on the printed summary, e.g. "Printed 25 November 2026".' })}</p>
    ${about ? html`<p class="print-about">${about}</p>` : nothing}
  </div>`;
}

/** A next step as written: the note, then Who and By when, each only if given. */
function nextStepDetails(locale: string, response: PracticeResponse | undefined) {
  if (!response) return nothing;
  const { note, owner, due } = response;
  return html`${/\S/.test(note) ? html`<p class="print-note">${note}</p>` : nothing}
    ${owner || due
      ? html`<p class="print-step">
          ${owner ? html`<b>${msg('Who', { desc: 'Label of a text field under a practice’s notes: the person or team taking the next step.' })}:</b> <bdi>${owner}</bdi>` : nothing}
          ${owner && due ? ' · ' : nothing}
          ${due ? html`<b>${msg('By when', { desc: 'Label of a date field under a practice’s notes: the date the next step should be done by.' })}:</b> ${formatIsoDate(locale, due)}` : nothing}
        </p>`
      : nothing}`;
}

export interface PrintSummaryView {
  readonly framework: Framework;
  responseTo(practiceId: string): PracticeResponse | undefined;
  /** The snapshot chosen in Progress over time, if any: each behaviour then lists what changed since. */
  readonly since?: ProgressSince;
  /** The snapshots kept, so the chosen one is named as it is listed. */
  readonly snapshots?: readonly Snapshot[];
  /** The action plan, to print after the record: left out when Print a plan prints it before. */
  readonly plan?: PrintPlanView;
}

/**
 * The printed record, shown only on paper: each practice with its status
 * and next step (with a snapshot chosen, after what changed in its
 * behaviour since), then, for Print, the action plan. The interactive
 * checklist above it is hidden in print.
 */
export function printSummary(context: RenderContext, view: PrintSummaryView) {
  const { headingLevel, locale, langOf } = context;
  const { framework, since } = view;
  const lowest = framework.ratingScale[0];
  const statusOf = (response: PracticeResponse | undefined) => {
    if (response?.notApplicable) return msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' });
    return framework.ratingScale.find((level) => level.id === response?.level)?.label ?? lowest.label;
  };
  return html`
    <section class="print-summary">
      ${heading(headingLevel, msg('Practices', { desc: 'Heading of the printed list of every practice and its status.' }), { className: 'print-heading' })}
      ${since ? html`<p class="print-since">${changedSince(locale, since, view.snapshots ?? [])}</p>` : nothing}
      ${framework.behaviours.map(
        (behaviour, index) => html`
          ${heading(headingLevel + 1, html`${index + 1}. <span lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</span>`, { className: 'print-behaviour', id: elementId.changeTitle(behaviour.id, 'print-') })}
          ${since ? html`<div class="print-change">${behaviourChange(context, behaviour, index, since, 'print-')}</div>` : nothing}
          <ul class="print-practices">
            ${behaviour.practices.map((practice) => {
              const response = view.responseTo(practice.id);
              return html`<li class=${isInPlace(response, framework.ratingScale) ? 'is-in-place' : ''}>
                <span class="print-status">${statusOf(response)}</span>
                <div>
                  <span lang=${ifDefined(langOf(`practices.${practice.id}`))}>${practice.text}</span>
                  ${nextStepDetails(locale, response)}
                </div>
              </li>`;
            })}
          </ul>
        `,
      )}
      ${view.plan ? printPlan(context, view.plan) : nothing}
    </section>
  `;
}
