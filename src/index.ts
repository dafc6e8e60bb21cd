/** The element class and its public types, without defining the tag. */
export { CollabChecklist } from './element/collab-checklist.js';
export { COLLAB_CHANGE } from './controllers/events.js';
// Every type a host can meet through the element's API: its properties, the
// `collab-change` detail and everything inside them.
export type { CollabChangeDetail, ProfileDetail, ReplaceDetail, ResetDetail, ResponseChangeDetail, ReviewDetail } from './controllers/events.js';
export type {
  Behaviour,
  BehaviourTally,
  ChecklistScore,
  Framework,
  FrameworkInput,
  FrameworkSource,
  OrganisationProfile,
  OrganisationSize,
  PartnershipRole,
  Practice,
  PracticeResponse,
  RatingLevel,
  Tally,
} from './core/index.js';
export { STORAGE_PREFIX } from './storage/progress-storage.js';
export { VERSION } from './version.js';
