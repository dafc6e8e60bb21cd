/**
 * The calendar date where the person is, as `YYYY-MM-DD`. Not
 * `toISOString().slice(0, 10)`: that is the UTC date, which between
 * midnight and 1 a.m. in British Summer Time is still yesterday.
 */
export function localDate(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
