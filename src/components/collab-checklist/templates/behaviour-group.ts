import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Behaviour, BehaviourTally, PracticeResponse, RatingLevel } from '../../../core/index.js';
import { heading } from './heading.js';
import { practiceItem, type PracticeItemActions } from './practice-item.js';
import { progressBar } from './progress-bar.js';

export interface BehaviourGroupView {
  readonly behaviour: Behaviour;
  readonly number: number;
  readonly tally: BehaviourTally;
  readonly scale: readonly RatingLevel[];
  readonly headingLevel: number;
  readonly locale: string;
  responseTo(practiceId: string): PracticeResponse | undefined;
  isNoteOpen(practiceId: string): boolean;
}

/** A behaviour as a fieldset: its title as the legend, its progress, then its practices. */
export function behaviourGroup(view: BehaviourGroupView, actions: PracticeItemActions) {
  const { behaviour, number, tally, scale, locale } = view;
  const titleId = `behaviour-${behaviour.id}`;
  return html`
    <li class="behaviour">
      <fieldset class="behaviour-group" part="behaviour" aria-describedby=${behaviour.leadIn ? `${titleId}-lead-in` : nothing}>
        <legend class="behaviour-legend">
          ${heading(view.headingLevel, html`<span class="behaviour-number">${number.toLocaleString(locale)}.</span> <span id=${titleId}>${behaviour.title}</span>`, { className: 'behaviour-title', part: 'behaviour-title' })}
        </legend>
        ${progressBar(locale, tally, titleId, 'behaviour-progress')}
        ${behaviour.leadIn ? html`<p class="lead-in" id="${titleId}-lead-in">${behaviour.leadIn}</p>` : ''}
        <ul class="practices" role="list">
          ${repeat(
            behaviour.practices,
            (practice) => practice.id,
            (practice) =>
              practiceItem(
                { practice, response: view.responseTo(practice.id), scale, noteOpen: view.isNoteOpen(practice.id) },
                actions,
              ),
          )}
        </ul>
      </fieldset>
    </li>
  `;
}
