import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

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
