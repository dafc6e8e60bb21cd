import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatNumber } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';

/**
 * "You have 1,990 characters remaining" or "You have 10 characters too
 * many", grammatical for the count in each language (the GOV.UK character
 * count pattern).
 */
export function characterCount(locale: string, length: number, limit: number): string {
  const left = limit - length;
  const n = formatNumber(locale, Math.abs(left));
  if (left >= 0) {
    return plural(locale, left, {
      zero: () => msg(str`You have ${n} characters remaining`, { id: 'characters-remaining-zero', desc: 'Under a notes field, plural category "zero" (CLDR). English uses only "one" and "other".' }),
      one: () => msg(str`You have ${n} character remaining`, { id: 'characters-remaining-one', desc: 'Under a notes field, plural category "one" (CLDR).' }),
      two: () => msg(str`You have ${n} characters remaining`, { id: 'characters-remaining-two', desc: 'Under a notes field, plural category "two" (CLDR). English uses only "one" and "other".' }),
      few: () => msg(str`You have ${n} characters remaining`, { id: 'characters-remaining-few', desc: 'Under a notes field, plural category "few" (CLDR). English uses only "one" and "other".' }),
      many: () => msg(str`You have ${n} characters remaining`, { id: 'characters-remaining-many', desc: 'Under a notes field, plural category "many" (CLDR). English uses only "one" and "other".' }),
      other: () => msg(str`You have ${n} characters remaining`, { id: 'characters-remaining-other', desc: 'Under a notes field, e.g. "You have 1,990 characters remaining".' }),
    });
  }
  return plural(locale, -left, {
    one: () => msg(str`You have ${n} character too many`, { id: 'characters-too-many-one', desc: 'Under a notes field when the note is 1 character over the limit (plural category "one").' }),
    two: () => msg(str`You have ${n} characters too many`, { id: 'characters-too-many-two', desc: 'Under a notes field over the limit, plural category "two" (CLDR). English uses only "one" and "other".' }),
    few: () => msg(str`You have ${n} characters too many`, { id: 'characters-too-many-few', desc: 'Under a notes field over the limit, plural category "few" (CLDR). English uses only "one" and "other".' }),
    many: () => msg(str`You have ${n} characters too many`, { id: 'characters-too-many-many', desc: 'Under a notes field over the limit, plural category "many" (CLDR). English uses only "one" and "other".' }),
    other: () => msg(str`You have ${n} characters too many`, { id: 'characters-too-many-other', desc: 'Under a notes field over the limit, e.g. "You have 10 characters too many".' }),
  });
}

/**
 * The error above a note typed past the limit, as GOV.UK's error message:
 * "Error:" for screen readers, then the limit, then that nothing is lost.
 */
export function noteTooLong(locale: string, id: string, limit: number) {
  const n = formatNumber(locale, limit);
  const rule = plural(locale, limit, {
    zero: () => msg(str`Notes must be ${n} characters or fewer.`, { id: 'note-too-long-zero', desc: 'Error above a note over the limit, plural category "zero" (CLDR). English uses only "one" and "other".' }),
    one: () => msg(str`Notes must be ${n} character or fewer.`, { id: 'note-too-long-one', desc: 'Error above a note over the limit, plural category "one" (CLDR).' }),
    two: () => msg(str`Notes must be ${n} characters or fewer.`, { id: 'note-too-long-two', desc: 'Error above a note over the limit, plural category "two" (CLDR). English uses only "one" and "other".' }),
    few: () => msg(str`Notes must be ${n} characters or fewer.`, { id: 'note-too-long-few', desc: 'Error above a note over the limit, plural category "few" (CLDR). English uses only "one" and "other".' }),
    many: () => msg(str`Notes must be ${n} characters or fewer.`, { id: 'note-too-long-many', desc: 'Error above a note over the limit, plural category "many" (CLDR). English uses only "one" and "other".' }),
    other: () => msg(str`Notes must be ${n} characters or fewer.`, { id: 'note-too-long-other', desc: 'Error above a note over the limit, e.g. "Notes must be 2,000 characters or fewer."' }),
  });
  const kept = msg('Nothing has been cut: your whole note is saved. Shorten it when you can.', { desc: 'After the error for a note over the limit: the text was kept and saved.' });
  // One text node: Chromium drops a space that stands alone between two parts.
  const error = msg('Error:', { desc: 'Read by screen readers before an error message (GOV.UK error message pattern).' });
  return html`<p class="error-message" id=${id}><span class="visually-hidden">${error}</span> ${`${rule} ${kept}`}</p>`;
}
