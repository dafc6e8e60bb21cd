import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

export { sourceLocale };
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

/** Languages written right to left, by primary language subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The supported locale for a `lang` value: an exact match (`cy`), else the
 * same language (`cy-GB` → `cy`, `en-US` → `en`), else the source language.
 * Pseudo-locales (`en-XA`, `ar-XB`) match only exactly, so a real `ar`
 * page never gets test text.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return sourceLocale;
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return supportedLocales.find((locale) => locale.toLowerCase() === language) ?? sourceLocale;
}

/** `rtl` for Arabic, Hebrew, Persian, Urdu and the like (and the `ar-XB` pseudo-locale). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
