import { isAnswered } from '../answered.js';
import type { Framework, RatingLevel } from '../framework/framework-schema.js';
import type { BehaviourReview } from '../progress/progress-record.js';
import type { PracticeResponse } from '../progress/response.js';
import { scoreChecklist, type ChecklistScore } from '../scoring.js';
import { audienceOf, type OrganisationProfile } from '../tailoring/profile.js';
import { optionalPractices } from '../tailoring/tailoring.js';
import { compareProfiles, type ProfileComparison } from './compare-profiles.js';

/**
 * One person's answer to one practice, as the board sees it. `not-yet` is
 * any level below the top of the scale, once answered; `not-answered` is a
 * practice the person has not looked at (answered.ts), so a blank is never
 * read as a considered "not yet".
 */
export type ComparedAnswer = 'in-place' | 'not-yet' | 'not-applicable' | 'not-answered';

/** In the order every view and the spreadsheet list them. */
export const COMPARED_ANSWERS: readonly ComparedAnswer[] = ['in-place', 'not-yet', 'not-applicable', 'not-answered'];

export type AnswerCounts = Readonly<Record<ComparedAnswer, number>>;

/** One colleague's answers, as read from their export file. */
export interface ComparedPerson {
  /** The name in their file, else the file's name. */
  readonly name: string;
  readonly responses: ReadonlyMap<string, PracticeResponse>;
  readonly reviews?: ReadonlyMap<string, BehaviourReview>;
  /** Their "About your organisation": it decides which practices are optional in their score, as in their own checklist. */
  readonly profile?: OrganisationProfile;
}

export interface PracticeComparison {
  readonly practiceId: string;
  /** One answer per person, in the order the people were given. */
  readonly answers: readonly ComparedAnswer[];
  readonly counts: AnswerCounts;
  /** Not everyone gave the same answer: the practice is on the discussion list. */
  readonly differs: boolean;
  /**
   * Two or more people, every one of them answered, all alike: an answer the
   * meeting can take as agreed without discussing it. A blank is not
   * agreement, and one person alone agrees with no one.
   */
  readonly allAgree: boolean;
  /** Each person's response as written (level, note, Who, By when), in the order of `answers`. */
  readonly responses: readonly (PracticeResponse | undefined)[];
}

export interface BehaviourComparison {
  readonly behaviourId: string;
  /** Summed over the behaviour's practices: each practice adds one answer per person. */
  readonly counts: AnswerCounts;
  /** In framework order. */
  readonly practices: readonly PracticeComparison[];
}

export interface Comparison {
  readonly names: readonly string[];
  /** In framework order. */
  readonly behaviours: readonly BehaviourComparison[];
  /** Ids of the practices where answers differ, in framework order: the board's discussion list. */
  readonly disagreements: readonly string[];
  /** Each person's score, worked out as their own checklist works it out (scoring.ts, with their profile's optional practices). */
  readonly scores: readonly ChecklistScore[];
  /** How each person described the organisation, question by question. */
  readonly profiles: readonly ProfileComparison[];
}

/** What `response` says, read as the widget reads it: a reviewed behaviour makes every practice in it answered. */
export function comparedAnswer(response: PracticeResponse | undefined, scale: readonly RatingLevel[], reviewed: boolean): ComparedAnswer {
  if (response?.notApplicable) return 'not-applicable';
  if (!reviewed && !isAnswered(response, scale)) return 'not-answered';
  // Scoring counts a level the scale does not have as the lowest; so does this.
  const weight = scale.find((level) => level.id === response?.level)?.weight ?? 0;
  return weight === 1 ? 'in-place' : 'not-yet';
}

/**
 * Lays colleagues' answers side by side: per practice and per behaviour,
 * how many say each thing, and where they differ. "Not answered" counts as
 * an answer of its own when deciding whether answers differ: one person
 * ticking a practice another left blank is worth talking about. Pure: the
 * people's answers are only read.
 */
export function compareAnswers(framework: Framework, people: readonly ComparedPerson[]): Comparison {
  const behaviours = framework.behaviours.map((behaviour) => {
    const practices = behaviour.practices.map((practice) => {
      const responses = people.map((person) => person.responses.get(practice.id));
      const answers = people.map((person, index) =>
        comparedAnswer(responses[index], framework.ratingScale, person.reviews?.get(behaviour.id)?.reviewed ?? false),
      );
      const differs = new Set(answers).size > 1;
      const allAgree = people.length > 1 && !differs && answers[0] !== 'not-answered';
      return { practiceId: practice.id, answers, counts: countOf(answers), differs, allAgree, responses };
    });
    return { behaviourId: behaviour.id, counts: sumOf(practices.map((practice) => practice.counts)), practices };
  });
  const disagreements = behaviours.flatMap((behaviour) => behaviour.practices.filter((practice) => practice.differs).map((practice) => practice.practiceId));
  const scores = people.map((person) => scoreChecklist(framework, person.responses, optionalPractices(framework, audienceOf(person.profile))));
  return { names: people.map((person) => person.name), behaviours, disagreements, scores, profiles: compareProfiles(people.map((person) => person.profile)) };
}

const noAnswers = () => ({ 'in-place': 0, 'not-yet': 0, 'not-applicable': 0, 'not-answered': 0 });

function countOf(answers: readonly ComparedAnswer[]): AnswerCounts {
  const counts = noAnswers();
  for (const answer of answers) counts[answer] += 1;
  return counts;
}

function sumOf(all: readonly AnswerCounts[]): AnswerCounts {
  const sum = noAnswers();
  for (const counts of all) for (const answer of COMPARED_ANSWERS) sum[answer] += counts[answer];
  return sum;
}
