import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NOTE_MAX_LENGTH, type Practice, type PracticeResponse, type RatingLevel } from '../../../core/index.js';
import { characterCount } from './character-count.js';

export interface PracticeItemActions {
  setLevel(practiceId: string, level: string): void;
  setNotApplicable(practiceId: string, notApplicable: boolean): void;
  setNote(practiceId: string, note: string): void;
  toggleNote(practiceId: string, open: boolean): void;
}

export interface PracticeItemView {
  readonly practice: Practice;
  /** Set when the practice text is still in the source language. */
  readonly textLang: string | undefined;
  readonly response: PracticeResponse | undefined;
  readonly scale: readonly RatingLevel[];
  readonly noteOpen: boolean;
  /** For numbers in the character count. */
  readonly locale: string;
}

/**
 * One practice: a native checkbox named by the practice text, a "Not
 * applicable" checkbox and a note. The secondary controls carry the
 * practice text, visually hidden, so each has a name of its own.
 */
export function practiceItem({ practice, textLang, response, scale, noteOpen, locale }: PracticeItemView, actions: PracticeItemActions) {
  const id = practice.id;
  const top = scale[scale.length - 1].id;
  const lowest = scale[0].id;
  const inPlace = response?.level === top && !response.notApplicable;
  const notApplicable = response?.notApplicable ?? false;
  const note = response?.note ?? '';
  const context = html`<span class="visually-hidden" lang=${ifDefined(textLang)}> – ${practice.text}</span>`;
  return html`
    <li class="practice ${inPlace ? 'is-in-place' : ''} ${notApplicable ? 'is-not-applicable' : ''}" part="practice">
      ${scale.length > 2
        ? levelChoice(practice, textLang, response, scale, actions)
        : html`<div class="practice-main">
            ${checkbox(`practice-${id}`, 'checkbox', inPlace, (checked) => actions.setLevel(id, checked ? top : lowest))}
            <label for="practice-${id}" class="practice-text" part="practice-label" lang=${ifDefined(textLang)}>${practice.text}</label>
          </div>`}
      <div class="practice-extras">
        <div class="not-applicable">
          ${checkbox(`na-${id}`, 'checkbox checkbox--small', notApplicable, (checked) => actions.setNotApplicable(id, checked))}
          <label for="na-${id}">${msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' })}${context}</label>
        </div>
        <details
          class="note"
          ?open=${noteOpen}
          @toggle=${(event: Event) => actions.toggleNote(id, (event.target as HTMLDetailsElement).open)}
        >
          <summary part="note-toggle">
            ${note
              ? msg('Notes (added)', { desc: 'Button that shows the notes field when a note has been written.' })
              : msg('Add notes', { desc: 'Button that shows the notes field for a practice.' })}${context}
          </summary>
          ${noteOpen
            ? html`<label for="note-${id}" class="note-label">${msg('Notes and next steps', { desc: 'Label of the free-text notes field of a practice.' })}${context}</label>
                <textarea
                  id="note-${id}"
                  class="note-field ${note.length > NOTE_MAX_LENGTH ? 'is-over-limit' : ''}"
                  part="note"
                  rows="3"
                  maxlength=${NOTE_MAX_LENGTH}
                  aria-describedby="note-count-${id}"
                  aria-invalid=${note.length > NOTE_MAX_LENGTH ? 'true' : 'false'}
                  .value=${note}
                  @input=${(event: Event) => actions.setNote(id, (event.target as HTMLTextAreaElement).value)}
                ></textarea>
                <p class="note-count ${note.length > NOTE_MAX_LENGTH ? 'is-over-limit' : ''}" id="note-count-${id}">
                  ${characterCount(locale, note.length, NOTE_MAX_LENGTH)}
                </p>`
            : nothing}
        </details>
      </div>
    </li>
  `;
}

/**
 * A scale of three or more levels (e.g. Not yet / Partly / Fully): a group
 * of native radio buttons named by the practice text. None is selected
 * while the practice is marked not applicable.
 */
function levelChoice(
  practice: Practice,
  textLang: string | undefined,
  response: PracticeResponse | undefined,
  scale: readonly RatingLevel[],
  actions: PracticeItemActions,
) {
  const id = practice.id;
  const current = response?.notApplicable ? undefined : (response?.level ?? scale[0].id);
  return html`<fieldset class="levels" id="practice-${id}">
    <legend class="practice-text" part="practice-label" lang=${ifDefined(textLang)}>${practice.text}</legend>
    <div class="level-options">
      ${scale.map(
        (level) => html`<label class="level-option">
          <input
            type="radio"
            class="radio"
            name="level-${id}"
            value=${level.id}
            .checked=${current === level.id}
            @change=${() => actions.setLevel(id, level.id)}
          />
          <span>${level.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function checkbox(id: string, className: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<input
    type="checkbox"
    id=${id}
    class=${className}
    .checked=${checked}
    @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
  />`;
}
