import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import localizeConfig from '../../lit-localize.json';
import { bestLocale, matchLocale, sourceLocale, supportedLocales, textDirection } from '../../src/i18n/locales.js';

/** Region, script or variant subtags, as `lang` attributes carry them. */
const subtagArb = fc.stringMatching(/^[A-Za-z0-9]{2,8}$/);

const supportedLanguages = new Set(supportedLocales.map((locale) => locale.toLowerCase().split('-')[0]));
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz'];
/**
 * Real languages (ones Intl has an English name for) that no configured
 * locale is in, picked when the tests run rather than named here: adding
 * any language, French included, never makes one of them supported.
 */
const unsupportedLanguages = ALPHABET.flatMap((first) => ALPHABET.map((second) => first + second)).filter(
  (code) => !supportedLanguages.has(code) && new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code) !== undefined,
);
/** Five of them, spread over the alphabet, each bare and with a region or a script and region. */
const unsupportedTags = [0, 0.25, 0.5, 0.75, 0.99]
  .map((at) => unsupportedLanguages[Math.floor(at * unsupportedLanguages.length)])
  .flatMap((code) => [code, `${code}-CA`, `${code}-Hant-TW`]);

describe('matchLocale', () => {
  // Read from lit-localize.json, so a translator adding a language edits no test.
  it('supports the source language and every target language of lit-localize.json', () => {
    expect(sourceLocale).toBe(localizeConfig.sourceLocale);
    expect([...supportedLocales].sort()).toEqual([localizeConfig.sourceLocale, ...localizeConfig.targetLocales].sort());
  });

  it('keeps the languages this file tests by name: English, Welsh and the two pseudo-locales', () => {
    expect(supportedLocales).toEqual(expect.arrayContaining(['en', 'cy', 'en-XA', 'ar-XB']));
  });

  it.each([
    ['cy', 'cy'],
    ['cy-GB', 'cy'],
    ['CY-gb', 'cy'],
    [' cy ', 'cy'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
  ])('matches %j to the supported locale %j', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });

  it('has languages to try as unsupported, whatever languages are configured', () => {
    expect(unsupportedLanguages.length).toBeGreaterThan(100);
    expect(new Set(unsupportedTags).size).toBe(15);
  });

  it.each([...unsupportedTags, 'x', 'c'])('falls back to English for the unsupported language %j', (tag) => {
    expect(matchLocale(tag)).toBe('en');
  });

  it.each([
    ['the empty string', ''],
    ['blanks', '  '],
    ['null', null],
    ['undefined', undefined],
  ])('falls back to English for %s', (_name, tag) => {
    expect(matchLocale(tag)).toBe('en');
  });

  it.each([
    ['en-XA', 'en-XA'],
    ['EN-xa', 'en-XA'],
    ['ar-XB', 'ar-XB'],
    ['ar-xb', 'ar-XB'],
  ])('matches the pseudo-locale %j exactly, returning %j', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });

  // Not "gives English": Arabic may be added one day.
  it.each(['ar', 'ar-EG', 'ar-SA', 'ar-XB-x', 'xb'])('never gives a real Arabic page (%j) the right-to-left pseudo-locale', (tag) => {
    expect(matchLocale(tag)).not.toBe('ar-XB');
  });

  it('never gives an English page with another region the accented pseudo-locale', () => {
    fc.assert(
      fc.property(subtagArb.filter((region) => region.toLowerCase() !== 'xa'), (region) => {
        expect(matchLocale(`en-${region}`)).not.toBe('en-XA');
      }),
    );
  });

  it('matches Welsh with any region, script or variant to cy', () => {
    fc.assert(
      fc.property(fc.array(subtagArb, { minLength: 1, maxLength: 3 }), (subtags) => {
        expect(matchLocale(['cy', ...subtags].join('-'))).toBe('cy');
      }),
    );
  });

  it('always returns a supported locale, whatever the tag', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/)), (tag) => {
        expect(supportedLocales).toContain(matchLocale(tag));
      }),
    );
  });

  it('ignores letter case and surrounding blanks', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('cy', 'cy-GB', 'en-XA', 'ar-XB', 'ar', 'en-US', ...unsupportedTags), fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/)),
        fc.constantFrom('', ' ', '\t', '\n '),
        (tag, blank) => {
          const expected = matchLocale(tag);
          expect(matchLocale(tag.toUpperCase())).toBe(expected);
          expect(matchLocale(tag.toLowerCase())).toBe(expected);
          expect(matchLocale(`${blank}${tag}${blank}`)).toBe(expected);
        },
      ),
    );
  });
});

describe('bestLocale, for languages written in two scripts', () => {
  const withBoth = ['en', 'cy', 'pa', 'pa-Arab', 'en-XA', 'ar-XB'];

  it.each([
    ['pa', 'pa'],
    ['pa-IN', 'pa'],
    ['pa-Guru', 'pa'],
    ['pa-PK', 'pa-Arab'],
    ['pa-Arab', 'pa-Arab'],
    ['PA-arab-pk', 'pa-Arab'],
    ['cy-GB', 'cy'],
    ['en-US', 'en'],
    ['en-XA', 'en-XA'],
    ['ar-EG', undefined],
    ['ur', undefined],
  ])('matches %j to %j when both Punjabi scripts are supported', (tag, expected) => {
    expect(bestLocale(tag, withBoth)).toBe(expected);
  });

  it('never gives a Gurmukhi page Shahmukhi text', () => {
    expect(bestLocale('pa', ['en', 'pa-Arab'])).toBeUndefined();
    expect(bestLocale('pa-IN', ['en', 'pa-Arab'])).toBeUndefined();
  });

  it('falls back to the language in its usual script, as any Welsh tag falls back to cy', () => {
    expect(bestLocale('pa-PK', ['en', 'pa'])).toBe('pa');
  });
});

describe('textDirection', () => {
  it.each([
    'ar', 'ar-XB', 'ar-EG', 'ur-PK', 'he', 'he-IL', 'fa', 'AR', 'yi', 'dv', 'ps', 'sd', 'ckb', 'ug',
    'pa-Arab', 'pa-Arab-PK', 'ks', 'az-Arab', 'syr', 'nqo', 'ff-Adlm', 'rhg',
  ])('writes %j right to left', (lang) => {
    expect(textDirection(lang)).toBe('rtl');
  });

  it.each(['cy', 'en-GB', 'en', 'en-XA', 'fr', 'ga-IE', 'arn', 'her', 'pa', 'pa-Guru', 'az', 'ur-Latn', 'ff', '', 'not a tag'])(
    'writes %j left to right',
    (lang) => {
      expect(textDirection(lang)).toBe('ltr');
    },
  );

  it('follows an explicit script subtag, whatever the language and region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ar', 'he', 'ur', 'pa', 'cy', 'en', 'ks', 'yi', 'ja'),
        fc.constantFrom(['Arab', 'rtl'], ['Hebr', 'rtl'], ['Thaa', 'rtl'], ['Latn', 'ltr'], ['Guru', 'ltr'], ['Cyrl', 'ltr']),
        fc.constantFrom('', '-GB', '-PK', '-IN', '-001'),
        (language, [script, direction], region) => {
          expect(textDirection(`${language}-${script}${region}`)).toBe(direction);
        },
      ),
      { numRuns: 100 },
    );
  });
});
