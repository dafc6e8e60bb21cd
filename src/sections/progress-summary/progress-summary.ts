import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Tally } from '../../core/index.js';
import { heading } from '../../shared/heading.js';
import { progressBar } from '../../shared/progress-bar.js';
import type { RenderContext } from '../../shared/render-context.js';
import { continueLink } from './continue-link.js';

export interface ProgressSummaryView {
  readonly overall: Tally;
  /** Behaviours completed, practices answered and the optional ones, in words (summary-counts.ts): drawn by the extras, once loaded. */
  readonly counts: unknown;
  /** Where to carry on, once anything has changed. */
  readonly continueAt?: { readonly changedAt: string; readonly targetId: string };
  /** Progress by behaviour, over time, and where progress is saved: drawn by the extras, once loaded. */
  readonly extras: readonly unknown[];
}

/** "Your progress": the overall bar first paints with the checklist; the counts in words and the rest follow with the extras. */
export function progressSummary({ headingLevel, locale }: RenderContext, view: ProgressSummaryView, goTo: (event: Event, targetId: string) => void) {
  const { continueAt, overall } = view;
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(headingLevel, msg('Your progress', { desc: 'Heading of the overall progress section.' }), { id: 'summary-title', className: 'summary-title' })}
    ${view.counts}
    <p class="progress-label" id="overall-label">${msg('Overall progress', { desc: 'Name of the overall progress bar.' })}</p>
    ${progressBar(locale, overall, 'overall-label', 'overall-progress', false)}
    ${continueAt ? continueLink(locale, continueAt.changedAt, continueAt.targetId, goTo) : ''}
    ${view.extras}
  </section>`;
}
