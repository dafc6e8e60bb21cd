import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { StorageState } from '../../../storage/progress-storage.js';

/**
 * Says where progress is kept. Problems become an alert, so a person
 * learns at once that their work is not being saved, and why.
 */
export function storageNotice(state: StorageState) {
  if (state.kind === 'saving') {
    return html`<p class="saved-note" part="storage-status">${msg('Your progress is saved automatically in this browser.', { desc: 'Reassurance shown under the progress summary.' })}</p>`;
  }
  const { title, body } = problem(state);
  return html`<div class="notice" role="alert" part="storage-status">
    <p class="notice-title">${title}</p>
    <p>${body}</p>
  </div>`;
}

function problem(state: Exclude<StorageState, { kind: 'saving' }>): { title: string; body: string } {
  const notSaved = msg('Your progress is not being saved', { desc: 'Title of a warning shown when changes cannot be saved.' });
  switch (state.kind) {
    case 'unavailable':
      return {
        title: notSaved,
        body: msg('This browser is not letting the page store data (storage may be turned off or full). You can keep working, but your changes will be lost when you close or reload this page.', { desc: 'Warning when browser storage is disabled or full.' }),
      };
    case 'full':
      return {
        title: notSaved,
        body: msg('This browser’s storage for this website is full, so your latest changes could not be saved. They are still on this page: use Export to keep a copy, then free some space (for example by clearing other sites’ data) and reload.', { desc: 'Warning when the browser storage quota is exceeded.' }),
      };
    case 'not-kept':
      return {
        title: notSaved,
        body: msg('This browser accepted your latest change but did not keep it, so your changes will be lost when you close or reload this page. Use Export to keep a copy.', { desc: 'Warning when storage says it saved but reading back shows nothing was kept.' }),
      };
    case 'newer-version':
      return {
        title: notSaved,
        body: msg('Progress saved in this browser by a newer version of this checklist has been left as it is. Changes you make on this page will not be saved.', { desc: 'Warning when saved data was written by a newer version of the widget.' }),
      };
    case 'unreadable-kept':
      return {
        title: notSaved,
        body: msg('Your saved progress could not be read, so it has been left untouched. Changes you make on this page will not be saved.', { desc: 'Warning when saved data is damaged and could not be copied aside.' }),
      };
    case 'recovered':
      return {
        title: msg('Your saved progress could not be read', { desc: 'Title of a notice shown when saved data was damaged.' }),
        body: msg(str`The checklist has started again. A copy of the unreadable data has been kept in this browser under the name "${state.backupKey}". New changes are saved as usual.`, { desc: 'Notice when saved data was damaged; the value is the storage key of the kept copy.' }),
      };
  }
}
