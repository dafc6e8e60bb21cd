import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isInPlace, NAME_MAX_LENGTH, NOTE_MAX_LENGTH, topLevel, type Practice, type PracticeEmphasis, type PracticeResponse, type RatingLevel } from '../../core/index.js';
import { noteTooLong } from './character-count.js';
import { characterCount } from './character-count-text.js';
import { clearedText, type Cleared } from './cleared-text.js';
import { elementId } from '../../shared/element-ids.js';
import { fieldValue, keepShown } from '../../shared/directives/field-value.js';
import type { DateEntryActions, DateEntryRenderer } from './date-entry.js';
import type { DateDraft } from './date-entry-text.js';

export interface PracticeItemActions extends DateEntryActions {
  setLevel(practiceId: string, level: string): void;
  setNotApplicable(practiceId: string, notApplicable: boolean): void;
  setNote(practiceId: string, note: string): void;
  /** "Who" of the next step; blank takes it away. */
  setOwner(practiceId: string, owner: string): void;
  toggleNote(practiceId: string, open: boolean): void;
  /** The person is typing in this practice's note (or has stopped: `false`). */
  editingNote(practiceId: string, editing: boolean): void;
  /** After another tab changed the note being typed: which version to keep. */
  resolveNoteConflict(practiceId: string, keep: 'mine' | 'theirs'): void;
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
  /** How tailoring presents this practice to the organisation. */
  readonly emphasis: PracticeEmphasis;
  /** Hidden by the "only good places to start" filter. */
  readonly filteredOut: boolean;
  /** Another tab's version of the note, changed while the person typed here; kept until they choose. */
  readonly noteConflict: string | undefined;
  /** By when as typed, while it differs from what is saved or is being typed. */
  readonly dateDraft: DateDraft | undefined;
  /** By when's fields, from the extras chunk: not drawn until it has loaded. */
  readonly dateEntry: DateEntryRenderer | undefined;
  /** Left unticked in a behaviour answered "None of the others are in place yet". */
  readonly notYet: boolean;
  /** What the last change to this practice took away, said until the next change. */
  readonly cleared: Cleared | undefined;
}

/**
 * One practice: a native checkbox named by the practice text, then a group
 * named by the practice text too, holding "Not applicable" and the note.
 * Their own names stay short: the group tells them apart, so a screen
 * reader says the practice once as the box and once entering the group,
 * not again at every control (docs/decisions.md).
 */
export function practiceItem({ practice, textLang, response, scale, noteOpen, locale, emphasis, filteredOut, noteConflict, dateDraft, dateEntry, notYet, cleared }: PracticeItemView, actions: PracticeItemActions) {
  const id = practice.id;
  const top = topLevel(scale).id;
  const lowest = scale[0].id;
  const inPlace = isInPlace(response, scale);
  const notApplicable = response?.notApplicable ?? false;
  const note = response?.note ?? '';
  // Typed past the limit: kept whole and saved, with the error said (GOV.UK character count).
  const overLimit = note.length > NOTE_MAX_LENGTH;
  const tag = emphasisLabel(emphasis);
  const tagId = tag ? elementId.tag(id) : undefined;
  const notYetId = notYet ? elementId.notYet(id) : undefined;
  // "Not yet" is said with the box, as its description, and shown beside it.
  const describedBy = [notYetId, tagId].filter(Boolean).join(' ') || undefined;
  return html`
    <li class="practice ${inPlace ? 'is-in-place' : ''} ${notApplicable ? 'is-not-applicable' : ''} is-${emphasis}" part="practice" ?hidden=${filteredOut}>
      ${scale.length > 2
        ? levelChoice(practice, textLang, response, scale, actions, tagId)
        : html`<div class="practice-main">
            ${checkbox(elementId.practice(id), 'checkbox', inPlace, (checked) => actions.setLevel(id, checked ? top : lowest), describedBy)}
            <label for=${elementId.practice(id)} id=${elementId.practiceText(id)} class="practice-text" part="practice-label" lang=${ifDefined(textLang)}>${practice.text}</label>
          </div>`}
      ${tag || notYet
        ? html`<p class="tag-row">
            ${notYet ? html`<span class="tag tag--not-yet" id=${ifDefined(notYetId)} part="tag">${msg('Not yet', { id: 'practice-not-yet', desc: 'Beside an unticked practice once "None of the others are in place yet" is ticked: the practice is answered "not in place yet".' })}</span>` : nothing}
            ${tag ? html`<span class="tag tag--${emphasis}" id=${ifDefined(tagId)} part="tag">${tag}</span>` : nothing}
          </p>`
        : nothing}
      <div class="practice-extras" role="group" aria-labelledby=${elementId.practiceText(id)}>
        <p class="or">${msg('or', { desc: 'Between a practice and its "Not applicable" box, as GOV.UK\'s exclusive checkboxes: choosing one clears the other.' })}</p>
        <div class="not-applicable">
          ${checkbox(elementId.notApplicable(id), 'checkbox checkbox--small', notApplicable, (checked) => actions.setNotApplicable(id, checked))}
          <label for=${elementId.notApplicable(id)}>${msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' })}</label>
        </div>
        ${cleared ? html`<p class="cleared">${clearedText(cleared)}</p>` : nothing}
        <details
          class="note"
          ?open=${noteOpen}
          @toggle=${(event: Event) => actions.toggleNote(id, (event.target as HTMLDetailsElement).open)}
        >
          <summary part="note-toggle">
            ${note || response?.owner || response?.due
              ? msg('Notes (added)', { desc: 'Button that shows the notes field when a note has been written.' })
              : msg('Add notes', { desc: 'Button that shows the notes field for a practice.' })}
          </summary>
          ${noteOpen
            ? html`<label for=${elementId.note(id)} class="note-label">${msg('Notes and next steps', { desc: 'Label of the free-text notes field of a practice.' })}</label>
                ${overLimit ? noteTooLong(locale, elementId.noteError(id), NOTE_MAX_LENGTH) : nothing}
                <textarea
                  id=${elementId.note(id)}
                  class="note-field ${overLimit ? 'is-over-limit' : ''}"
                  part="note"
                  rows="3"
                  aria-describedby=${overLimit ? `${elementId.noteError(id)} ${elementId.noteCount(id)}` : elementId.noteCount(id)}
                  aria-invalid=${overLimit ? 'true' : 'false'}
                  .value=${note}
                  @input=${(event: Event) => actions.setNote(id, (event.target as HTMLTextAreaElement).value)}
                  @focus=${() => actions.editingNote(id, true)}
                  @blur=${() => actions.editingNote(id, false)}
                ></textarea>
                ${noteConflict === undefined
                  ? nothing
                  : html`<div class="notice note-conflict" role="status" part="notice">
                      <p>${msg('This note was changed in another tab or window while you were typing. Your text is kept here; the other version is:', { desc: 'Shown under a note when another tab changed it at the same time; the other version follows.' })}</p>
                      <p class="note-conflict-text">${noteConflict}</p>
                      <div class="button-row">
                        <button type="button" class="button button--secondary" part="button" @click=${() => actions.resolveNoteConflict(id, 'theirs')}>
                          ${msg('Use the other version', { desc: 'Button after a note was changed in two tabs: replaces the text here with the other tab\'s.' })}
                        </button>
                        <button type="button" class="button button--secondary" part="button" @click=${() => actions.resolveNoteConflict(id, 'mine')}>
                          ${msg('Keep mine', { desc: 'Button after a note was changed in two tabs: keeps the text typed here.' })}
                        </button>
                      </div>
                    </div>`}
                <p class="note-count ${overLimit ? 'is-over-limit' : ''}" id=${elementId.noteCount(id)}>
                  ${characterCount(locale, note.length, NOTE_MAX_LENGTH)}
                </p>
                ${nextStepFields(id, response, dateDraft, dateEntry, locale, actions)}`
            : nothing}
        </details>
      </div>
    </li>
  `;
}

