import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { StorageState } from '../../storage/progress-storage.js';

/**
 * Says where progress is kept. Problems become an alert, so a person
 * learns at once that their work is not being saved, and why.
 */
export function storageNotice(state: StorageState, downloadCopy: (backupKey: string) => void) {
  if (state.kind === 'saving') {
    return html`<p class="saved-note" part="storage-status">${msg('Your progress is saved automatically in this browser.', { desc: 'Reassurance shown under the progress summary.' })}</p>`;
  }
  if (state.kind === 'recovered') return recoveredNotice(state, downloadCopy);
  const { title, body } = problem(state);
  return html`<div class="notice" role="alert" part="storage-status">
    <p class="notice-title">${title}</p>
    <p>${body}</p>
  </div>`;
}

/** So many problems help nobody; the downloadable copy has all of the data. */
const MAX_PROBLEMS_SHOWN = 10;

/**
 * Saved data that could not be read as a whole: what was kept, what was
 * set aside (each with where it was), and the copy kept as it was saved,
 * offered as a download so nothing is out of the person's reach.
 */
function recoveredNotice(state: StorageState & { kind: 'recovered' }, downloadCopy: (backupKey: string) => void) {
  const { backupKey, kept, setAside } = state;
  const shown = setAside.slice(0, MAX_PROBLEMS_SHOWN);
  const more = setAside.length - shown.length;
  return html`<div class="notice" role="alert" part="storage-status">
    ${kept > 0
      ? html`<p class="notice-title">${msg('Some of your saved progress could not be read', { desc: 'Title of a notice shown when part of the saved data was damaged and the rest was kept.' })}</p>
          <p>${msg('Everything that could be read is shown below and saved as usual. This could not be read and was set aside:', { desc: 'Notice when part of the saved data was damaged; a list of what was set aside follows.' })}</p>
          <ul>
            ${shown.map((item) => html`<li>${item}</li>`)}
            ${more > 0 ? html`<li>${msg(str`…and ${more} more`, { desc: 'Last item of a shortened list of problems; the value is how many more there are.' })}</li>` : nothing}
          </ul>
          <p>${msg(str`A copy of the data as it was saved is kept in this browser under the name "${backupKey}".`, { desc: 'Notice when saved data was damaged; the value is the storage key of the kept copy.' })}</p>`
      : html`<p class="notice-title">${msg('Your saved progress could not be read', { desc: 'Title of a notice shown when saved data was damaged.' })}</p>
          <p>${msg(str`The checklist has started again. A copy of the unreadable data has been kept in this browser under the name "${backupKey}". New changes are saved as usual.`, { desc: 'Notice when saved data was damaged; the value is the storage key of the kept copy.' })}</p>`}
    <button type="button" class="button button--secondary" part="button" @click=${() => downloadCopy(backupKey)}>
      ${msg('Download the unreadable copy', { desc: 'Button in the notice about damaged saved data: saves the copy kept aside as a file.' })}
    </button>
  </div>`;
}

function problem(state: Exclude<StorageState, { kind: 'saving' | 'recovered' }>): { title: string; body: string } {
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
    case 'reserved-key':
      return {
        title: notSaved,
        body: msg('This checklist’s storage-key contains ":unreadable:", which is kept for copies of unreadable progress, so your changes will not be saved. The website’s owner can choose another storage-key.', { desc: 'Warning when the page gives the checklist a storage-key it cannot use; ":unreadable:" and storage-key stay as they are.' }),
      };
  }
}
