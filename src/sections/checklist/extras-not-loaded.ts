import { msg } from '@lit/localize';
import { html } from 'lit';

/**
 * Shown when the file with everything but the checklist itself (extras.ts)
 * fails to load: the practices still work and save, and the person knows
 * what is missing and how to get it back.
 */
export function extrasNotLoaded() {
  return html`<div class="notice" role="alert" part="notice">
    <p>
      ${msg('Some parts of the checklist could not be loaded: progress by behaviour, and Save, share or print. Your answers are still saved in this browser. Reload the page to try again.', {
        desc: 'Shown when the file with progress by behaviour, the Save, share or print section and the other parts beyond the practices fails to load (for example a network error).',
      })}
    </p>
  </div>`;
}
