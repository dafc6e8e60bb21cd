import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { getInterfaceLocale } from '../../i18n/localization.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * Says that the person's language could not be loaded (a network error), so
 * the checklist is in English. In the interface's own language, which is
 * then English, marked as such inside a checklist whose text may not be.
 */
export function languageNotice(unavailable: Locale | undefined) {
  if (unavailable === undefined) return nothing;
  return html`<div class="notice" role="status" part="notice" lang=${getInterfaceLocale()}>
    <p>${msg('The checklist could not be loaded in your language, so it is shown in English. It will try again when the page is reloaded or its language is chosen again.', { desc: 'Shown when a language file fails to load (for example a network error).' })}</p>
  </div>`;
}
