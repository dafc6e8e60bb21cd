import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// Dates a translation writes, where the browser has no date names for the
// language (Chromium has none for Welsh or Scottish Gaelic): msg() answers
// from the table standing in for the language's translation, by id.
const translation = vi.hoisted(() => ({ table: {} as Record<string, string> }));
vi.mock('@lit/localize', async (actual) => ({
  ...(await actual<typeof import('@lit/localize')>()),
  msg: (source: string, options?: { id?: string }) => translation.table[options?.id ?? ''] ?? source,
}));

const { dayForm, formatIsoDate } = await import('../../src/i18n/format.js');

/** A locale Intl has no dates for, so the translation's words are used. */
const NO_INTL_DATES = 'xx';

const months = (names: string) => Object.fromEntries(names.split(', ').map((name, i) => [`month-${String(i + 1).padStart(2, '0')}`, name]));

const GAELIC = {
  ...months('Am Faoilleach, An Gearran, Am Màrt, An Giblean, An Cèitean, An t-Ògmhios, An t-Iuchar, An Lùnastal, An t-Sultain, An Dàmhair, An t-Samhain, An Dùbhlachd'),
  'date-months': 'dhen Fhaoilleach, dhen Ghearran, dhen Mhàrt, dhen Ghiblean, dhen Chèitean, dhen Ògmhios, dhen Iuchar, dhen Lùnastal, dhen t-Sultain, dhen Dàmhair, dhen t-Samhain, dhen Dùbhlachd',
  'date-day': '{day}mh 1d 2na 21d 22na 31d',
};

const POLISH = {
  ...months('styczeń, luty, marzec, kwiecień, maj, czerwiec, lipiec, sierpień, wrzesień, październik, listopad, grudzień'),
  'date-months': 'stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia',
};

/** Welsh as xliff/cy.xlf translates it. */
const WELSH = Object.fromEntries(
  readFileSync('xliff/cy.xlf', 'utf8')
    .split('<trans-unit ')
    .flatMap((unit) => {
      const found = /^id="([^"]+)">[^]*?<target>([^<]*)<\/target>/.exec(unit);
      return found ? [[found[1], found[2]]] : [];
    }),
);

const inLanguage = (table: Record<string, string>, date: string) => {
  translation.table = table;
  try {
    return formatIsoDate(NO_INTL_DATES, date);
  } finally {
    translation.table = {};
  }
};

describe('dates a translation writes', () => {
  it('writes Scottish Gaelic ordinals and in-date months', () => {
    expect(inLanguage(GAELIC, '2021-02-03')).toBe('3mh dhen Ghearran 2021');
    expect(inLanguage(GAELIC, '2021-02-01')).toBe('1d dhen Ghearran 2021');
    expect(inLanguage(GAELIC, '2021-02-02')).toBe('2na dhen Ghearran 2021');
    expect(inLanguage(GAELIC, '2021-09-21')).toBe('21d dhen t-Sultain 2021');
    expect(inLanguage(GAELIC, '2021-02')).toBe('An Gearran 2021');
  });

  it('writes the Polish genitive inside a full date and the nominative on its own', () => {
    expect(inLanguage(POLISH, '2021-02-03')).toBe('3 lutego 2021');
    expect(inLanguage(POLISH, '2021-02')).toBe('luty 2021');
  });

  it('writes Welsh as before', () => {
    expect(inLanguage(WELSH, '2021-02-03')).toBe('3 Chwefror 2021');
    expect(inLanguage(WELSH, '2021-02')).toBe('Chwefror 2021');
    expect(inLanguage(WELSH, '2021-12-31')).toBe('31 Rhagfyr 2021');
  });

  it('writes English as before, from the browser and from the English messages', () => {
    expect(inLanguage({}, '2021-02-03')).toBe('3 February 2021');
    expect(inLanguage({}, '2021-02')).toBe('February 2021');
    expect(formatIsoDate('en-GB', '2021-02-03')).toBe('3 February 2021');
  });

  it('reads day forms as a rule and the days that differ', () => {
    const gaelic = Array.from({ length: 31 }, (_, i) => dayForm(GAELIC['date-day'], i + 1));
    expect(gaelic.slice(0, 4)).toEqual(['1d', '2na', '3mh', '4mh']);
    expect(gaelic.slice(19, 23)).toEqual(['20mh', '21d', '22na', '23mh']);
    expect(gaelic[30]).toBe('31d');
    expect(dayForm('{day}', 7)).toBe('7');
    expect(dayForm(' {day}. ', 7)).toBe('7.');
    expect(dayForm('{day} 1er', 1)).toBe('1er');
  });

  it('writes a date whose month a short date-months list leaves out with the month on its own, rather than failing', () => {
    const cutShort = { ...POLISH, 'date-months': 'stycznia, lutego' };
    expect(inLanguage(cutShort, '2021-02-03')).toBe('3 lutego 2021');
    expect(inLanguage(cutShort, '2021-12-03')).toBe('3 grudzień 2021');
  });
});
