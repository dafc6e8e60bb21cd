import type { RatingLevel } from '../framework/framework-schema.js';
import { isInPlace } from '../practices.js';
import type { PracticeResponse } from '../progress/response.js';

/**
 * A next step has been written down: a "Who" or a "By when" whatever the
 * practice's status (a practice in place may still have something to do),
 * or a note on a practice not yet in place and not set aside (a note on a
 * practice in place, or not applicable, is usually evidence or a reason,
 * not a step). Its own file so that suggestions (tailoring) can leave such
 * practices out without importing the plan, which imports suggestions.
 */
export function hasNextStep(response: PracticeResponse | undefined, scale: readonly RatingLevel[]): boolean {
  if (!response) return false;
  if (response.owner || response.due) return true;
  return /\S/.test(response.note) && !response.notApplicable && !isInPlace(response, scale);
}
