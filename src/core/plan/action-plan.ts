import type { Framework, RatingLevel } from '../framework/framework-schema.js';
import { isInPlace } from '../practices.js';
import type { PracticeResponse } from '../progress/response.js';
import type { Suggestion } from '../tailoring/tailoring.js';

/**
 * A next step has been written down: a "Who" or a "By when" whatever the
 * practice's status (a practice in place may still have something to do),
 * or a note on a practice not yet in place and not set aside (a note on a
 * practice in place, or not applicable, is usually evidence or a reason,
 * not a step).
 */
export function hasNextStep(response: PracticeResponse | undefined, scale: readonly RatingLevel[]): boolean {
  if (!response) return false;
  if (response.owner || response.due) return true;
  return /\S/.test(response.note) && !response.notApplicable && !isInPlace(response, scale);
}

export interface PlanItem {
  readonly practiceId: string;
  readonly behaviourId: string;
  /** Its "By when", if it has one: what the plan is ordered by. */
  readonly due?: string;
  /** Why it is in the plan without a next step written: the suggestion's reason. */
  readonly suggested?: Suggestion['reason'];
}

/**
 * The printed action plan: every practice with a next step written
 * (hasNextStep), and every suggested one. Those with a "By when" come
 * first, earliest first; then the rest in framework order (a sort that
 * keeps ties in framework order, so equal dates do too).
 */
export function actionPlan(framework: Framework, responses: ReadonlyMap<string, PracticeResponse>, suggestions: readonly Suggestion[]): PlanItem[] {
  const reasons = new Map(suggestions.map((suggestion) => [suggestion.practiceId, suggestion.reason]));
  const items = framework.behaviours.flatMap((behaviour) =>
    behaviour.practices
      .filter((practice) => hasNextStep(responses.get(practice.id), framework.ratingScale) || reasons.has(practice.id))
      .map((practice): PlanItem => {
        const due = responses.get(practice.id)?.due;
        const reason = reasons.get(practice.id);
        return { practiceId: practice.id, behaviourId: behaviour.id, ...(due ? { due } : {}), ...(reason ? { suggested: reason } : {}) };
      }),
  );
  // YYYY-MM-DD sorts as text in date order.
  return items.sort((a, b) => (a.due && b.due ? (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) : a.due ? -1 : b.due ? 1 : 0));
}
