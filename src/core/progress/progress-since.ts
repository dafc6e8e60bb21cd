import type { Framework } from '../framework/framework-schema.js';
import { scoreChecklist, type ChecklistScore } from '../scoring.js';
import type { Snapshot } from './snapshot.js';

/** Scores then and now, per behaviour and overall, for "change since" a snapshot. */
export interface ProgressSince {
  readonly snapshot: Snapshot;
  readonly then: ChecklistScore;
  readonly now: ChecklistScore;
}

/**
 * Scores the snapshot's answers with the same scoring and the same
 * tailoring (`optional`) as `now`, the current score (the checklist has it
 * already), so the difference is what changed in the answers, not in the
 * rules.
 */
export function progressSince(framework: Framework, snapshot: Snapshot, now: ChecklistScore, optional?: ReadonlySet<string>): ProgressSince {
  return { snapshot, then: scoreChecklist(framework, snapshot.answers, optional), now };
}
