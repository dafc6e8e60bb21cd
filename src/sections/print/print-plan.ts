import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { actionPlan, allPractices, type Framework, type PracticeResponse, type Suggestion } from '../../core/index.js';
import { heading } from '../../shared/heading.js';
import { reasonText } from '../next-steps/next-steps.js';
import { nextStepDetails } from './print-summary.js';
import type { RenderContext } from '../../shared/render-context.js';

export interface PrintPlanView {
  /** The framework as shown, perhaps translated. */
  readonly framework: Framework;
  readonly responses: ReadonlyMap<string, PracticeResponse>;
  readonly suggestions: readonly Suggestion[];
}

/**
 * "Action plan", printed by Print a plan after the summary on page 1: the
 * practices with a next step written, or suggested, earliest By when
 * first, each with its note, Who and By when. The full record follows it
 * on pages of its own (collab-checklist.styles.ts).
 */
export function printPlan({ headingLevel, locale, langOf }: RenderContext, { framework, responses, suggestions }: PrintPlanView) {
  const items = actionPlan(framework, responses, suggestions);
  const practices = new Map(allPractices(framework).map((practice) => [practice.id, practice]));
  return html`<section class="print-plan">
    ${heading(headingLevel, msg('Action plan', { desc: 'Heading of the printed action plan: the practices with a next step, ordered by date.' }), { className: 'print-heading' })}
    ${items.length
      ? html`<ol class="print-practices">
          ${items.map(({ practiceId, behaviourId, suggested }) => {
            const text = practices.get(practiceId)?.text ?? practiceId;
            return html`<li class="print-next-step">
              <span lang=${ifDefined(langOf(`practices.${practiceId}`))}>${text}</span>
              ${suggested ? html`<p class="print-step">${reasonText(framework, { practiceId, behaviourId, reason: suggested }, text)}</p>` : nothing}
              ${nextStepDetails(locale, responses.get(practiceId))}
            </li>`;
          })}
        </ol>`
      : html`<p>${msg('No next steps have been written yet. Add them under each practice’s notes: what to do, who and by when.', { desc: 'Printed under Action plan when no practice has a next step and none is suggested.' })}</p>`}
  </section>`;
}
