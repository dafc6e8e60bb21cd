/**
 * Defines `<collab-checklist>` where there is a DOM. Safe to load more than
 * once: a second copy leaves the first definition in place and warns if the
 * versions differ. Safe to import in Node and during server rendering: there
 * is no `customElements` there, so nothing is defined and nothing throws.
 */
import { CollabChecklist } from './element/collab-checklist.js';

export * from './index.js';

const TAG = 'collab-checklist';
const registry = globalThis.customElements as CustomElementRegistry | undefined;
const existing = registry?.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
if (registry && !existing) {
  registry.define(TAG, CollabChecklist);
} else if (existing && existing.version !== CollabChecklist.version) {
  console.warn(
    `<${TAG}> ${existing.version ?? '(unknown version)'} is already defined on this page, so version ${CollabChecklist.version} was not loaded. Load one copy of the script.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: CollabChecklist;
  }
}
