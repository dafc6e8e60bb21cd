import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';

/**
 * The one @lit/localize runtime for the page. Interface strings for each
 * language are a separate chunk beside the bundle, loaded when first needed;
 * English is built in.
 */
const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`../generated/locales/${locale}.ts`),
});

export const getInterfaceLocale = (): Locale => runtime.getLocale() as Locale;

/** The latest request wins, even while an earlier language is still loading. */
export function setInterfaceLocale(locale: Locale): Promise<void> {
  return runtime.setLocale(locale);
}
