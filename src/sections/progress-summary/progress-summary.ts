import { msg } from '@lit/localize';
import { html } from 'lit';
import type { ChecklistProgress, Tally } from '../../core/index.js';
import { behavioursCompleted, practicesAnswered } from '../../shared/answered-text.js';
import { heading } from '../../shared/heading.js';
import { progressBar } from '../../shared/progress-bar.js';
import { optionalLine } from '../../shared/progress-text.js';
import type { RenderContext } from '../../shared/render-context.js';
import { continueLink } from './continue-link.js';

export interface ProgressSummaryView {
  readonly overall: Tally;
  readonly progress: ChecklistProgress;
  /** Where to carry on, once anything has changed. */
  readonly continueAt?: { readonly changedAt: string; readonly targetId: string };
  /** Progress by behaviour, over time, and where progress is saved: drawn by the extras, once loaded. */
  readonly extras: readonly unknown[];
}

/**
 * "Your progress", as a GOV.UK task list starts: behaviours completed, then
 * practices answered, apart from the bar of what is in place, so 0 % never
 * stands for "not started". The bar first paints with the checklist; the
 * rest follows with the extras.
 */
export function progressSummary({ headingLevel, locale }: RenderContext, view: ProgressSummaryView, goTo: (event: Event, targetId: string) => void) {
  const { continueAt, progress, overall } = view;
  const completed = progress.behaviours.filter((behaviour) => behaviour.status === 'completed').length;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(headingLevel, msg('Your progress', { desc: 'Heading of the overall progress section.' }), { id: 'summary-title', className: 'summary-title' })}
    ${progress.overall.answered === 0
      ? html`<p class="summary-completed">${msg('You have not answered any practices yet.', { desc: 'Top of the progress summary before anything is answered.' })}</p>`
      : html`<p class="summary-completed">${behavioursCompleted(locale, completed, progress.behaviours.length)}</p>
          <p>${practicesAnswered(locale, progress.overall)}</p>`}
    <p class="progress-label" id="overall-label">${msg('Overall progress', { desc: 'Name of the overall progress bar.' })}</p>
    ${progressBar(locale, overall, 'overall-label', 'overall-progress', false)}
    ${overall.optional > 0 ? html`<p class="summary-optional">${optionalLine(locale, overall)}</p>` : ''}
    ${continueAt ? continueLink(locale, continueAt.changedAt, continueAt.targetId, goTo) : ''}
    ${view.extras}
  </section>`;
}
