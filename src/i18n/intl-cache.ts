/**
 * Intl formatters are slow to build (a profile of one load spent about 30 ms
 * building date formatters and asking `supportedLocalesOf`) and cheap to
 * use, so each kind is built once per locale and kept. The set is small:
 * a page shows a handful of languages, each with a few kinds of format.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

export const numberFormat = (locale: string): Intl.NumberFormat => once(`number ${locale}`, () => new Intl.NumberFormat(locale));

export const percentFormat = (locale: string): Intl.NumberFormat =>
  once(`percent ${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

export const pluralRules = (locale: string): Intl.PluralRules => once(`plural ${locale}`, () => new Intl.PluralRules(locale));

/** A long date ("3 February 2021"), or a month and year ("February 2021"), read in UTC. */
export const dateFormat = (locale: string, withDay: boolean): Intl.DateTimeFormat =>
  once(`date ${withDay} ${locale}`, () =>
    new Intl.DateTimeFormat(locale, withDay ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  );

/** A time of day on the 24-hour clock ("10:15"), where the person is. */
export const timeFormat = (locale: string): Intl.DateTimeFormat =>
  once(`time ${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));

let warnedOfIntl = false;

/**
 * Whether the browser has date names for the locale (Chromium has none for
 * Welsh). A host page that replaced Intl.DateTimeFormat with one lacking
 * `supportedLocalesOf` stopped the widget starting: then the translation's
 * own month names stand in, with one warning for the site's developers.
 */
export const hasDateNames = (locale: string): boolean =>
  once(`dates ${locale}`, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    } catch {
      if (!warnedOfIntl) {
        warnedOfIntl = true;
        console.warn('<collab-checklist>: Intl.DateTimeFormat is broken on this page; using the translations\' month names.');
      }
      return false;
    }
  });

/** The tag's script subtag, else the language's usual one (CLDR likely subtags); '' when the tag is not well formed. */
export const likelyScript = (lang: string): string =>
  once(`script ${lang}`, () => {
    try {
      return new Intl.Locale(lang.trim()).maximize().script ?? '';
    } catch {
      return ''; // Not a well-formed tag (or empty): nothing to go on.
    }
  });
