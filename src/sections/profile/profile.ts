import { msg, str } from '@lit/localize';
import { html } from 'lit';
import {
  ORGANISATION_SIZES,
  PARTNERSHIP_ROLES,
  type Audience,
  type OrganisationProfile,
  type OrganisationSize,
  type PartnershipRole,
  type ProfileChange,
} from '../../core/index.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';

export interface ProfileFormActions {
  setProfile(answers: ProfileChange): void;
  toggle(open: boolean): void;
}

export function sizeLabel(size: OrganisationSize): string {
  switch (size) {
    case 'micro':
      return msg('Under £10,000 a year (micro)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
    case 'small':
      return msg('£10,000 to £100,000 (small)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
    case 'medium':
      return msg('£100,000 to £1 million (medium)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
    case 'large':
      return msg('£1 million to £10 million (large)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
    case 'major':
      return msg('£10 million to £100 million (major)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
    case 'super-major':
      return msg('Over £100 million (super-major)', { desc: 'Annual income band of the UK Civil Society Almanac.' });
  }
}

export function roleLabel(role: PartnershipRole): string {
  switch (role) {
    case 'leads':
      return msg('Leads partnerships', { desc: 'How an organisation usually takes part in partnerships.' });
    case 'joins':
      return msg('Joins partnerships led by others', { desc: 'How an organisation usually takes part in partnerships.' });
    case 'both':
      return msg('Both leads and joins', { desc: 'How an organisation usually takes part in partnerships.' });
    case 'not-yet':
      return msg('Is not yet in partnerships', { desc: 'How an organisation usually takes part in partnerships.' });
  }
}

export function audienceExplanation(audience: Audience): string {
  switch (audience) {
    case 'less-power':
      return msg('Good places to start are marked. Practices that mostly fall to organisations with more power or money are optional for you: they count towards your progress only once you have started them.', { desc: 'Explains the tailoring for smaller organisations and usual partners.' });
    case 'more-power':
      return msg('Practices that mostly fall to organisations with more power or money are marked as your responsibility.', { desc: 'Explains the tailoring for larger organisations and usual leads.' });
    case 'everyone':
      return msg('The checklist is shown as the framework wrote it. Tell us about your organisation to tailor it.', { desc: 'Explains that no tailoring applies.' });
  }
}

/**
 * "About your organisation": optional, skippable, editable later. Two
 * radio groups, each with a way to take the answer back. No radio starts
 * selected, "Prefer not to say" included (GOV.UK: never pre-select): a
 * person chooses, nothing is assumed. "Prefer not to say" is saved as no
 * answer, so after a reload neither shows (docs/decisions.md).
 */
export function profileForm({ headingLevel }: RenderContext, profile: OrganisationProfile | undefined, audience: Audience, open: boolean, actions: ProfileFormActions) {
  const notSaying = msg('Prefer not to say', { desc: 'Option that leaves a question about the organisation unanswered.' });
  const group = <T extends string>(name: string, legend: string, options: readonly T[], label: (option: T) => string, current: T | undefined, choose: (value: T | undefined) => void) => html`
    <fieldset class="profile-group">
      <legend class="profile-legend">${legend}</legend>
      ${[...options, undefined].map(
        (option) => html`<label class="level-option">
          <input
            type="radio"
            class="radio"
            name=${name}
            .checked=${option !== undefined && current === option}
            @change=${() => choose(option)}
          />
          <span>${option === undefined ? notSaying : label(option)}</span>
        </label>`,
      )}
    </fieldset>
  `;
  return html`
    <section class="profile" part="profile" aria-labelledby="profile-title">
      ${heading(headingLevel, msg('About your organisation (optional)', { desc: 'Heading of the optional questions about the organisation.' }), { id: 'profile-title', className: 'profile-title' })}
      <details ?open=${open} @toggle=${(event: Event) => actions.toggle((event.target as HTMLDetailsElement).open)}>
        <summary>${msg('Tailor the checklist to your organisation', { desc: 'Control that shows the optional questions about the organisation.' })}</summary>
        <p class="actions-hint">
          ${msg('The framework says its behaviours should be tailored to the size of the charity and the role it plays in partnerships. Answer these to tailor the checklist; you can skip them or change them at any time.', { desc: 'Introduces the optional questions about the organisation.' })}
        </p>
        <div class="profile-groups">
          ${group('profile-size', msg('Annual income', { desc: 'Question: the organisation’s annual income band.' }), ORGANISATION_SIZES, sizeLabel, profile?.size, (size) => actions.setProfile({ size }))}
          ${group('profile-role', msg('In partnerships, your organisation usually…', { desc: 'Question: how the organisation usually takes part in partnerships.' }), PARTNERSHIP_ROLES, roleLabel, profile?.role, (role) => actions.setProfile({ role }))}
        </div>
      </details>
      <p class="profile-effect">${audienceExplanation(audience)}</p>
    </section>
  `;
}

/** "About your organisation: £10,000 to £100,000 (small); joins partnerships led by others." */
export function aboutLine(profile: OrganisationProfile | undefined): string | undefined {
  const answers = [profile?.size && sizeLabel(profile.size), profile?.role && roleLabel(profile.role)].filter(Boolean).join('; ');
  if (!answers) return undefined;
  return msg(str`About your organisation: ${answers}.`, { desc: 'Printed line with the organisation’s answers, e.g. "About your organisation: £10,000 to £100,000 (small); Joins partnerships led by others."' });
}
