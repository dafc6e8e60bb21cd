import { msg } from '@lit/localize';
import { html } from 'lit';

/** Shown while a framework file is fetched. */
export function loadingStatus() {
  return html`<p class="loading" role="status" part="base" aria-busy="true">
    ${msg('Loading the checklist…', { desc: 'Shown while the checklist’s framework file is downloaded.' })}
  </p>`;
}
