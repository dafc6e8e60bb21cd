import { msg } from '@lit/localize';
import { html } from 'lit';
import { NAME_MAX_LENGTH } from '../../../core/index.js';

/**
 * "Your name (optional)": goes in the files the person exports, so that
 * colleagues comparing answers can tell whose file is whose. Saved when
 * the field is left, not on every key.
 */
export function yourNameField(name: string | undefined, setName: (name: string) => void) {
  return html`<div class="your-name">
    <label for="your-name" class="note-label">${msg('Your name (optional)', { desc: 'Label of a text field; the name goes in exported files.' })}</label>
    <p class="actions-hint" id="your-name-hint">
      ${msg('Goes in the files you export, so colleagues comparing them know whose is whose.', { desc: 'Hint below the "Your name (optional)" field.' })}
    </p>
    <input
      id="your-name"
      class="text-field"
      type="text"
      autocomplete="name"
      spellcheck="false"
      maxlength=${NAME_MAX_LENGTH}
      aria-describedby="your-name-hint"
      .value=${name ?? ''}
      @change=${(event: Event) => setName((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
