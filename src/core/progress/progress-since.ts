import type { Framework } from '../framework/framework-schema.js';
import { isInPlace } from '../practices.js';
import { scoreChecklist, type ChecklistScore } from '../scoring.js';
import type { Snapshot, SnapshotAnswer } from './snapshot.js';

/**
 * The practices of one behaviour whose answer changed since a snapshot, by
 * id in framework order. A practice is in at most one list: one marked not
 * applicable since is newly not applicable, even if it was in place then,
 * since that is what it is now and why it left the score.
 */
export interface BehaviourChange {
  readonly behaviourId: string;
  /** In place now, not then. */
  readonly newlyInPlace: readonly string[];
  /** In place then; now neither in place nor not applicable. */
  readonly noLongerInPlace: readonly string[];
  /** Not applicable now, not then. */
  readonly newlyNotApplicable: readonly string[];
}

/** Scores then and now, per behaviour and overall, and what changed, for "change since" a snapshot. */
export interface ProgressSince {
  readonly snapshot: Snapshot;
  readonly then: ChecklistScore;
  readonly now: ChecklistScore;
  /** One per behaviour, in framework order: the practices behind "Then 33%, now 33%". */
  readonly changes: readonly BehaviourChange[];
}

type Answers = ReadonlyMap<string, SnapshotAnswer>;

/**
 * Scores the snapshot's answers with the same scoring and the same
 * tailoring (`optional`) as `now`, the current score (the checklist has it
 * already), so the difference is what changed in the answers, not in the
 * rules; `answers` are today's, for the practices that changed.
 */
export function progressSince(framework: Framework, snapshot: Snapshot, now: ChecklistScore, answers: Answers, optional?: ReadonlySet<string>): ProgressSince {
  return { snapshot, then: scoreChecklist(framework, snapshot.answers, optional), now, changes: changesSince(framework, snapshot.answers, answers) };
}

/** Per behaviour, the practices newly in place, no longer in place and newly not applicable between `then` and `now`. */
export function changesSince(framework: Framework, then: Answers, now: Answers): BehaviourChange[] {
  const scale = framework.ratingScale;
  const inPlace = (answers: Answers, id: string) => isInPlace(answers.get(id), scale);
  const notApplicable = (answers: Answers, id: string) => answers.get(id)?.notApplicable === true;
  return framework.behaviours.map((behaviour) => {
    const ids = behaviour.practices.map((practice) => practice.id);
    return {
      behaviourId: behaviour.id,
      newlyInPlace: ids.filter((id) => inPlace(now, id) && !inPlace(then, id)),
      noLongerInPlace: ids.filter((id) => inPlace(then, id) && !inPlace(now, id) && !notApplicable(now, id)),
      newlyNotApplicable: ids.filter((id) => notApplicable(now, id) && !notApplicable(then, id)),
    };
  });
}
