/** Locale-aware numbers and dates, so every language reads its own way. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(locale: string, percent: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** `2021-02-03` → "3 February 2021"; `2021-02` → "February 2021" (en-GB). */
export function formatIsoDate(locale: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}
