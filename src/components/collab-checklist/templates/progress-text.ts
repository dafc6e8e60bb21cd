import { msg, str } from '@lit/localize';
import type { Tally } from '../../../core/index.js';
import { formatPercent } from '../../../i18n/format.js';
import { plural } from '../../../i18n/plural.js';

/** "12 of 29 practices in place", grammatical for the count in each language. */
export function practicesInPlace(locale: string, tally: Tally): string {
  const inPlace = tally.inPlace.toLocaleString(locale);
  const applicable = tally.applicable.toLocaleString(locale);
  if (tally.applicable === 0) return msg('No practices apply', { desc: 'Progress text when every practice is marked not applicable.' });
  return plural(locale, tally.applicable, {
    one: () => msg(str`${inPlace} of ${applicable} practice in place`, {
      id: 'practices-in-place-one',
      desc: 'Progress count; the second number is 1 (plural category "one").',
    }),
    other: () => msg(str`${inPlace} of ${applicable} practices in place`, {
      id: 'practices-in-place-other',
      desc: 'Progress count, e.g. "12 of 29 practices in place".',
    }),
  });
}

/** "3 not applicable", or nothing when none are. */
export function notApplicableCount(locale: string, tally: Tally): string {
  if (tally.notApplicable === 0) return '';
  const count = tally.notApplicable.toLocaleString(locale);
  return msg(str`${count} not applicable`, { desc: 'How many practices are marked not applicable, e.g. "3 not applicable".' });
}

/** What a screen reader hears for a progress bar: "41%, 12 of 29 practices in place". */
export function progressValueText(locale: string, tally: Tally): string {
  const percent = formatPercent(locale, tally.percent);
  const count = practicesInPlace(locale, tally);
  return msg(str`${percent}, ${count}`, { desc: 'Spoken value of a progress bar: percent, then the count.' });
}
