import type { Framework, Practice, RatingLevel } from './framework/framework-schema.js';
import type { BehaviourReview, ProgressRecord } from './progress/progress-record.js';
import type { PracticeResponse } from './progress/response.js';

/**
 * Where a person has got to, as distinct from what is in place: an unticked
 * box means "not in place" only once someone has looked at it.
 *
 * - `not-started`: nothing in the behaviour answered and not reviewed;
 * - `in-progress`: something answered, not yet reviewed;
 * - `reviewed`: the person said they have been through it, so every
 *   practice left unticked is a considered "not in place".
 */
export type BehaviourStatus = 'not-started' | 'in-progress' | 'reviewed';

export interface AnsweredCount {
  readonly answered: number;
  readonly total: number;
}

export interface BehaviourProgress extends AnsweredCount {
  readonly behaviourId: string;
  readonly status: BehaviourStatus;
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
    const status: BehaviourStatus = reviewed ? 'reviewed' : answered > 0 ? 'in-progress' : 'not-started';
    return { behaviourId: behaviour.id, status, answered, total: behaviour.practices.length };
  });
  const sum = (pick: (progress: BehaviourProgress) => number) => behaviours.reduce((total, progress) => total + pick(progress), 0);
  return { overall: { answered: sum((progress) => progress.answered), total: sum((progress) => progress.total) }, behaviours };
}

const NONE: ReadonlyMap<string, BehaviourReview> = new Map();

function countAnswered(practices: readonly Practice[], responses: Responses, scale: readonly RatingLevel[]): number {
  return practices.filter((practice) => isAnswered(responses.get(practice.id), scale)).length;
}

/** The practice changed last and when anything was last changed, for "Continue where you left off"; nothing before any change. */
export function lastChange(record: ProgressRecord): { readonly changedAt: string; readonly practiceId?: string } | undefined {
  let latest: { changedAt: string; practiceId?: string } | undefined;
  for (const [practiceId, { changedAt }] of record.responses) if (!latest || changedAt > latest.changedAt) latest = { changedAt, practiceId };
  const others = [...(record.reviews?.values() ?? []), ...(record.profile ? [record.profile] : [])];
  for (const { changedAt } of others) if (!latest || changedAt > latest.changedAt) latest = { ...latest, changedAt };
  return latest;
}
