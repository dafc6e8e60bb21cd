import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { likelyScript } from './intl-cache.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

export { sourceLocale };
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/**
 * Scripts written right to left (ISO 15924). Direction belongs to the
 * script, not the language: Punjabi is left to right in Gurmukhi (`pa`) and
 * right to left in Shahmukhi (`pa-Arab`).
 */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/**
 * The supported locale for a `lang` value: an exact match (`cy`), else the
 * same language in the same script (`pa-PK` and `pa-Arab-PK` are Shahmukhi,
 * so `pa-Arab`; `pa-IN` is Gurmukhi, so `pa`), else the same language
 * (`cy-GB` → `cy`, `en-US` → `en`), else the source language.
 * Pseudo-locales (`en-XA`, `ar-XB`) match only exactly, so a real `ar`
 * page never gets test text.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  return bestLocale(tag, supportedLocales) ?? sourceLocale;
}

/** `matchLocale`'s rules over any list of locales; `undefined` when none fits. */
export function bestLocale<T extends string>(tag: string | null | undefined, locales: readonly T[]): T | undefined {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = locales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  const sameLanguage = locales.filter((locale) => locale.toLowerCase().split('-')[0] === language && !isPseudoLocale(locale));
  const script = likelyScript(wanted);
  return (
    (script && sameLanguage.find((locale) => likelyScript(locale) === script)) ||
    sameLanguage.find((locale) => locale.toLowerCase() === language)
  );
}

/** Pseudo-locales use the private-use regions XA–XZ, as Android and Chromium's do. */
const isPseudoLocale = (locale: string) => /-x[a-z]$/i.test(locale);

/**
 * `rtl` when the language is written in a right-to-left script: the tag's
 * own script subtag, else the language's usual one (CLDR likely subtags:
 * `ur` → Arab, `yi` → Hebr, `dv` → Thaa). Also the `ar-XB` pseudo-locale.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT_SCRIPTS.has(likelyScript(lang)) ? 'rtl' : 'ltr';
}

