import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { localDate } from '../../src/core/local-date.js';
import { formatIsoDate, formatLocalDay, formatNumber, formatPercent } from '../../src/i18n/format.js';
import { formattingLocale } from '../../src/i18n/formatting-locale.js';
import { supportedLocales, type Locale } from '../../src/i18n/locales.js';
import { plural, type PluralForms } from '../../src/i18n/plural.js';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every plural form, each returning its own name. */
const allForms: PluralForms = {
  zero: () => 'zero',
  one: () => 'one',
  two: () => 'two',
  few: () => 'few',
  many: () => 'many',
  other: () => 'other',
};

describe('formattingLocale', () => {
  it.each<[string, Locale, string]>([
    ['en', 'en', 'en-GB'],
    ['en-GB', 'en', 'en-GB'],
    ['en-US', 'en', 'en-US'],
    ['EN-us', 'en', 'en-US'],
    ['cy-GB', 'cy', 'cy-GB'],
    ['cy', 'cy', 'cy'],
    ['fr', 'en', 'en-GB'],
    ['fr-FR', 'en', 'en-GB'],
    ['fr-FR', 'cy', 'cy'],
    ['', 'en', 'en-GB'],
    ['', 'cy', 'cy'],
  ])('formats for a page tagged %j, shown in %j, with %j', (requested, locale, expected) => {
    expect(formattingLocale(requested, locale)).toBe(expected);
  });

  it.each(['not a tag!', 'en_GB', '--', 'cy-'])('ignores the invalid tag %j and uses the locale\'s default', (requested) => {
    expect(formattingLocale(requested, 'en')).toBe('en-GB');
    expect(formattingLocale(requested, 'cy')).toBe('cy');
  });

  it('always returns a tag Intl accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/)), fc.constantFrom(...supportedLocales), (requested, locale) => {
        const tag = formattingLocale(requested, locale);
        expect(() => new Intl.NumberFormat(tag)).not.toThrow();
        expect(tag.toLowerCase().split('-')[0]).toBe(locale.toLowerCase().split('-')[0]);
      }),
    );
  });

  it('keeps the page\'s own region whenever it names the shown language with a region', () => {
    fc.assert(
      fc.property(fc.constantFrom('GB', 'US', 'AU', 'IE', 'CA', 'NZ'), (region) => {
        expect(formattingLocale(`en-${region}`, 'en')).toBe(`en-${region}`);
        expect(formattingLocale(`cy-${region}`, 'cy')).toBe(`cy-${region}`);
        expect(formattingLocale(`cy-${region}`, 'en')).toBe('en-GB');
      }),
    );
  });
});

describe('plural', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [6, 'many'],
    [7, 'other'],
    [29, 'other'],
  ])('uses the Welsh form for %i: %s', (count, form) => {
    expect(plural('cy', count, allForms)).toBe(form);
  });

  it('falls back to "other" for the Welsh forms a message does not give', () => {
    const forms: PluralForms = { one: () => 'one', other: () => 'other' };
    expect([0, 1, 2, 3, 6, 7].map((count) => plural('cy', count, forms))).toEqual(['other', 'one', 'other', 'other', 'other', 'other']);
  });

  it.each([
    [0, 'other'],
    [1, 'one'],
    [2, 'other'],
    [3, 'other'],
    [6, 'other'],
  ])('uses the English form for %i: %s', (count, form) => {
    expect(plural('en', count, allForms)).toBe(form);
  });

  it('builds only the form it uses', () => {
    const one = vi.fn(() => '1 practice');
    const other = vi.fn(() => 'n practices');
    expect(plural('en-GB', 1, { one, other })).toBe('1 practice');
    expect(one).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });

  it('always gives "other" when that is the only form, in any supported locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportedLocales), fc.nat(1_000_000), (locale, count) => {
        expect(plural(locale, count, { other: () => 'other' })).toBe('other');
      }),
    );
  });
});

describe('formatNumber and formatPercent', () => {
  it.each([
    ['en-GB', 1234567.5, '1,234,567.5'],
    ['en-GB', 0, '0'],
    ['cy', 1234.5, '1,234.5'],
    ['de-DE', 1234.5, '1.234,5'],
  ])('formats in %s: %d → %j', (locale, value, expected) => {
    expect(formatNumber(locale, value)).toBe(expected);
  });

  it.each([
    [41, '41%'],
    [0, '0%'],
    [100, '100%'],
    [41.4, '41%'],
  ])('formats %d percent as %j in en-GB', (percent, expected) => {
    expect(formatPercent('en-GB', percent)).toBe(expected);
  });

  it('writes percentages the way the language does', () => {
    expect(formatPercent('cy', 41)).toBe('41%');
    expect(formatPercent('de-DE', 41)).toBe('41\u00a0%');
  });

  it('writes every whole percentage as the number and a per cent sign in en-GB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (percent) => {
        expect(formatPercent('en-GB', percent)).toBe(`${percent}%`);
      }),
    );
  });
});

describe('formatIsoDate', () => {
  it('writes a full date the British way', () => {
    expect(formatIsoDate('en-GB', '2021-02-03')).toBe('3 February 2021');
  });

  it('writes a month and year without a day', () => {
    expect(formatIsoDate('en-GB', '2021-02')).toBe('February 2021');
  });

  it('writes the American order for en-US', () => {
    expect(formatIsoDate('en-US', '2021-02-03')).toBe('February 3, 2021');
  });

  it('writes Welsh month names in Welsh', () => {
    expect(formatIsoDate('cy', '2021-02-03')).toContain('Chwefror');
    expect(formatIsoDate('cy', '2021-02-03')).toContain('2021');
    expect(formatIsoDate('cy', '2021-02')).toContain('Chwefror');
  });

  it('uses the translated month names where Intl has no data for the language (English ones in these tests)', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf('xx')).toEqual([]);
    expect(formatIsoDate('xx', '2021-02-03')).toBe('3 February 2021');
    expect(formatIsoDate('xx', '2021-02')).toBe('February 2021');
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York'])(
    'writes the calendar date it was given, for any date, in the time zone %s',
    (timeZone) => {
      const before = process.env.TZ;
      process.env.TZ = timeZone;
      try {
        fc.assert(
          fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
            const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
            const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            expect(formatIsoDate('en-GB', iso)).toBe(`${day} ${ENGLISH_MONTHS[month - 1]} ${year}`);
            expect(formatIsoDate('en-GB', iso.slice(0, 7))).toBe(`${ENGLISH_MONTHS[month - 1]} ${year}`);
          }),
        );
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );
});

describe('"Last changed" when coming back', () => {
  it.each(['UTC', 'Pacific/Kiritimati', 'America/New_York'])('gives the date where the person is, in the time zone %s', (timeZone) => {
    const before = process.env.TZ;
    process.env.TZ = timeZone;
    try {
      const changedAt = '2026-03-04T23:30:00.000Z';
      expect(formatLocalDay('en-GB', changedAt)).toBe(formatIsoDate('en-GB', localDate(new Date(changedAt))));
      expect(formatLocalDay('en-GB', changedAt)).toBe(timeZone === 'Pacific/Kiritimati' ? '5 March 2026' : '4 March 2026');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
