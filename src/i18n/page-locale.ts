import { setInterfaceLocale } from './localization.js';
import { matchLocale, type Locale } from './locales.js';

/**
 * @lit/localize keeps one interface language per page. Each checklist asks
 * for the language it resolved; when they all agree that language is used,
 * and when they disagree the page's own language (`<html lang>`) is, so the
 * outcome never depends on which element happened to load first. Framework
 * content, numbers and dates still follow each element's own language.
 */
const requests = new Map<object, Locale>();
let warned = false;

/** Resolves `false` when the language's interface strings could not be loaded (the page shows English). */
export function requestInterfaceLocale(requester: object, locale: Locale): Promise<boolean> {
  requests.set(requester, locale);
  return settle();
}

export function withdrawInterfaceLocale(requester: object): void {
  if (requests.delete(requester)) void settle();
}

function settle(): Promise<boolean> {
  const wanted = new Set(requests.values());
  if (wanted.size === 0) return Promise.resolve(true);
  if (wanted.size > 1 && !warned) {
    warned = true;
    console.warn(
      `<collab-checklist>: checklists on this page ask for different languages (${[...wanted].join(', ')}). Their buttons and messages use the page's language; each one's checklist text uses its own.`,
    );
  }
  const [only] = wanted;
  return setInterfaceLocale(wanted.size === 1 ? only : matchLocale(document.documentElement.lang));
}
