import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { FrameworkSource } from '../../../core/index.js';
import { formatIsoDate } from '../../../i18n/format.js';

/** Credits the framework's authors: where it comes from and when it was last reviewed. */
export function attribution(locale: string, source: FrameworkSource | undefined) {
  if (!source) return '';
  const work = [source.page, source.report].filter(Boolean).join(', ');
  const published = source.published ? ` (${formatIsoDate(locale, source.published)})` : '';
  const from = work
    ? msg(str`From ${work} by ${source.publisher}${published}.`, { desc: 'Credit line. First value: page and report titles; second: publisher names; third: publication date in brackets or nothing.' })
    : msg(str`By ${source.publisher}${published}.`, { desc: 'Credit line when only the publisher is known.' });
  const reviewed = source.lastReviewed
    ? msg(str`Last reviewed ${formatIsoDate(locale, source.lastReviewed)}.`, { desc: 'When the source page was last reviewed, e.g. "Last reviewed 3 February 2021."' })
    : '';
  return html`
    <p class="attribution" part="attribution">
      ${source.url ? html`<a href=${source.url} rel="noopener">${from}</a>` : from} ${reviewed}
    </p>
  `;
}
