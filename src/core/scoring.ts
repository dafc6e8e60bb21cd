import type { Framework, Practice } from './framework/framework-schema.js';
import type { PracticeResponse } from './progress/response.js';
import { allPractices } from './practices.js';

/** Counts and share for a set of practices. Every view of progress reads these. */
export interface Tally {
  /** Practices at the top of the rating scale ("in place"). */
  readonly inPlace: number;
  /** Practices that count: all minus not applicable. The denominator. */
  readonly applicable: number;
  readonly notApplicable: number;
  /** Optional practices (tailoring) not started, so left out of the count. */
  readonly optional: number;
  readonly total: number;
  /** Weighted share of applicable practices in place, 0 to 1 (0 when none apply). */
  readonly ratio: number;
  /** `ratio` as a whole percent, rounded down so that 100 means every applicable practice is in place. */
  readonly percent: number;
}

export interface BehaviourTally extends Tally {
  readonly behaviourId: string;
}

export interface ChecklistScore {
  readonly overall: Tally;
  /** In framework order. */
  readonly behaviours: readonly BehaviourTally[];
}

/** Only what scores need of each answer, so a snapshot's answers (without notes) score too. */
type Responses = ReadonlyMap<string, Pick<PracticeResponse, 'level' | 'notApplicable'>>;

/**
 * Scores a checklist. `optional` lists practices that count only once
 * started (tailoring for organisations with less power). With a two-level
 * scale the share is exactly
 * inPlace / applicable, so "41%" and "12 of 29 practices in place" agree.
 * Levels missing from the scale (a framework changed) count as the lowest.
 */
export function scoreChecklist(framework: Framework, responses: Responses, optional: ReadonlySet<string> = NONE): ChecklistScore {
  const weights = new Map(framework.ratingScale.map((level) => [level.id, level.weight]));
  const count = (practices: readonly Practice[]) => tally(practices, responses, weights, optional);
  const behaviours = framework.behaviours.map((behaviour) => ({ behaviourId: behaviour.id, ...count(behaviour.practices) }));
  return { overall: count(allPractices(framework)), behaviours };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * An optional practice (see tailoring) counts only once it is started
 * (weight above 0). On a two-level scale that means once it is in place, so
 * it can only add to a score; on a longer scale a partly-started optional
 * practice counts like any other partly-started one.
 */
function tally(practices: readonly Practice[], responses: Responses, weights: ReadonlyMap<string, number>, optional: ReadonlySet<string>): Tally {
  let inPlace = 0;
  let notApplicable = 0;
  let leftOut = 0;
  let weighted = 0;
  for (const practice of practices) {
    const response = responses.get(practice.id);
    if (response?.notApplicable) {
      notApplicable += 1;
      continue;
    }
    const weight = response ? (weights.get(response.level) ?? 0) : 0;
    if (weight === 0 && optional.has(practice.id)) {
      leftOut += 1;
      continue;
    }
    weighted += weight;
    if (weight === 1) inPlace += 1;
  }
  const total = practices.length;
  const applicable = total - notApplicable - leftOut;
  const ratio = applicable === 0 ? 0 : weighted / applicable;
  // The epsilon stops 0.58 * 100 = 57.999… from showing as 57; the cap stops
  // it lifting a level weighted just below 1 (say 0.999999999999) to 100.
  const floored = Math.floor(ratio * 100 + 1e-9);
  const percent = inPlace < applicable ? Math.min(floored, 99) : floored;
  return { inPlace, applicable, notApplicable, optional: leftOut, total, ratio, percent };
}
