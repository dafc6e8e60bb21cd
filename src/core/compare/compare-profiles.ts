import type { OrganisationProfile } from '../tailoring/profile.js';

/** The answers about the organisation a comparison lays side by side, in the order it lists them. */
export const PROFILE_QUESTIONS = ['organisation', 'size', 'role'] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];

export interface ProfileComparison {
  readonly question: ProfileQuestion;
  /** Each person's answer as saved (a size or role id, or the organisation's name), in the order they were given. */
  readonly answers: readonly (string | undefined)[];
  /**
   * Not everyone said the same, a blank included: people who describe the
   * organisation differently get differently tailored checklists and
   * scores, which the board should know before comparing them.
   */
  readonly differs: boolean;
}

/**
 * Each person's "About your organisation" side by side. Organisation names
 * are told apart as people read them: "Cymorth Cymru" and " cymorth  cymru"
 * are one name (case, spacing and Unicode form aside).
 */
export function compareProfiles(profiles: readonly (OrganisationProfile | undefined)[]): ProfileComparison[] {
  return PROFILE_QUESTIONS.map((question) => {
    const answers = profiles.map((profile) => profile?.[question]);
    const read = answers.map((answer) => (question === 'organisation' ? answer?.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim() : answer));
    return { question, answers, differs: new Set(read).size > 1 };
  });
}
