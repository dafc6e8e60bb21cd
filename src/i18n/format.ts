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
 * Welsh or Scottish Gaelic), so where Intl lacks the language the
 * translation writes the date: its pattern, its month names (on their own,
 * and as they stand inside a full date: Polish "luty 2021" but
 * "3 lutego 2021") and its day forms (Gaelic "3mh dhen Ghearran 2021").
 */
export function formatIsoDate(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (hasDateNames(locale)) return dateFormat(locale, day !== undefined).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
  return (
    day === undefined
      ? msg('{month} {year}', { id: 'date-month-year', desc: 'A month and year, e.g. "February 2021", for browsers with no date names for your language. Keep {month} and {year} as they are, in your language\'s order. {month} is the month on its own, as month-01 to month-12 write it.' })
      : msg('{day} {month} {year}', { id: 'date-day-month-year', desc: 'A full date, e.g. "3 February 2021", for browsers with no date names for your language. Keep {day}, {month} and {year} as they are, in your language\'s order. {day} is written as date-day says, {month} as date-months writes it.' })
  )
    .replace('{day}', dayForm(msg('{day}', { id: 'date-day', desc: 'The day in a full date ("3 February 2021"): {day} is its number. Most languages keep just {day}. Add any ending every day takes, then, after a space each, the days written differently. Scottish Gaelic: {day}mh 1d 2na 21d 22na 31d' }), day))
    .replace('{month}', (day === undefined ? undefined : monthsInDate()[month - 1]?.trim()) || monthNames()[month - 1])
    .replace('{year}', String(year));
}

/** The day as a full date writes it, from a rule and the days that differ: `{day}mh 1d 2na 21d 22na 31d` gives 1d, 2na, 3mh … 21d, 22na, 23mh … 31d. */
export function dayForm(forms: string, day: number): string {
  const [rule, ...others] = forms.trim().split(/\s+/);
  return others.find((form) => parseInt(form) === day) ?? rule.replace('{day}', String(day));
}

/**
 * The months as they stand inside a full date. A list cut short by a
 * translator's slip leaves the missing months to monthNames rather than
 * stop the widget drawing a date.
 */
const monthsInDate = (): string[] =>
  msg('January, February, March, April, May, June, July, August, September, October, November, December', {
    id: 'date-months',
    desc: 'The 12 months as they stand inside a full date ("3 February 2021"), separated by commas. Most languages copy the names of month-01 to month-12; Polish uses the genitive: stycznia, lutego, marca, …',
  }).split(',');

/** The months on their own, as in "February 2021" (Polish "luty", Gaelic "An Gearran"). */
function monthNames(): string[] {
  return [
    msg('January', { id: 'month-01', desc: 'Month name on its own, as in "January 2021". Inside a full date, date-months gives the month.' }),
    msg('February', { id: 'month-02', desc: 'Month name on its own, as in "February 2021". Inside a full date, date-months gives the month.' }),
    msg('March', { id: 'month-03', desc: 'Month name on its own, as in "March 2021". Inside a full date, date-months gives the month.' }),
    msg('April', { id: 'month-04', desc: 'Month name on its own, as in "April 2021". Inside a full date, date-months gives the month.' }),
    msg('May', { id: 'month-05', desc: 'Month name on its own, as in "May 2021". Inside a full date, date-months gives the month.' }),
    msg('June', { id: 'month-06', desc: 'Month name on its own, as in "June 2021". Inside a full date, date-months gives the month.' }),
    msg('July', { id: 'month-07', desc: 'Month name on its own, as in "July 2021". Inside a full date, date-months gives the month.' }),
    msg('August', { id: 'month-08', desc: 'Month name on its own, as in "August 2021". Inside a full date, date-months gives the month.' }),
    msg('September', { id: 'month-09', desc: 'Month name on its own, as in "September 2021". Inside a full date, date-months gives the month.' }),
    msg('October', { id: 'month-10', desc: 'Month name on its own, as in "October 2021". Inside a full date, date-months gives the month.' }),
    msg('November', { id: 'month-11', desc: 'Month name on its own, as in "November 2021". Inside a full date, date-months gives the month.' }),
    msg('December', { id: 'month-12', desc: 'Month name on its own, as in "December 2021". Inside a full date, date-months gives the month.' }),
  ];
}

/** The calendar day of an ISO 8601 time where the person is, not in UTC (23:30 UTC may be tomorrow there). */
export function formatLocalDay(locale: string, isoTime: string): string {
  return formatIsoDate(locale, localDate(new Date(isoTime)));
}
