import { msg } from '@lit/localize';
import { html } from 'lit';
import { confirmDialog } from './confirm-dialog.js';
import type { RenderContext } from '../../shared/render-context.js';

export function resetDialog({ headingLevel }: RenderContext, actions: { confirm(): void; cancel(event?: Event): void }) {
  return confirmDialog({
    id: 'reset-dialog',
    headingLevel,
    title: msg('Clear all progress?', { desc: 'Title of the dialog that confirms Reset.' }),
    body: html`<p>
      ${msg('This removes every tick, “not applicable” mark and note saved for this checklist in this browser.', { desc: 'Explains what Reset clears.' })}
    </p>`,
    confirmLabel: msg('Yes, clear everything', { desc: 'Confirms Reset.' }),
    confirmStyle: 'warning',
    ...actions,
  });
}
