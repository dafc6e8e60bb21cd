import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';

export interface ConfirmDialogView {
  readonly id: string;
  readonly headingLevel: number;
  readonly title: string;
  readonly body: TemplateResult | string;
  readonly confirmLabel: string;
  readonly confirmStyle: 'primary' | 'warning';
  confirm(): void;
  cancel(event?: Event): void;
}

/**
 * Asks before anything is replaced or cleared. A native modal dialog traps
 * focus, closes on Escape and is announced with its title and body; focus
 * starts on Cancel, the safe choice.
 */
export function confirmDialog(view: ConfirmDialogView) {
  return html`
    <dialog
      class="dialog"
      id=${view.id}
      part="dialog"
      aria-labelledby="${view.id}-title"
      aria-describedby="${view.id}-body"
      @cancel=${view.cancel}
    >
      ${heading(view.headingLevel, view.title, { id: `${view.id}-title`, className: 'dialog-title' })}
      <div id="${view.id}-body" class="dialog-body">${view.body}</div>
      <div class="button-row">
        <button type="button" class="button button--${view.confirmStyle}" part="button" @click=${view.confirm}>${view.confirmLabel}</button>
        <button type="button" class="button button--secondary" part="button" autofocus @click=${view.cancel}>
          ${msg('Cancel', { desc: 'Closes a confirmation dialog without changing anything.' })}
        </button>
      </div>
    </dialog>
  `;
}
