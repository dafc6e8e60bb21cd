import { msg } from '@lit/localize';
import { html } from 'lit';
import { heading } from './heading.js';

export interface ResetDialogActions {
  confirm(): void;
  cancel(): void;
}

/**
 * Asks before clearing anything. A native modal dialog traps focus,
 * closes on Escape and gives focus back to the Reset button.
 */
export function resetDialog(headingLevel: number, actions: ResetDialogActions) {
  return html`
    <dialog class="dialog" part="reset-dialog" aria-labelledby="reset-title" aria-describedby="reset-body" @cancel=${actions.cancel}>
      ${heading(headingLevel, msg('Clear all progress?', { desc: 'Title of the dialog that confirms Reset.' }), { id: 'reset-title', className: 'dialog-title' })}
      <p id="reset-body">
        ${msg('This removes every tick, “not applicable” mark and note saved for this checklist in this browser.', { desc: 'Explains what Reset clears.' })}
      </p>
      <div class="button-row">
        <button type="button" class="button button--warning" part="button" @click=${actions.confirm}>
          ${msg('Yes, clear everything', { desc: 'Confirms Reset.' })}
        </button>
        <button type="button" class="button button--secondary" part="button" autofocus @click=${actions.cancel}>
          ${msg('Cancel', { desc: 'Closes the Reset dialog without clearing anything.' })}
        </button>
      </div>
    </dialog>
  `;
}
