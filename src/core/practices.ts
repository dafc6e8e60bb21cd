import type { Framework, Practice, RatingLevel } from './framework/framework-schema.js';
import type { PracticeResponse } from './progress/response.js';

/** Every practice of a framework, in its order. */
export function allPractices(framework: Pick<Framework, 'behaviours'>): readonly Practice[] {
  return framework.behaviours.flatMap((behaviour) => behaviour.practices);
}

/** The level that means "in place": the last of the scale (the framework parser checks its weight is 1). */
export function topLevel(scale: readonly RatingLevel[]): RatingLevel {
  return scale[scale.length - 1];
}

/** At the top of the scale and not marked not applicable. */
export function isInPlace(response: Pick<PracticeResponse, 'level' | 'notApplicable'> | undefined, scale: readonly RatingLevel[]): boolean {
  return response !== undefined && !response.notApplicable && response.level === topLevel(scale).id;
}
