import { msg } from '@lit/localize';
import { localDate } from '../core/local-date.js';
import { dateFormat, hasDateNames, numberFormat, percentFormat } from './intl-cache.js';

/** Locale-aware numbers and dates, so every language reads its own way. */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

export function formatPercent(locale: string, percent: number): string {
  return percentFormat(locale).format(percent / 100);
}

/**
 * `2021-02-03` → "3 February 2021"; `2021-02` → "February 2021" (en-GB).
 * Browsers ship date names for only some languages (Chromium has none for
 * Welsh), so where Intl lacks the language the translated month names are
 * used instead of silently printing an English date.
 */
export function formatIsoDate(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (hasDateNames(locale)) return dateFormat(locale, day !== undefined).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
  const pattern =
    day === undefined
      ? msg('{month} {year}', { id: 'date-month-year', desc: 'A month and year, e.g. "February 2021", for browsers with no date names for your language. Keep {month} and {year} as they are, in your language\'s order.' })
      : msg('{day} {month} {year}', { id: 'date-day-month-year', desc: 'A full date, e.g. "3 February 2021", for browsers with no date names for your language. Keep {day}, {month} and {year} as they are, in your language\'s order.' });
  return pattern
    .replace('{day}', String(day))
    .replace('{month}', monthNames()[month - 1])
    .replace('{year}', String(year));
}

function monthNames(): string[] {
  return [
    msg('January', { id: 'month-01', desc: 'Month name, used in dates such as "3 January 2021".' }),
    msg('February', { id: 'month-02', desc: 'Month name, used in dates such as "3 February 2021".' }),
    msg('March', { id: 'month-03', desc: 'Month name, used in dates such as "3 March 2021".' }),
    msg('April', { id: 'month-04', desc: 'Month name, used in dates such as "3 April 2021".' }),
    msg('May', { id: 'month-05', desc: 'Month name, used in dates such as "3 May 2021".' }),
    msg('June', { id: 'month-06', desc: 'Month name, used in dates such as "3 June 2021".' }),
    msg('July', { id: 'month-07', desc: 'Month name, used in dates such as "3 July 2021".' }),
    msg('August', { id: 'month-08', desc: 'Month name, used in dates such as "3 August 2021".' }),
    msg('September', { id: 'month-09', desc: 'Month name, used in dates such as "3 September 2021".' }),
    msg('October', { id: 'month-10', desc: 'Month name, used in dates such as "3 October 2021".' }),
    msg('November', { id: 'month-11', desc: 'Month name, used in dates such as "3 November 2021".' }),
    msg('December', { id: 'month-12', desc: 'Month name, used in dates such as "3 December 2021".' }),
  ];
}

/** The calendar day of an ISO 8601 time where the person is, not in UTC (23:30 UTC may be tomorrow there). */
export function formatLocalDay(locale: string, isoTime: string): string {
  return formatIsoDate(locale, localDate(new Date(isoTime)));
}