/**
 * "Who" and "By when" of the next step. Who is saved on every key, as the
 * note is, so closing the tab mid-word loses nothing; By when on leaving
 * its three fields (date-entry.ts, in the extras chunk: notes start
 * closed, and its fields and checks would cost the first load 1.4 kB). Neither is
 * rewritten while the person is in it, and each, if another tab changed
 * it meanwhile, is saved as shown on leaving (docs/decisions.md).
 */
function nextStepFields(id: string, response: PracticeResponse | undefined, dateDraft: DateDraft | undefined, dateEntry: DateEntryRenderer | undefined, locale: string, actions: PracticeItemActions) {
  const saveOwner = (event: Event) => actions.setOwner(id, (event.target as HTMLInputElement).value);
  return html`<div class="next-step-fields">
    <div class="next-step-field">
      <label for=${elementId.owner(id)} class="note-label">${msg('Who', { desc: 'Label of a text field under a practice’s notes: the person or team taking the next step.' })}</label>
      <input
        id=${elementId.owner(id)}
        class="text-field owner-field"
        type="text"
        autocomplete="off"
        spellcheck="false"
        maxlength=${NAME_MAX_LENGTH}
        .value=${fieldValue(response?.owner ?? '')}
        @input=${saveOwner}
        @blur=${keepShown(response?.owner, saveOwner)}
      />
    </div>
    ${dateEntry ? html`<div class="next-step-field">${dateEntry(id, response?.due, dateDraft, locale, actions)}</div>` : nothing}
  </div>`;
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
  describedBy: string | undefined,
) {
  const id = practice.id;
  const current = response?.notApplicable ? undefined : (response?.level ?? scale[0].id);
  return html`<fieldset class="levels" id=${elementId.practice(id)} aria-describedby=${ifDefined(describedBy)}>
    <legend class="practice-text" id=${elementId.practiceText(id)} part="practice-label" lang=${ifDefined(textLang)}>${practice.text}</legend>
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

function checkbox(id: string, className: string, checked: boolean, onChange: (checked: boolean) => void, describedBy?: string) {
  return html`<input
    type="checkbox"
    id=${id}
    class=${className}
    aria-describedby=${ifDefined(describedBy)}
    .checked=${checked}
    @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
  />`;
}

/** The marking tailoring gives a practice, or nothing. */
function emphasisLabel(emphasis: PracticeEmphasis): string | undefined {
  switch (emphasis) {
    case 'starting-point':
      return msg('Good place to start', { desc: 'Marking on a practice that is a good first step for smaller organisations and usual partners.' });
    case 'optional':
      return msg('Optional for your organisation', { desc: 'Marking on a practice that mostly falls to organisations with more power or money.' });
    case 'responsibility':
      return msg('Falls to organisations like yours', { desc: 'Marking on a practice that larger organisations and usual leads are responsible for.' });
    case 'none':
      return undefined;
  }
}
