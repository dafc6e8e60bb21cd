/** The element class and its public types, without defining the tag. */
export { CollabChecklist } from './components/collab-checklist/collab-checklist.js';
export { COLLAB_CHANGE } from './controller/events.js';
export type { CollabChangeDetail, ReplaceDetail, ResetDetail, ResponseChangeDetail, ReviewDetail } from './controller/events.js';
export type { ChecklistScore, BehaviourTally, Tally, PracticeResponse, Framework, FrameworkInput } from './core/index.js';
export { STORAGE_PREFIX } from './storage/progress-storage.js';
export { VERSION } from './version.js';
