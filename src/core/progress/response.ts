import type { RatingLevel } from '../framework/framework-schema.js';

/** What a person has said about one practice. */
export interface PracticeResponse {
  /** Id of a level on the framework's rating scale. */
  readonly level: string;
  /** Not-applicable practices leave every score's denominator. */
  readonly notApplicable: boolean;
  /** Free text: next steps, evidence, who is responsible. Always rendered as text. */
  readonly note: string;
  /** When this response last changed (ISO 8601, UTC); the newer response wins when records merge. */
  readonly changedAt: string;
}

/** A change a person makes to one practice. */
export type ResponseChange =
  | { readonly level: string }
  | { readonly notApplicable: boolean }
  | { readonly note: string };

/**
 * Applies one change. "In place" (any level above the lowest) and
 * "not applicable" exclude each other, so choosing one clears the other:
 * a practice is either assessed or set aside, never both.
 */
export function applyChange(
  previous: PracticeResponse | undefined,
  change: ResponseChange,
  scale: readonly RatingLevel[],
  changedAt: string,
): PracticeResponse {
  const lowest = scale[0].id;
  const base = previous ?? { level: lowest, notApplicable: false, note: '', changedAt };
  if ('level' in change) {
    return { ...base, level: change.level, notApplicable: change.level === lowest ? base.notApplicable : false, changedAt };
  }
  if ('notApplicable' in change) {
    return { ...base, notApplicable: change.notApplicable, level: change.notApplicable ? lowest : base.level, changedAt };
  }
  return { ...base, note: change.note, changedAt };
}
