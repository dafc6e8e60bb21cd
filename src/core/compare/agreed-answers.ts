import type { RatingLevel } from '../framework/framework-schema.js';
import type { PracticeResponse } from '../progress/response.js';
import type { ComparedAnswer, Comparison } from './compare-answers.js';

/** An answer a meeting takes as the organisation's: what this browser's checklist is set to. */
export interface TakenAnswer {
  readonly level: string;
  readonly notApplicable: boolean;
}

/**
 * What taking `answer` from a row of the comparison writes: the level of the
 * first person who gave it (on a scale of three or more levels "Not yet"
 * covers several), or the lowest level where they gave none (a reviewed
 * behaviour's unticked practice). Nothing for "Not answered": a blank is
 * not an answer to take.
 */
export function takenAnswer(answer: ComparedAnswer, answers: readonly ComparedAnswer[], responses: readonly (PracticeResponse | undefined)[], scale: readonly RatingLevel[]): TakenAnswer | undefined {
  if (answer === 'not-answered') return undefined;
  if (answer === 'not-applicable') return { level: scale[0].id, notApplicable: true };
  const level = responses[answers.indexOf(answer)]?.level;
  return { level: level !== undefined && scale.some((each) => each.id === level) ? level : scale[0].id, notApplicable: false };
}

/** Every practice the people all agree on, with the answer they agree on. */
export function answersAllAgreeOn(comparison: Comparison, scale: readonly RatingLevel[]): Map<string, TakenAnswer> {
  const taken = new Map<string, TakenAnswer>();
  for (const { practiceId, allAgree, answers, responses } of comparison.behaviours.flatMap((behaviour) => behaviour.practices)) {
    const answer = allAgree ? takenAnswer(answers[0], answers, responses, scale) : undefined;
    if (answer) taken.set(practiceId, answer);
  }
  return taken;
}

/** Whether `response` (this browser's) says what was taken. */
export function says(response: PracticeResponse | undefined, taken: TakenAnswer, scale: readonly RatingLevel[]): boolean {
  return (response?.notApplicable ?? false) === taken.notApplicable && (response?.level ?? scale[0].id) === taken.level;
}

/** This browser's response with the taken answer, stamped `changedAt`: its own note, Who and By when stay. */
export function withTakenAnswer(previous: PracticeResponse | undefined, taken: TakenAnswer, changedAt: string): PracticeResponse {
  return { ...(previous ?? { note: '' }), level: taken.level, notApplicable: taken.notApplicable, changedAt };
}

/**
 * Undo: the response as it was before a take, stamped `changedAt` so that
 * every tab takes it back too. Where there was none, a blank response (the
 * lowest level, nothing written), which on a two-level scale reads exactly
 * as no response: a response cannot be deleted, or another tab still
 * holding the taken answer would bring it back when records merge.
 */
export function restoredResponse(previous: PracticeResponse | undefined, scale: readonly RatingLevel[], changedAt: string): PracticeResponse {
  return { ...(previous ?? { level: scale[0].id, notApplicable: false, note: '' }), changedAt };
}
