/**
 * Defines `<collab-checklist>`. Safe to load more than once: a second copy
 * leaves the first definition in place and warns if the versions differ.
 */
import { CollabChecklist } from './components/collab-checklist/collab-checklist.js';

export * from './index.js';

const TAG = 'collab-checklist';
const existing = customElements.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
if (!existing) {
  customElements.define(TAG, CollabChecklist);
} else if (existing.version !== CollabChecklist.version) {
  console.warn(
    `<${TAG}> ${existing.version ?? '(unknown version)'} is already defined on this page, so version ${CollabChecklist.version} was not loaded. Load one copy of the script.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: CollabChecklist;
  }
}
