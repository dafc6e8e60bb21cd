import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

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
