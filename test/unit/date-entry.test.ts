import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePartsOf, FIRST_YEAR, LAST_YEAR, readDateParts } from '../../src/core/date-entry.js';
import { isCalendarDate } from '../../src/core/local-date.js';

const parts = (day: string, month: string, year: string) => ({ day, month, year });
const budget = { numRuns: 300, interruptAfterTimeLimit: 4000 };

describe('readDateParts: By when typed as day, month and year', () => {
  it.each([
    [parts('27', '3', '2027'), '2027-03-27'],
    [parts('01', '01', '1900'), '1900-01-01'],
    [parts(' 9 ', '12', '2100'), '2100-12-09'],
    [parts('29', '2', '2028'), '2028-02-29'],
  ])('reads %j as %s', (typed, date) => expect(readDateParts(typed)).toEqual({ kind: 'date', date }));

  it('takes three blank parts as no date, which clears it', () => {
    expect(readDateParts(parts('', ' ', ''))).toEqual({ kind: 'empty' });
  });

  it.each([
    [parts('', '3', '2027'), ['day']],
    [parts('27', '', ''), ['month', 'year']],
    [parts('', '', '2027'), ['day', 'month']],
  ])('says which parts %j is missing', (typed, fields) => expect(readDateParts(typed)).toEqual({ kind: 'missing', fields }));

  it.each([
    // The slip the native input turned into 202666-03-01.
    [parts('1', '3', '202666'), 'year-length', ['year']],
    [parts('1', '3', '27'), 'year-length', ['year']],
    [parts('1', '1', '1899'), 'year-range', ['year']],
    [parts('1', '1', '2101'), 'year-range', ['year']],
    [parts('31', '2', '2027'), 'not-real', ['day']],
    [parts('29', '2', '2027'), 'not-real', ['day']],
    [parts('0', '3', '2027'), 'not-real', ['day']],
    [parts('003', '3', '2027'), 'not-real', ['day']],
    [parts('3', '13', '2027'), 'not-real', ['month']],
    [parts('32', '13', '2027'), 'not-real', ['day', 'month']],
    [parts('1st', 'March', '2027'), 'not-real', ['day', 'month']],
    [parts('1', '3', '2O27'), 'not-real', ['year']],
    [parts('-1', '3', '2027'), 'not-real', ['day']],
    [parts('١', '3', '2027'), 'not-real', ['day']],
  ])('refuses %j: %s, marking %j', (typed, kind, fields) => expect(readDateParts(typed)).toEqual({ kind, fields }));

  it('reads every real date from 1900 to 2100 back from the parts the fields show', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(FIRST_YEAR, 0, 1)), max: new Date(Date.UTC(LAST_YEAR, 11, 31)), noInvalidDate: true }), (time) => {
        const date = time.toISOString().slice(0, 10);
        expect(readDateParts(datePartsOf(date))).toEqual({ kind: 'date', date });
      }),
      budget,
    );
  });

  it('gives only real dates within the range, written YYYY-MM-DD, and marks at least one part whenever it refuses', () => {
    const part = fc.oneof(fc.string({ maxLength: 7 }), fc.integer({ min: -5, max: 250_000 }).map(String), fc.stringMatching(/^\s?\d{1,6}\s?$/));
    fc.assert(
      fc.property(part, part, part, (day, month, year) => {
        const entry = readDateParts(parts(day, month, year));
        if (entry.kind === 'date') {
          expect(isCalendarDate(entry.date)).toBe(true);
          expect(Number(entry.date.slice(0, 4))).toBeGreaterThanOrEqual(FIRST_YEAR);
          expect(Number(entry.date.slice(0, 4))).toBeLessThanOrEqual(LAST_YEAR);
          expect(datePartsOf(entry.date)).toEqual({ day: String(Number(day)), month: String(Number(month)), year: year.trim() });
        } else if (entry.kind === 'empty') {
          expect([day, month, year].every((typed) => !typed.trim())).toBe(true);
        } else {
          expect(entry.fields.length).toBeGreaterThan(0);
        }
      }),
      budget,
    );
  });
});

describe('datePartsOf', () => {
  it('shows a saved date without leading zeros, and nothing for no date', () => {
    expect(datePartsOf('2027-03-01')).toEqual(parts('1', '3', '2027'));
    expect(datePartsOf(undefined)).toEqual(parts('', '', ''));
  });
});
