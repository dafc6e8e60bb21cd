import { waitUntil as waitUntilWithin } from '@open-wc/testing';

/**
 * Waits until `predicate` holds, as @open-wc/testing's waitUntil, but gives up
 * only after 20 s: a guard against a hang, not a speed target, since a busy
 * 2-core machine can take seconds to render a widget in a frame. (Kept apart
 * from helpers.ts, which defines the element, for tests of the built bundle.)
 */
export function waitUntil(predicate: () => unknown, message: string): Promise<void> {
  return waitUntilWithin(predicate, message, { timeout: 20_000 });
}
