import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatLocalDay } from '../../i18n/format.js';

/**
 * For coming back: when the checklist last changed, and a link that moves
 * focus to where to carry on (`targetId`).
 */
export function continueLink(locale: string, changedAt: string, targetId: string, goTo: (event: Event, targetId: string) => void) {
  const date = formatLocalDay(locale, changedAt);
  return html`<p class="continue">
    <span>${msg(str`Last changed ${date}.`, { desc: 'When the checklist was last changed, e.g. "Last changed 25 November 2026."' })}</span>
    <a href="#${targetId}" class="continue-link" @click=${(event: Event) => goTo(event, targetId)}
      >${msg('Continue where you left off', { desc: 'Link that moves focus to the first practice not yet answered, or to the suggested next steps once every practice is.' })}</a
    >
  </p>`;
}
