import { msg } from '@lit/localize';
import { html } from 'lit';
import { fieldValue, keepShown } from '../../shared/directives/field-value.js';
import { NAME_MAX_LENGTH, type OrganisationProfile, type ProfileChange } from '../../core/index.js';

/**
 * "Your name (optional)" and "Organisation name (optional)": neither
 * changes the checklist; both go on what leaves the browser (export files,
 * the printout), so they sit with Export and Print rather than in the
 * folded "About your organisation", which tailors (docs/decisions.md).
 * Saved on every key, as a note is, and not rewritten while the person is
 * in the field (fieldValue).
 */
export function nameFields(profile: OrganisationProfile | undefined, setProfile: (change: ProfileChange) => void) {
  return html`${nameField(
    'your-name',
    msg('Your name (optional)', { desc: 'Label of a text field; the name goes in exported files.' }),
    msg('Goes in the files you export, so colleagues comparing them know whose is whose.', { desc: 'Hint below the "Your name (optional)" field.' }),
    'name',
    profile?.filledInBy,
    (filledInBy) => setProfile({ filledInBy }),
  )}
  ${nameField(
    'organisation-name',
    msg('Organisation name (optional)', { desc: 'Label of a text field; the organisation’s name is printed at the top of the printout and action plan.' }),
    msg('Printed at the top of the printout and the action plan, and kept in the files you export.', { desc: 'Hint below the "Organisation name (optional)" field.' }),
    'organization',
    profile?.organisation,
    (organisation) => setProfile({ organisation }),
  )}`;
}

function nameField(id: string, label: string, hint: string, autocomplete: string, value: string | undefined, save: (value: string) => void) {
  const saveShown = (event: Event) => save((event.target as HTMLInputElement).value);
  return html`<div class="your-name">
    <label for=${id} class="note-label">${label}</label>
    <p class="actions-hint" id="${id}-hint">${hint}</p>
    <input
      id=${id}
      class="text-field"
      type="text"
      autocomplete=${autocomplete}
      spellcheck="false"
      maxlength=${NAME_MAX_LENGTH}
      aria-describedby="${id}-hint"
      .value=${fieldValue(value ?? '')}
      @input=${saveShown}
      @blur=${keepShown(value, saveShown)}
    />
  </div>`;
}
