/** Annual income bands of the UK Civil Society Almanac. */
export const ORGANISATION_SIZES = ['micro', 'small', 'medium', 'large', 'major', 'super-major'] as const;
/** How an organisation usually takes part in partnerships. */
export const PARTNERSHIP_ROLES = ['leads', 'joins', 'both', 'not-yet'] as const;

export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];

/** Longest name kept for whoever filled in the checklist: a name, not a note. */
export const NAME_MAX_LENGTH = 100;

/**
 * `name` cut to NAME_MAX_LENGTH, never through the middle of a character
 * written as two UTF-16 units (an emoji). Cut rather than refused, so that
 * a longer name in a file, or one written by a later version, never costs
 * the answers that come with it.
 */
export function cutName(name: string): string {
  if (name.length <= NAME_MAX_LENGTH) return name;
  const cut = name.slice(0, NAME_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A name as it is kept once typed (Your name, Organisation name, Who, a snapshot's name): trimmed, then cut. */
export function keptName(name: string): string {
  return cutName(name.trim());
}

/** "About your organisation": optional, and each answer on its own. */
export interface OrganisationProfile {
  readonly size?: OrganisationSize;
  readonly role?: PartnershipRole;
  /**
   * Who filled in the checklist, as they wrote it: it goes in export files,
   * so that colleagues comparing answers can tell whose they are.
   */
  readonly filledInBy?: string;
  /** The organisation's name, as written: printed at the top of the printout and action plan. */
  readonly organisation?: string;
  /** When the profile last changed; the newer profile wins when records merge. */
  readonly changedAt: string;
}

/** Answers to change: a key set to `undefined` takes that answer back; keys left out stay as they were. */
export type ProfileChange = Partial<Omit<OrganisationProfile, 'changedAt'>>;

/** The profile after `change`, stamped `changedAt`; a blank name is no name. */
export function changeProfile(profile: OrganisationProfile | undefined, change: ProfileChange, changedAt: string): OrganisationProfile {
  const merged: Record<string, unknown> = { ...profile, ...change, changedAt };
  for (const name of ['filledInBy', 'organisation'] as const) {
    if (typeof merged[name] === 'string') merged[name] = keptName(merged[name]);
  }
  // Only answers given are kept, so the record and export file hold no empty fields.
  for (const key of Object.keys(merged)) if (merged[key] === undefined || merged[key] === '') delete merged[key];
  return merged as unknown as OrganisationProfile;
}

/**
 * Who the tailoring speaks to. The framework says its behaviours "should be
 * tailored to the size of the charity and the role it plays in
 * partnerships": size decides first (it is about money), then role.
 * - less-power: micro or small; or a usual joiner, or not yet in
 *   partnerships, unless large or bigger.
 * - more-power: large or bigger; or a usual lead, unless micro or small.
 * - everyone: no profile, or medium organisations that both lead and join.
 */
export type Audience = 'less-power' | 'more-power' | 'everyone';

export function audienceOf(profile: OrganisationProfile | undefined): Audience {
  const size = profile?.size;
  const role = profile?.role;
  const small = size === 'micro' || size === 'small';
  const large = size === 'large' || size === 'major' || size === 'super-major';
  if (small) return 'less-power';
  if (large) return 'more-power';
  if (role === 'joins' || role === 'not-yet') return 'less-power';
  if (role === 'leads') return 'more-power';
  return 'everyone';
}
