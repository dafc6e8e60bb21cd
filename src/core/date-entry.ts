/** A date as typed in three fields (GOV.UK date input), each part as the person left it. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePart = keyof DateParts;

/** The earliest and latest years By when takes: a typed slip (20266, 1027) is refused, not saved. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * What three typed parts say, in GOV.UK's order of checks: nothing typed
 * (which clears the date); parts missing; parts that are not numbers or
 * cannot be a date; then the year's length and range. `fields` are the
 * parts to mark invalid; `missing` says which, for "must include a …".
 */
export type DateEntry =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'missing'; readonly fields: readonly DatePart[] }
  | { readonly kind: 'not-real' | 'year-length' | 'year-range'; readonly fields: readonly DatePart[] };

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export function readDateParts(parts: DateParts): DateEntry {
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PARTS.filter((part) => !typed[part]);
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length) return { kind: 'missing', fields: missing };
  const notNumbers = PARTS.filter((part) => !/^\d+$/.test(typed[part]));
  if (notNumbers.length) return { kind: 'not-real', fields: notNumbers };
  if (typed.year.length !== 4) return { kind: 'year-length', fields: ['year'] };
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)];
  if (year < FIRST_YEAR || year > LAST_YEAR) return { kind: 'year-range', fields: ['year'] };
  // "003" is not a day, nor 31 February: the wrong part is marked, both if both are wrong.
  const badMonth = month < 1 || month > 12 || typed.month.length > 2;
  const badDay = day < 1 || day > (badMonth ? 31 : daysIn(year, month)) || typed.day.length > 2;
  if (badDay || badMonth) return { kind: 'not-real', fields: PARTS.filter((part) => (part === 'day' ? badDay : part === 'month' && badMonth)) };
  const date = `${typed.year}-${pad(month)}-${pad(day)}`;
  return { kind: 'date', date };
}

/** A saved `YYYY-MM-DD` as the fields show it: "31", "1", "2027", no leading zeros (GOV.UK's "27 3 2027"). */
export function datePartsOf(date: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = date ? date.split('-') : [];
  return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
