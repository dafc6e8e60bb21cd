/**
 * `<collab-checklist>` in React 19's JSX: `import type {} from
 * 'collab-checklist/react'` once in an app. Attributes are written as in
 * HTML (`storage-key`), `framework` is set as a property, and the event is
 * `oncollab-change` (React 19 never calls `onCollabChange`). The props come
 * from custom-elements.json (./jsx.d.ts, generated at build).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CollabChecklist } from '../collab-checklist.js';
import type { CollabChecklistProps } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'collab-checklist': DetailedHTMLProps<HTMLAttributes<CollabChecklist>, CollabChecklist> & CollabChecklistProps;
    }
  }
}
