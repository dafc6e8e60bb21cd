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

/**
 * The `collab-change` event. Its `detail` is a deep copy of `detail`, frozen:
 * listeners get the widget's numbers but cannot change what the widget holds
 * or shows by writing to them (a host listener setting
 * `score.overall.percent` once made the widget show 99%). The copy is made
 * when a listener first reads `detail`, not on every change: most pages
 * never listen, and copying took a tenth of a click's time. It cannot come
 * out different for being late, because the widget never changes a record
 * or score once made; it makes new ones.
 */
export function collabChangeEvent(detail: CollabChangeDetail): CustomEvent<CollabChangeDetail> {
  const event = new CustomEvent<CollabChangeDetail>(COLLAB_CHANGE, { bubbles: true, composed: true });
  let frozen: CollabChangeDetail | undefined;
  Object.defineProperty(event, 'detail', { get: () => (frozen ??= deepFreeze(structuredClone(detail))) });
  return event;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

declare global {
  interface HTMLElementEventMap {
    [COLLAB_CHANGE]: CustomEvent<CollabChangeDetail>;
  }
}
