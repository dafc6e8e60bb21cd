import type { Practice } from '../framework/framework-schema.js';

/** A good first step for organisations with less power (the framework's own words). */
export const STARTING_POINT = 'starting-point';
/** Mostly falls to organisations with more power or money. */
export const NEEDS_POWER = 'needs-power';

export const hasTag = (practice: Practice, tag: string): boolean => practice.tags?.includes(tag) ?? false;
