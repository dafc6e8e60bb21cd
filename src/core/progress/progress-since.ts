import type { Framework } from '../framework/framework-schema.js';
import { scoreChecklist, type ChecklistScore } from '../scoring.js';
import type { PracticeResponse } from './response.js';
import type { Snapshot } from './snapshot.js';

/** Scores then and now, per behaviour and overall, for "change since" a snapshot. */
export interface ProgressSince {
  readonly snapshot: Snapshot;
  readonly then: ChecklistScore;
  readonly now: ChecklistScore;
}

/**
 * Scores the snapshot's answers and the current ones with the same scoring
 * and the same tailoring (`optional`), so the difference is what changed in
 * the answers, not in the rules.
 */
export function progressSince(
  framework: Framework,
  snapshot: Snapshot,
  responses: ReadonlyMap<string, PracticeResponse>,
  optional?: ReadonlySet<string>,
): ProgressSince {
  return { snapshot, then: scoreChecklist(framework, snapshot.answers, optional), now: scoreChecklist(framework, responses, optional) };
}
