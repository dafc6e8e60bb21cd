import { isAnswered } from '../answered.js';
import type { Framework, RatingLevel } from '../framework/framework-schema.js';
import type { BehaviourReview } from '../progress/progress-record.js';
import type { PracticeResponse } from '../progress/response.js';

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
}

export interface PracticeComparison {
  readonly practiceId: string;
  /** One answer per person, in the order the people were given. */
  readonly answers: readonly ComparedAnswer[];
  readonly counts: AnswerCounts;
  /** Not everyone gave the same answer: the practice is on the discussion list. */
  readonly differs: boolean;
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
      const answers = people.map((person) =>
        comparedAnswer(person.responses.get(practice.id), framework.ratingScale, person.reviews?.get(behaviour.id)?.reviewed ?? false),
      );
      return { practiceId: practice.id, answers, counts: countOf(answers), differs: new Set(answers).size > 1 };
    });
    return { behaviourId: behaviour.id, counts: sumOf(practices.map((practice) => practice.counts)), practices };
  });
  const disagreements = behaviours.flatMap((behaviour) => behaviour.practices.filter((practice) => practice.differs).map((practice) => practice.practiceId));
  return { names: people.map((person) => person.name), behaviours, disagreements };
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
