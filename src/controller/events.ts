import type { ChecklistScore, OrganisationProfile, PracticeResponse } from '../core/index.js';

/** `detail` of `collab-change` after a person changes one practice. */
export interface ResponseChangeDetail {
  readonly kind: 'response';
  readonly practiceId: string;
  readonly behaviourId: string;
  readonly response: PracticeResponse;
  readonly score: ChecklistScore;
}

/** `detail` of `collab-change` after a person confirms Reset. */
export interface ResetDetail {
  readonly kind: 'reset';
  readonly score: ChecklistScore;
}

/** `detail` of `collab-change` after a person imports a file or undoes a Reset: every response may have changed. */
export interface ReplaceDetail {
  readonly kind: 'import' | 'undo-reset';
  readonly score: ChecklistScore;
}

/** `detail` of `collab-change` after a person changes "About your organisation". */
export interface ProfileDetail {
  readonly kind: 'profile';
  readonly profile: OrganisationProfile;
  readonly score: ChecklistScore;
}

/** `detail` of `collab-change` after a person marks a behaviour reviewed, or unmarks it. */
export interface ReviewDetail {
  readonly kind: 'review';
  readonly behaviourId: string;
  readonly reviewed: boolean;
  readonly score: ChecklistScore;
}

export type CollabChangeDetail = ResponseChangeDetail | ResetDetail | ReplaceDetail | ProfileDetail | ReviewDetail;

export const COLLAB_CHANGE = 'collab-change';

declare global {
  interface HTMLElementEventMap {
    [COLLAB_CHANGE]: CustomEvent<CollabChangeDetail>;
  }
}
