/** The element class and its public types, without defining the tag. */
export { CollabChecklist } from './components/collab-checklist/collab-checklist.js';
export { COLLAB_CHANGE } from './controller/events.js';
// Every type a host can meet through the element's API: its properties, the
// `collab-change` detail and everything inside them.
export type { CollabChangeDetail, ProfileDetail, ReplaceDetail, ResetDetail, ResponseChangeDetail, ReviewDetail } from './controller/events.js';
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
