import { msg } from '@lit/localize';
import { html } from 'lit';
import type { AnsweredCount, Tally } from '../../core/index.js';
import { answeredCount } from '../../shared/answered-text.js';
import { heading } from '../../shared/heading.js';
import { progressBar } from '../../shared/progress-bar.js';
import type { RenderContext } from '../../shared/render-context.js';
import { continueLink } from './continue-link.js';

export interface ProgressSummaryView {
  readonly overall: Tally;
  readonly answered: AnsweredCount;
  /** Where to carry on, once anything has changed. */
  readonly continueAt?: { readonly changedAt: string; readonly targetId: string };
  /** Progress by behaviour, over time, and where progress is saved: drawn by the extras, once loaded. */
  readonly extras: readonly unknown[];
}

/** "Your progress": the overall bar first paints with the checklist; the rest follows with the extras. */
export function progressSummary({ headingLevel, locale }: RenderContext, view: ProgressSummaryView, goTo: (event: Event, targetId: string) => void) {
  const { continueAt } = view;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(headingLevel, msg('Your progress', { desc: 'Heading of the overall progress section.' }), { id: 'summary-title', className: 'summary-title' })}
    <p class="progress-label" id="overall-label">${msg('Overall progress', { desc: 'Name of the overall progress bar.' })}</p>
    ${progressBar(locale, view.overall, 'overall-label', 'overall-progress', answeredCount(locale, view.answered))}
    ${continueAt ? continueLink(locale, continueAt.changedAt, continueAt.targetId, goTo) : ''}
    ${view.extras}
  </section>`;
}
