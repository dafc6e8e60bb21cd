import { sourceLocale, type Locale } from './locales.js';

/**
 * The locale for numbers and dates: the page's own tag when it names the
 * same language with a region (so `en-US` pages get US dates), else the
 * supported locale; a bare `en` means British English, the framework's own.
 */
export function formattingLocale(requestedTag: string, locale: Locale): string {
  const requested = canonical(requestedTag);
  const sameLanguage = requested?.toLowerCase().split('-')[0] === locale.toLowerCase().split('-')[0];
  if (requested?.includes('-') && sameLanguage) return requested;
  return locale === sourceLocale ? 'en-GB' : locale;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
