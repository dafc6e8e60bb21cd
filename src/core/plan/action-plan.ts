import type { Framework } from '../framework/framework-schema.js';
import { isInPlace } from '../practices.js';
import type { PracticeResponse } from '../progress/response.js';
import type { Suggestion } from '../tailoring/tailoring.js';
import { hasNextStep } from './next-step.js';

export { hasNextStep } from './next-step.js';

/**
 * An action's status in the board's log: Done once its practice is in
 * place, Overdue when its By when is before today and it is not done,
 * otherwise Not yet.
 */
export type ActionStatus = 'not-yet' | 'done' | 'overdue';

export interface PlanItem {
  readonly practiceId: string;
  readonly behaviourId: string;
  readonly status: ActionStatus;
  readonly owner?: string;
  /** Its "By when", `YYYY-MM-DD`. */
  readonly due?: string;
  /** Why the widget suggests it: only on steps nobody has written. */
  readonly suggested?: Suggestion['reason'];
}

export interface ActionPlan {
  /** Agreed: a Who or a By when is given. Open ones first, dated before undated, earliest first; then the done ones. */
  readonly agreed: readonly PlanItem[];
  /** For the meeting to agree: a note with no Who or By when (framework order), then the suggestions (in their order). */
  readonly toAgree: readonly PlanItem[];
  /** Practices not yet in place and not set aside that neither list holds: counted, not listed. */
  readonly unlisted: number;
}

/** `today` is the person's calendar date, `YYYY-MM-DD` (localDate): the caller's, so this stays pure. */
export function actionStatus(response: PracticeResponse | undefined, scale: Framework['ratingScale'], today: string): ActionStatus {
  if (isInPlace(response, scale)) return 'done';
  // YYYY-MM-DD compares as text in date order.
  return response?.due && response.due < today ? 'overdue' : 'not-yet';
}

/**
 * The one plan that the screen, Print and Print a plan all show. A
 * practice set aside (not applicable) has nothing to do, so it is never
 * listed, whatever was written on it; the full record still shows it.
 */
export function actionPlan(
  framework: Framework,
  responses: ReadonlyMap<string, PracticeResponse>,
  suggestions: readonly Suggestion[],
  today: string,
): ActionPlan {
  const scale = framework.ratingScale;
  const agreed: PlanItem[] = [];
  const written: PlanItem[] = [];
  const openIds = new Set<string>();
  let notYet = 0;
  for (const behaviour of framework.behaviours) {
    for (const practice of behaviour.practices) {
      const response = responses.get(practice.id);
      if (response?.notApplicable) continue;
      const status = actionStatus(response, scale, today);
      if (status !== 'done') {
        notYet += 1;
        openIds.add(practice.id);
      }
      if (!hasNextStep(response, scale)) continue;
      const { owner, due } = response!;
      const item: PlanItem = { practiceId: practice.id, behaviourId: behaviour.id, status, ...(owner ? { owner } : {}), ...(due ? { due } : {}) };
      (owner || due ? agreed : written).push(item);
    }
  }
  const listed = new Set([...agreed, ...written].map((item) => item.practiceId));
  // Only a practice still open, not already listed, and each once, whatever list is passed in.
  const suggested = suggestions
    .filter((suggestion, index) => openIds.has(suggestion.practiceId) && !listed.has(suggestion.practiceId) && suggestions.findIndex((each) => each.practiceId === suggestion.practiceId) === index)
    .map((suggestion): PlanItem => ({ practiceId: suggestion.practiceId, behaviourId: suggestion.behaviourId, status: 'not-yet', suggested: suggestion.reason }));
  const toAgree = [...written, ...suggested];
  const openAgreed = agreed.filter((item) => item.status !== 'done').length;
  return { agreed: agreed.sort(byDoneThenDate), toAgree, unlisted: notYet - openAgreed - toAgree.length };
}

/** Open before done, dated before undated, earliest first; a stable sort keeps framework order for the rest. */
function byDoneThenDate(a: PlanItem, b: PlanItem): number {
  const done = Number(a.status === 'done') - Number(b.status === 'done');
  if (done) return done;
  if (a.due && b.due) return a.due < b.due ? -1 : a.due > b.due ? 1 : 0;
  return a.due ? -1 : b.due ? 1 : 0;
}
