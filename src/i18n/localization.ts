import { configureLocalization } from '@lit/localize';
import { interfaceStringLoaders } from '../generated/interface-string-loaders.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';

/**
 * The one @lit/localize runtime for the page. Interface strings for each
 * language are a separate chunk beside the bundle, loaded when first needed
 * and straight after the main file, which holds the table of them (written
 * by `npm run localize`); English is built in.
 */
const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => interfaceStringLoaders[locale](),
});

export const getInterfaceLocale = (): Locale => runtime.getLocale() as Locale;

/**
 * The latest request wins, even while an earlier language is still loading.
 * Resolves `false`, never rejects, when the language's strings cannot be
 * loaded (a network error): the page then stays in English.
 */
export async function setInterfaceLocale(locale: Locale): Promise<boolean> {
  try {
    await runtime.setLocale(locale);
    return true;
  } catch {
    // lit-localize keeps a failed language as the one it is loading, so
    // asking for it again would only return the same rejection. Going back
    // to the built-in English clears that, and the next request loads afresh.
    await runtime.setLocale(sourceLocale).catch(() => undefined);
    return false;
  }
}
