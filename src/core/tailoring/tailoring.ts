import type { Framework, Practice } from '../framework/framework-schema.js';
import type { PracticeResponse } from '../progress/response.js';
import { allPractices, isInPlace } from '../practices.js';
import { hasNextStep } from '../plan/next-step.js';
import type { ChecklistScore } from '../scoring.js';
import type { Audience } from './profile.js';
import { hasTag, NEEDS_POWER, STARTING_POINT } from './tags.js';

/** How a practice is presented to an audience. */
export type PracticeEmphasis =
  /** A good first step for an organisation with less power. */
  | 'starting-point'
  /** Falls mostly to organisations with more power or money: optional here, and not counted until started. */
  | 'optional'
  /** Falls to an organisation like this one: its responsibility. */
  | 'responsibility'
  | 'none';

export function emphasisOf(practice: Practice, audience: Audience): PracticeEmphasis {
  if (audience === 'less-power') {
    if (hasTag(practice, NEEDS_POWER)) return 'optional';
    if (hasTag(practice, STARTING_POINT)) return 'starting-point';
  }
  if (audience === 'more-power' && hasTag(practice, NEEDS_POWER)) return 'responsibility';
  return 'none';
}

/** Practices that count only once started, for this audience. Empty with no profile. */
export function optionalPractices(framework: Framework, audience: Audience): ReadonlySet<string> {
  return new Set(
    allPractices(framework)
      .filter((practice) => emphasisOf(practice, audience) === 'optional')
      .map((practice) => practice.id),
  );
}

export interface Suggestion {
  readonly practiceId: string;
  readonly behaviourId: string;
  /** Why it is suggested, for the explanation the person sees. */
  readonly reason: 'starting-point' | 'responsibility' | 'weakest-behaviour';
}

/**
 * A short list of next steps: practices not yet fully in place, not set
 * aside and with no next step written, never optional ones. Organisations with less power get the
 * framework's starting points first; organisations with more power the
 * practices that fall to them; then everyone gets practices from their
 * weakest behaviours (lowest score first, framework order breaking ties).
 */
export function suggestNextSteps(
  framework: Framework,
  responses: ReadonlyMap<string, PracticeResponse>,
  score: ChecklistScore,
  audience: Audience,
  count = 3,
): Suggestion[] {
  const ratioOf = new Map(score.behaviours.map((tally) => [tally.behaviourId, tally.applicable === 0 ? 1 : tally.ratio]));
  const behaviourOrder = framework.behaviours.map((behaviour, index) => ({ behaviour, index }));
  behaviourOrder.sort((a, b) => (ratioOf.get(a.behaviour.id) ?? 1) - (ratioOf.get(b.behaviour.id) ?? 1) || a.index - b.index);

  const candidates = behaviourOrder.flatMap(({ behaviour }) =>
    behaviour.practices
      .filter((practice) => {
        const response = responses.get(practice.id);
        // A practice with a next step written is in the plan already: suggesting it again says nothing new.
        return !response?.notApplicable && !isInPlace(response, framework.ratingScale) && !hasNextStep(response, framework.ratingScale) && emphasisOf(practice, audience) !== 'optional';
      })
      .map((practice) => ({ practice, behaviourId: behaviour.id })),
  );
  const favoured = audience === 'less-power' ? 'starting-point' : audience === 'more-power' ? 'responsibility' : undefined;
  const first = candidates.filter(({ practice }) => favoured && emphasisOf(practice, audience) === favoured);
  const rest = candidates.filter((candidate) => !first.includes(candidate));
  return [...first, ...rest].slice(0, count).map(({ practice, behaviourId }) => ({
    practiceId: practice.id,
    behaviourId,
    reason: first.some((each) => each.practice === practice) ? (favoured as 'starting-point' | 'responsibility') : 'weakest-behaviour',
  }));
}
