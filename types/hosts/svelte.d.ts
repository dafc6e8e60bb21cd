/**
 * `<collab-checklist>` in Svelte 5 templates, for svelte-check:
 * `import type {} from 'collab-checklist/svelte'` once in an app. Svelte 5
 * writes attributes as in HTML (`storage-key`), sets `framework` as a
 * property, and listens with `oncollab-change`: the same props as JSX, from
 * custom-elements.json (./jsx.d.ts, generated at build).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CollabChecklist } from '../collab-checklist.js';
import type { CollabChecklistProps } from './jsx.js';

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      'collab-checklist': HTMLAttributes<CollabChecklist> & CollabChecklistProps;
    }
  }
}
