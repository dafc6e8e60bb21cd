import { html } from 'lit';
import type { Tally } from '../core/index.js';
import { formatPercent } from '../i18n/format.js';
import { fillFraction } from './directives/fill-fraction.js';
import { notApplicableCount, optionalCount, practicesInPlace, progressValueText } from './progress-text.js';

/**
 * A progress bar named by the element `labelledBy` points at, with the
 * percent as its value and the count as its spoken text. The visible text
 * beside it says the same, from the same tally, and how many optional
 * practices are left out unless the caller says that in a line of its own.
 */
export function progressBar(locale: string, tally: Tally, labelledBy: string, part: string, withOptional = true) {
  const notApplicable = notApplicableCount(locale, tally);
  const optional = withOptional ? optionalCount(locale, tally) : '';
  const count = practicesInPlace(locale, tally);
  return html`
    <div class="progress" part=${part}>
      <div
        class="progress-track"
        role="progressbar"
        aria-labelledby=${labelledBy}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${tally.percent}
        aria-valuetext=${progressValueText(locale, tally, count)}
      >
        <div class="progress-fill" ${fillFraction(tally.percent / 100)}></div>
      </div>
      <p class="progress-text">
        <strong class="progress-percent">${formatPercent(locale, tally.percent)}</strong>
        <span>${count}</span>${notApplicable ? html`<span class="progress-na">${notApplicable}</span>` : ''}${optional ? html`<span class="progress-na">${optional}</span>` : ''}
      </p>
    </div>
  `;
}
