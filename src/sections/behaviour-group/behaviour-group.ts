import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAnswered, type Behaviour, type BehaviourProgress, type BehaviourTally, type Practice, type PracticeEmphasis, type PracticeResponse, type RatingLevel } from '../../core/index.js';
import { formatNumber } from '../../i18n/format.js';
import { answeredCount, statusLabel } from '../../shared/answered-text.js';
import { heading } from '../../shared/heading.js';
import { elementId } from '../../shared/element-ids.js';
import { practiceItem, type PracticeItemActions } from '../practice/practice.js';
import type { DateDraft } from '../practice/date-entry-text.js';
import type { DateEntryRenderer } from '../practice/date-entry.js';
import type { Cleared } from '../practice/cleared-text.js';
import { progressBar } from '../../shared/progress-bar.js';
import type { LangOf, RenderContext } from '../../shared/render-context.js';

export interface BehaviourGroupView {
  readonly behaviour: Behaviour;
  readonly number: number;
  readonly tally: BehaviourTally;
  /** Answered so far, and whether the person said none of the others are in place yet. */
  readonly progress: BehaviourProgress;
  readonly scale: readonly RatingLevel[];
  /** The language of interface strings: a change re-renders every practice. */
  readonly interfaceLocale: string;
  responseTo(practiceId: string): PracticeResponse | undefined;
  /** How tailoring presents each practice. */
  emphasisOf(practice: Practice): PracticeEmphasis;
  /** Show only the good places to start. */
  readonly onlyStartingPoints: boolean;
  /** How many of its practices to draw so far (a long checklist is drawn a slice at a time). */
  readonly practicesDrawn: number;
  isNoteOpen(practiceId: string): boolean;
  noteConflictOf(practiceId: string): string | undefined;
  dateDraftOf(practiceId: string): DateDraft | undefined;
  /** By when's fields, once the extras chunk has loaded. */
  readonly dateEntry: DateEntryRenderer | undefined;
  /** What the last change cleared in this practice ("In place" or "Not applicable"), said beside it until the next change. */
  clearedIn(practiceId: string): Cleared | undefined;
}

export interface BehaviourGroupActions extends PracticeItemActions {
  setReviewed(behaviourId: string, reviewed: boolean): void;
}

/**
 * A behaviour as a fieldset: its title as the legend, its status and
 * progress, its practices, then, while any practice is left unticked, one
 * box that answers those "Not yet" in words: "None of the others are in
 * place yet" (docs/decisions.md).
 */
export function behaviourGroup(context: RenderContext, view: BehaviourGroupView, actions: BehaviourGroupActions) {
  const { behaviour, number, tally, progress, scale } = view;
  const { locale, langOf } = context;
  const titleId = elementId.behaviourTitle(behaviour.id);
  const leadInId = elementId.behaviourLeadIn(behaviour.id);
  const ownAnswers = behaviour.practices.filter((practice) => isAnswered(view.responseTo(practice.id), scale)).length;
  return html`
    <li class="behaviour">
      <fieldset class="behaviour-group" part="behaviour" aria-describedby=${behaviour.leadIn ? leadInId : nothing}>
        <legend class="behaviour-legend">
          ${heading(context.headingLevel, html`<span class="behaviour-number">${formatNumber(locale, number)}.</span> <span id=${titleId} lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</span>`, { id: elementId.behaviourHeading(behaviour.id), className: 'behaviour-title', part: 'behaviour-title', focusTarget: true })}
        </legend>
        <p class="behaviour-status">
          <strong class="status-tag status-tag--${progress.status}" part="behaviour-status">${statusLabel(progress.status)}</strong>
          <span>${answeredCount(locale, progress)}</span>
        </p>
        ${progressBar(locale, tally, titleId, 'behaviour-progress')}
        ${behaviour.leadIn ? html`<p class="lead-in" id=${leadInId} lang=${ifDefined(langOf(`behaviours.${behaviour.id}.leadIn`))}>${behaviour.leadIn}</p>` : ''}
        <ul class="practices" role="list">
          ${repeat(
            view.practicesDrawn < behaviour.practices.length ? behaviour.practices.slice(0, view.practicesDrawn) : behaviour.practices,
            (practice) => practice.id,
            (practice) => {
              const emphasis = view.emphasisOf(practice);
              const item = {
                practice,
                textLang: langOf(`practices.${practice.id}`),
                response: view.responseTo(practice.id),
                scale,
                noteOpen: view.isNoteOpen(practice.id),
                locale,
                emphasis,
                filteredOut: view.onlyStartingPoints && emphasis !== 'starting-point',
                noteConflict: view.noteConflictOf(practice.id),
                dateDraft: view.dateDraftOf(practice.id),
                dateEntry: view.dateEntry,
                notYet: progress.reviewed && !isAnswered(view.responseTo(practice.id), scale),
                cleared: view.clearedIn(practice.id),
              };
              // Responses are immutable, so one tick re-renders one practice,
              // not all of them: what keeps large frameworks quick.
              return guard([practice, item.textLang, item.response, scale, item.noteOpen, locale, view.interfaceLocale, item.emphasis, item.filteredOut, item.noteConflict, item.dateDraft, item.dateEntry, item.notYet, item.cleared], () => practiceItem(item, actions));
            },
          )}
        </ul>
        ${ownAnswers < behaviour.practices.length ? noneOfTheOthers(view, ownAnswers > 0, langOf, actions) : nothing}
      </fieldset>
    </li>
  `;
}

/**
 * The review mark, named for what it does, shown while some practice is
 * left unanswered (or to be unticked). "None of these" while nothing is
 * ticked ("This practice" in a behaviour of one), "None of the others"
 * once something is; the behaviour's title
 * follows for a screen reader, to tell the five apart in a list of fields.
 */
function noneOfTheOthers({ behaviour, progress }: BehaviourGroupView, someAnswered: boolean, langOf: LangOf, actions: BehaviourGroupActions) {
  const id = elementId.reviewed(behaviour.id);
  return html`<div class="reviewed">
    <input type="checkbox" id=${id} class="checkbox checkbox--small" .checked=${progress.reviewed} @change=${(event: Event) => actions.setReviewed(behaviour.id, (event.target as HTMLInputElement).checked)} />
    <label for=${id}
      >${someAnswered
        ? msg('None of the others are in place yet', { desc: 'Checkbox at the end of a behaviour, once some practices are ticked: answers every practice left unticked with "Not yet".' })
        : behaviour.practices.length === 1
          ? msg('This practice is not in place yet', { desc: 'Checkbox under a behaviour of one practice, left unticked: answers it with "Not yet".' })
          : msg('None of these are in place yet', { desc: 'Checkbox at the end of a behaviour with nothing ticked: answers every practice in it with "Not yet".' })}<span class="visually-hidden" lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}> – ${behaviour.title}</span></label
    >
  </div>`;
}
