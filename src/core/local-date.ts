/**
 * The calendar date where the person is, as `YYYY-MM-DD`. Not
 * `toISOString().slice(0, 10)`: that is the UTC date, which between
 * midnight and 1 a.m. in British Summer Time is still yesterday.
 */
export function localDate(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/**
 * A real calendar date written `YYYY-MM-DD`, as a date input gives it:
 * not 2026-02-30 (Date would roll that over to 2 March, so compare what it
 * made of it), and years 0001 to 9999 only.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && !value.startsWith('0000') && new Date(time).toISOString().slice(0, 10) === value;
}
