import type { Framework, Practice, RatingLevel } from './framework/framework-schema.js';
import type { BehaviourReview, ProgressRecord } from './progress/progress-record.js';
import type { PracticeResponse } from './progress/response.js';

/**
 * Where a person has got to, as distinct from what is in place: an unticked
 * box means "not in place" only once someone has said so.
 *
 * - `not-started`: nothing in the behaviour answered;
 * - `in-progress`: something answered, not everything;
 * - `completed`: every practice answered, by a tick, a not-applicable mark,
 *   or "None of the others are in place yet" (the review mark), which
 *   answers every practice left unticked with "Not yet".
 */
export type BehaviourStatus = 'not-started' | 'in-progress' | 'completed';

export interface AnsweredCount {
  readonly answered: number;
  readonly total: number;
}

export interface BehaviourProgress extends AnsweredCount {
  readonly behaviourId: string;
  readonly status: BehaviourStatus;
  /** The person said none of the practices left unticked are in place yet. */
  readonly reviewed: boolean;
}

export interface ChecklistProgress {
  readonly overall: AnsweredCount;
  /** In framework order. */
  readonly behaviours: readonly BehaviourProgress[];
}

type Responses = ReadonlyMap<string, PracticeResponse>;

/**
 * A practice is answered once it is ticked (any level above the lowest) or
 * marked not applicable. On a scale of three or more levels each practice is
 * a group of radio buttons, so choosing even the lowest is an answer. A note
 * alone is not: typing one first saves the lowest level, which the record
 * cannot tell from choosing it, so a response at the lowest level with a
 * note counts only once a level or not applicable is set (the trade-off:
 * "Not yet" chosen, then a note written, counts once the behaviour is
 * reviewed). In a reviewed behaviour every practice is answered.
 */
export function isAnswered(response: PracticeResponse | undefined, scale: readonly RatingLevel[]): boolean {
  if (!response) return false;
  return response.notApplicable || response.level !== scale[0].id || (scale.length > 2 && !/\S/.test(response.note));
}

export function checklistProgress(framework: Framework, responses: Responses, reviews: ReadonlyMap<string, BehaviourReview> = NONE): ChecklistProgress {
  const behaviours = framework.behaviours.map((behaviour) => {
    const reviewed = reviews.get(behaviour.id)?.reviewed ?? false;
    const answered = reviewed ? behaviour.practices.length : countAnswered(behaviour.practices, responses, framework.ratingScale);
    const total = behaviour.practices.length;
    const status: BehaviourStatus = answered === total ? 'completed' : answered > 0 ? 'in-progress' : 'not-started';
    return { behaviourId: behaviour.id, status, reviewed, answered, total };
  });
  const sum = (pick: (progress: BehaviourProgress) => number) => behaviours.reduce((total, progress) => total + pick(progress), 0);
  return { overall: { answered: sum((progress) => progress.answered), total: sum((progress) => progress.total) }, behaviours };
}

const NONE: ReadonlyMap<string, BehaviourReview> = new Map();

function countAnswered(practices: readonly Practice[], responses: Responses, scale: readonly RatingLevel[]): number {
  return practices.filter((practice) => isAnswered(responses.get(practice.id), scale)).length;
}

/**
 * Where "Continue where you left off" goes: the first practice, in
 * framework order, that nothing answers yet; nothing once every behaviour is
 * completed.
 */
export function firstUnanswered(framework: Framework, responses: Responses, reviews: ReadonlyMap<string, BehaviourReview> = NONE): Practice | undefined {
  for (const behaviour of framework.behaviours) {
    if (reviews.get(behaviour.id)?.reviewed) continue;
    const practice = behaviour.practices.find((each) => !isAnswered(responses.get(each.id), framework.ratingScale));
    if (practice) return practice;
  }
  return undefined;
}

/** A practice the review mark answers: left unticked in a behaviour whose person said none of the others are in place yet. */
export function isNotYetByReview(response: PracticeResponse | undefined, scale: readonly RatingLevel[], reviewed: boolean): boolean {
  return reviewed && !isAnswered(response, scale);
}

/** When anything was last changed, for "Continue where you left off"; nothing before any change. */
export function lastChangedAt(record: ProgressRecord): string | undefined {
  const times = [...record.responses.values(), ...(record.reviews?.values() ?? []), ...(record.profile ? [record.profile] : [])].map(({ changedAt }) => changedAt);
  return times.length === 0 ? undefined : times.reduce((latest, time) => (time > latest ? time : latest));
}
