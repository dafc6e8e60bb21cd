import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isInPlace, type Framework, type PracticeResponse } from '../../../core/index.js';
import { formatIsoDate } from '../../../i18n/format.js';
import { heading } from './heading.js';
import type { RenderContext } from './render-context.js';

export interface PrintSummaryView {
  readonly framework: Framework;
  readonly today: string;
  /** "About your organisation", as answered, for the printed record. */
  readonly about?: string;
  responseTo(practiceId: string): PracticeResponse | undefined;
}

/**
 * The printed action plan, shown only on paper: each practice with its
 * status and note, then "Next steps" listing what is not yet in place. The
 * interactive checklist above it is hidden in print.
 */
export function printSummary({ headingLevel, locale, langOf }: RenderContext, view: PrintSummaryView) {
  const { framework } = view;
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
  const today = formatIsoDate(locale, view.today);
  return html`
    <section class="print-summary">
      <p class="print-date">${msg(str`Printed ${today}`, { desc: 'Date line on the printed summary, e.g. "Printed 25 November 2026".' })}</p>
      ${view.about ? html`<p class="print-about">${view.about}</p>` : nothing}
      ${heading(headingLevel, msg('Practices', { desc: 'Heading of the printed list of every practice and its status.' }), { className: 'print-heading' })}
      ${framework.behaviours.map(
        (behaviour, index) => html`
          ${heading(headingLevel + 1, html`${index + 1}. <span lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</span>`, { className: 'print-behaviour' })}
          <ul class="print-practices">
            ${behaviour.practices.map((practice) => {
              const response = view.responseTo(practice.id);
              return html`<li class=${isInPlace(response, framework.ratingScale) ? 'is-in-place' : ''}>
                <span class="print-status">${statusOf(response)}</span>
                <div>
                  <span lang=${ifDefined(langOf(`practices.${practice.id}`))}>${practice.text}</span>
                  ${response?.note ? html`<p class="print-note">${response.note}</p>` : nothing}
                </div>
              </li>`;
            })}
          </ul>
        `,
      )}
      ${heading(headingLevel, msg('Next steps', { desc: 'Heading of the printed list of practices not yet in place.' }), { className: 'print-heading' })}
      ${notYet.length
        ? html`<ul class="print-practices">
            ${notYet.map((practice) => {
              const note = view.responseTo(practice.id)?.note;
              return html`<li class="print-next-step">
                <span lang=${ifDefined(langOf(`practices.${practice.id}`))}>${practice.text}</span>
                <p class="print-note">${note || msg('No note yet.', { desc: 'Printed under a next step that has no note.' })}</p>
              </li>`;
            })}
          </ul>`
        : html`<p>${msg('Every applicable practice is in place.', { desc: 'Printed under Next steps when nothing is left to do.' })}</p>`}
    </section>
  `;
}
