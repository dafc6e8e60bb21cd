import { msg, str } from '@lit/localize';
import type { Tally } from '../core/index.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';

/**
 * "12 of 29 practices in place", grammatical for the count in each
 * language. English uses only the `one` and `other` forms; the others are
 * here so that languages with more plural forms (Welsh has six) can
 * translate each one. The count that picks the form is the second number.
 */
export function practicesInPlace(locale: string, tally: Tally): string {
  if (tally.applicable === 0) return msg('No practices apply', { desc: 'Progress text when every practice is marked not applicable.' });
  const inPlace = formatNumber(locale, tally.inPlace);
  const applicable = formatNumber(locale, tally.applicable);
  return plural(locale, tally.applicable, {
    zero: () => msg(str`${inPlace} of ${applicable} practices in place`, { id: 'practices-in-place-zero', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "zero" (CLDR). English uses only "one" and "other".' }),
    one: () => msg(str`${inPlace} of ${applicable} practice in place`, { id: 'practices-in-place-one', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "one" (CLDR). English uses only "one" and "other".' }),
    two: () => msg(str`${inPlace} of ${applicable} practices in place`, { id: 'practices-in-place-two', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "two" (CLDR). English uses only "one" and "other".' }),
    few: () => msg(str`${inPlace} of ${applicable} practices in place`, { id: 'practices-in-place-few', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "few" (CLDR). English uses only "one" and "other".' }),
    many: () => msg(str`${inPlace} of ${applicable} practices in place`, { id: 'practices-in-place-many', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "many" (CLDR). English uses only "one" and "other".' }),
    other: () => msg(str`${inPlace} of ${applicable} practices in place`, { id: 'practices-in-place-other', desc: 'Progress count, e.g. "12 of 29 practices in place", when the second number is in plural category "other" (CLDR). English uses only "one" and "other".' }),
  });
}

/** "3 not applicable", or nothing when none are. */
export function notApplicableCount(locale: string, tally: Tally): string {
  if (tally.notApplicable === 0) return '';
  const count = formatNumber(locale, tally.notApplicable);
  return msg(str`${count} not applicable`, { desc: 'How many practices are marked not applicable, e.g. "3 not applicable".' });
}

/**
 * "4 optional, not counted": optional practices (tailoring) not yet started
 * are left out of "N of M", so the counts add up to what is listed.
 */
export function optionalCount(locale: string, tally: Tally): string {
  if (tally.optional === 0) return '';
  const count = formatNumber(locale, tally.optional);
  return msg(str`${count} optional, not counted`, { desc: 'How many optional practices (tailoring) are left out of the count until started, e.g. "4 optional, not counted".' });
}

/** What a screen reader hears for a progress bar: "41%, 12 of 29 practices in place". */
export function progressValueText(locale: string, tally: Tally, count = practicesInPlace(locale, tally)): string {
  const percent = formatPercent(locale, tally.percent);
  return msg(str`${percent}, ${count}`, { id: 'progress-value-text', desc: 'Spoken value of a progress bar: percent, then the count, e.g. "41%, 12 of 29 practices in place".' });
}
