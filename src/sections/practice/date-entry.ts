import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { datePartsOf, readDateParts, type DateEntry, type DatePart, type DateParts } from '../../core/index.js';
import { dateError, type DateDraft } from './date-entry-text.js';

export type DateEntryRenderer = typeof dateEntry;
import { elementId } from '../../shared/element-ids.js';
import { fieldValue } from '../../shared/directives/field-value.js';

/**
 * By when's three parts as shown, with what they make: on entering its
 * fields and on each key, then on leaving them, with the error to say if
 * they make no date. The reading is done here, in the lazy chunk, so the
 * controller in the main file carries none of it.
 */
export interface DateEntryActions {
  typeDate(practiceId: string, parts: DateParts, entry: DateEntry): void;
  leaveDate(practiceId: string, parts: DateParts, entry: DateEntry, error: string): void;
}

const GOVUK_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * The fields' order is the widget's language's, as its translator writes
 * it, not the page region's: each field is labelled, so the order is only
 * about what reads naturally (docs/decisions.md). A slip in the translation
 * gives GOV.UK's day, month, year.
 */
function fieldOrder(): readonly DatePart[] {
  const order = msg('day month year', {
    id: 'date-input-order',
    desc: 'The order of By when’s Day, Month and Year fields: the English words day, month and year, separated by spaces, in your language’s usual order (Welsh keeps "day month year"; Hungarian would be "year month day"). Do not translate the words. The example in date-input-hint should follow the same order.',
  })
    .trim()
    .split(/\s+/) as DatePart[];
  return order.length === 3 && GOVUK_ORDER.every((part) => order.includes(part)) ? order : GOVUK_ORDER;
}

function partLabel(part: DatePart): string {
  switch (part) {
    case 'day':
      return msg('Day', { desc: 'Label of the day field in By when (a date typed as day, month and year).' });
    case 'month':
      return msg('Month', { desc: 'Label of the month field in By when (a date typed as day, month and year).' });
    case 'year':
      return msg('Year', { desc: 'Label of the year field in By when (a date typed as day, month and year).' });
  }
}

/**
 * By when, as GOV.UK's date input: a group named by its legend, a hint,
 * the error (if any) above three labelled number fields. Leaving the group
 * is what checks and keeps it (DateEntryActions); moving between its own
 * fields is not leaving.
 */
export function dateEntry(id: string, saved: string | undefined, draft: DateDraft | undefined, locale: string, actions: DateEntryActions) {
  const shown = draft?.parts ?? datePartsOf(saved);
  const error = dateError(locale, draft, saved);
  const entry = readDateParts(shown);
  const invalid = (part: DatePart) => Boolean(error) && entry.kind !== 'date' && entry.kind !== 'empty' && entry.fields.includes(part);
  const hintId = elementId.dueHint(id);
  const errorId = elementId.dueError(id);
  const read = (event: Event): DateParts => {
    const group = event.currentTarget as HTMLFieldSetElement;
    const value = (part: DatePart) => group.querySelector<HTMLInputElement>(`[data-part="${part}"]`)!.value;
    return { day: value('day'), month: value('month'), year: value('year') };
  };
  const type = (event: Event) => {
    const parts = read(event);
    actions.typeDate(id, parts, readDateParts(parts));
  };
  const leave = (event: FocusEvent) => {
    if ((event.currentTarget as Element).contains(event.relatedTarget as Node | null)) return;
    const parts = read(event);
    actions.leaveDate(id, parts, readDateParts(parts), dateError(locale, { parts, checked: true }, saved) ?? '');
  };
  // Attributes on few lines: the template's spaces are shipped as written.
  return html`<fieldset class="date-entry ${error ? 'has-error' : ''}" id=${elementId.due(id)} aria-describedby=${error ? `${hintId} ${errorId}` : hintId}
    @focusin=${type} @input=${type} @focusout=${leave}>
    <legend class="note-label">${msg('By when', { desc: 'Label of a date field under a practice’s notes: the date the next step should be done by.' })}</legend>
    <p class="hint" id=${hintId}>${msg('For example, 27 3 2027', { id: 'date-input-hint', desc: 'Hint under By when, as GOV.UK’s date input: an example date as day, month and year numbers, in the order date-input-order gives.' })}</p>
    ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${msg('Error:', { desc: 'Read by screen readers before an error message (GOV.UK error message pattern).' })}</span> ${error}</p>` : nothing}
    <div class="date-input">${fieldOrder().map(
      (part) => html`<div><label for=${elementId[part](id)}>${partLabel(part)}</label>
        <input id=${elementId[part](id)} class="text-field date-input-field date-input-field--${part} ${invalid(part) ? 'is-invalid' : ''}" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
          data-part=${part} aria-invalid=${invalid(part) ? 'true' : 'false'} .value=${fieldValue(shown[part])} /></div>`,
    )}</div>
  </fieldset>`;
}
