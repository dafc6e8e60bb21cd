import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Behaviour, BehaviourTally, Practice, PracticeEmphasis, PracticeResponse, RatingLevel } from '../../../core/index.js';
import { formatNumber } from '../../../i18n/format.js';
import { heading } from './heading.js';
import { elementId } from './element-ids.js';
import { practiceItem, type PracticeItemActions } from './practice-item.js';
import { progressBar } from './progress-bar.js';

export interface BehaviourGroupView {
  readonly behaviour: Behaviour;
  readonly number: number;
  readonly tally: BehaviourTally;
  readonly scale: readonly RatingLevel[];
  readonly headingLevel: number;
  readonly locale: string;
  /** The language of interface strings: a change re-renders every practice. */
  readonly interfaceLocale: string;
  /** The `lang` of a text still in the source language, by its path. */
  langOf(path: string): string | undefined;
  responseTo(practiceId: string): PracticeResponse | undefined;
  /** How tailoring presents each practice. */
  emphasisOf(practice: Practice): PracticeEmphasis;
  /** Show only the good places to start. */
  readonly onlyStartingPoints: boolean;
  isNoteOpen(practiceId: string): boolean;
  noteConflictOf(practiceId: string): string | undefined;
}

/** A behaviour as a fieldset: its title as the legend, its progress, then its practices. */
export function behaviourGroup(view: BehaviourGroupView, actions: PracticeItemActions) {
  const { behaviour, number, tally, scale, locale } = view;
  const titleId = elementId.behaviourTitle(behaviour.id);
  const leadInId = elementId.behaviourLeadIn(behaviour.id);
  return html`
    <li class="behaviour">
      <fieldset class="behaviour-group" part="behaviour" aria-describedby=${behaviour.leadIn ? leadInId : nothing}>
        <legend class="behaviour-legend">
          ${heading(view.headingLevel, html`<span class="behaviour-number">${formatNumber(locale, number)}.</span> <span id=${titleId} lang=${ifDefined(view.langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</span>`, { className: 'behaviour-title', part: 'behaviour-title' })}
        </legend>
        ${progressBar(locale, tally, titleId, 'behaviour-progress')}
        ${behaviour.leadIn ? html`<p class="lead-in" id=${leadInId} lang=${ifDefined(view.langOf(`behaviours.${behaviour.id}.leadIn`))}>${behaviour.leadIn}</p>` : ''}
        <ul class="practices" role="list">
          ${repeat(
            behaviour.practices,
            (practice) => practice.id,
            (practice) => {
              const emphasis = view.emphasisOf(practice);
              const item = {
                practice,
                textLang: view.langOf(`practices.${practice.id}`),
                response: view.responseTo(practice.id),
                scale,
                noteOpen: view.isNoteOpen(practice.id),
                locale: view.locale,
                emphasis,
                filteredOut: view.onlyStartingPoints && emphasis !== 'starting-point',
                noteConflict: view.noteConflictOf(practice.id),
              };
              // Responses are immutable, so one tick re-renders one practice,
              // not all of them: what keeps large frameworks quick.
              return guard([practice, item.textLang, item.response, scale, item.noteOpen, view.locale, view.interfaceLocale, item.emphasis, item.filteredOut, item.noteConflict], () => practiceItem(item, actions));
            },
          )}
        </ul>
      </fieldset>
    </li>
  `;
}
