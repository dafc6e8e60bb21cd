import { msg, str } from '@lit/localize';
import { FIRST_YEAR, LAST_YEAR, readDateParts, type DateEntry, type DateParts } from '../../core/index.js';
import { formatIsoDate } from '../../i18n/format.js';

/**
 * By when as the person typed it, kept while it differs from what is saved
 * or while they are in its fields: so a redraw, or another tab's date,
 * never rewrites what they see. `checked` once they have left it unfinished
 * or wrong: its error shows from then on.
 */
export interface DateDraft {
  readonly parts: DateParts;
  readonly checked: boolean;
}

/** What is wrong, in GOV.UK's words; `undefined` for a date or nothing typed. */
function problem(entry: DateEntry): string | undefined {
  switch (entry.kind) {
    case 'date':
    case 'empty':
      return undefined;
    case 'not-real':
      return msg('By when must be a real date', { desc: 'Error under By when: a part is not a number, or the day or month cannot be (31 February, month 13).' });
    case 'year-length':
      return msg('Year must include 4 numbers', { desc: 'Error under By when: the year typed is not 4 digits (e.g. 27 or 202666).' });
    case 'year-range':
      return msg(str`Year must be between ${FIRST_YEAR} and ${LAST_YEAR}`, { desc: 'Error under By when: the year is too early or too late. The years are written as digits.' });
    case 'missing':
      switch (entry.fields.join(' ')) {
        case 'day':
          return msg('By when must include a day', { desc: 'Error under By when: the day field is empty.' });
        case 'month':
          return msg('By when must include a month', { desc: 'Error under By when: the month field is empty.' });
        case 'year':
          return msg('By when must include a year', { desc: 'Error under By when: the year field is empty.' });
        case 'day month':
          return msg('By when must include a day and month', { desc: 'Error under By when: the day and month fields are empty.' });
        case 'day year':
          return msg('By when must include a day and year', { desc: 'Error under By when: the day and year fields are empty.' });
        default:
          return msg('By when must include a month and year', { desc: 'Error under By when: the month and year fields are empty.' });
      }
  }
}

/** The error to show and say for a draft, with the date still saved if there is one; `undefined` when none is due. */
export function dateError(locale: string, draft: DateDraft | undefined, saved: string | undefined): string | undefined {
  const wrong = draft?.checked ? problem(readDateParts(draft.parts)) : undefined;
  if (!wrong || !saved) return wrong;
  const date = formatIsoDate(locale, saved);
  return `${wrong}. ${msg(str`${date} stays saved until you correct it.`, { desc: 'After an error under By when: the date saved before is kept, e.g. "31 January 2027 stays saved until you correct it."' })}`;
}

