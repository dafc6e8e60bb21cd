import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hasNextStep, isInPlace, type Framework, type PracticeResponse } from '../../core/index.js';
import { formatIsoDate, formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import type { ProgressSince } from '../../core/progress/progress-since.js';
import type { Snapshot } from '../../core/progress/snapshot.js';
import { elementId } from '../../shared/element-ids.js';
import { heading } from '../../shared/heading.js';
import { behaviourChange, changedSince } from '../progress-over-time/behaviour-change.js';
import type { RenderContext } from '../../shared/render-context.js';

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
export function nextStepDetails(locale: string, response: PracticeResponse | undefined) {
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
}

/**
 * The printed record, shown only on paper: each practice with its status
 * and next step (with a snapshot chosen, after what changed in its
 * behaviour since), then "Next steps": the practices not yet in place that
 * have one written, and how many have none. The interactive checklist
 * above it is hidden in print.
 */
export function printSummary(context: RenderContext, view: PrintSummaryView) {
  const { headingLevel, locale, langOf } = context;
  const { framework, since } = view;
  const lowest = framework.ratingScale[0];
  const statusOf = (response: PracticeResponse | undefined) => {
    if (response?.notApplicable) return msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' });
    return framework.ratingScale.find((level) => level.id === response?.level)?.label ?? lowest.label;
  };
  const notYet = framework.behaviours.flatMap((behaviour) =>
    behaviour.practices.filter((practice) => {
      const response = view.responseTo(practice.id);
      return !response?.notApplicable && !isInPlace(response, framework.ratingScale);
    }),
  );
  const withSteps = notYet.filter((practice) => hasNextStep(view.responseTo(practice.id), framework.ratingScale));
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
      ${heading(headingLevel, msg('Next steps', { desc: 'Heading of the printed list of practices not yet in place.' }), { className: 'print-heading' })}
      ${notYet.length === 0
        ? html`<p>${msg('Every applicable practice is in place.', { desc: 'Printed under Next steps when nothing is left to do.' })}</p>`
        : html`${withSteps.length
              ? html`<ul class="print-practices">
                  ${withSteps.map(
                    (practice) => html`<li class="print-next-step">
                      <span lang=${ifDefined(langOf(`practices.${practice.id}`))}>${practice.text}</span>
                      ${nextStepDetails(locale, view.responseTo(practice.id))}
                    </li>`,
                  )}
                </ul>`
              : nothing}
            ${notYet.length > withSteps.length ? html`<p class="print-without-steps">${withoutSteps(locale, notYet.length - withSteps.length)}</p>` : nothing}`}
    </section>
  `;
}

/** "16 practices not yet in place have no next step written.", instead of listing each. */
function withoutSteps(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    zero: () => msg(str`${n} practices not yet in place have no next step written.`, { id: 'without-steps-zero', desc: 'Printed under Next steps, plural category "zero" (CLDR). English uses only "one" and "other".' }),
    one: () => msg(str`${n} practice not yet in place has no next step written.`, { id: 'without-steps-one', desc: 'Printed under Next steps, plural category "one" (CLDR).' }),
    two: () => msg(str`${n} practices not yet in place have no next step written.`, { id: 'without-steps-two', desc: 'Printed under Next steps, plural category "two" (CLDR). English uses only "one" and "other".' }),
    few: () => msg(str`${n} practices not yet in place have no next step written.`, { id: 'without-steps-few', desc: 'Printed under Next steps, plural category "few" (CLDR). English uses only "one" and "other".' }),
    many: () => msg(str`${n} practices not yet in place have no next step written.`, { id: 'without-steps-many', desc: 'Printed under Next steps, plural category "many" (CLDR). English uses only "one" and "other".' }),
    other: () => msg(str`${n} practices not yet in place have no next step written.`, { id: 'without-steps-other', desc: 'Printed under Next steps, e.g. "16 practices not yet in place have no next step written." (the rest are listed above it).' }),
  });
}
