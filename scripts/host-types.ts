/**
 * Writes the types that React, Vue and Svelte tooling read for
 * `<collab-checklist>` in templates, into dist/types/hosts/, from
 * custom-elements.json (so they cannot disagree with the documented API), with
 * the kept generators: custom-element-jsx-integration,
 * custom-element-vuejs-integration and custom-element-svelte-integration.
 * Run by `npm run build` after the package's own types.
 *
 * The generators cover the element's attributes, properties and event. What
 * they leave out is added here, each with its reason:
 * - They wrap an event's manifest type in `CustomEvent<…>` and import only the
 *   element class, so the event is given to them as its detail type, imported
 *   inline.
 * - The JSX generator declares the props but leaves hooking them into JSX to
 *   the app; React 19's JSX lives in the `react` module, so we do it.
 * - Vue matches a template's attributes and listeners to a component's props
 *   in camelCase (`storage-key` to `storageKey`, `@collab-change` to
 *   `onCollabChange`), but the Vue generator writes them as the manifest
 *   spells them (`"storage-key"`, `"oncollab-change"`), which Vue never
 *   matches, so it would accept anything. It is given the attributes under
 *   their properties' names, and the event's name in camelCase.
 * - The Svelte generator's `svelteHTML` declaration sits in a module (it
 *   imports the element), where it augments nothing, and spells the event in
 *   Svelte 4's `on:` syntax; Svelte 5 listens with `oncollab-change`.
 */
import { readFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUTDIR = 'dist/types/hosts';
/** The package's own types, seen from OUTDIR. */
const PACKAGE_TYPES = '../collab-checklist.js';

interface ManifestEvent {
  name: string;
  type?: { text: string };
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const event of (declaration.events ?? []) as ManifestEvent[]) {
      const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
      if (detail) event.type = { text: `import("${PACKAGE_TYPES}").${detail}` };
    }
  }
}

/** The manifest as Vue's template type-checking spells props and listeners (see above). */
function inVueSpelling(copy: typeof manifest): typeof manifest {
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      for (const attribute of declaration.attributes ?? []) attribute.name = attribute.fieldName ?? attribute.name;
      for (const event of (declaration.events ?? []) as ManifestEvent[]) {
        event.name = event.name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
      }
    }
  }
  return copy;
}

mkdirSync(OUTDIR, { recursive: true });
const options = { outdir: OUTDIR, globalTypePath: PACKAGE_TYPES, hideLogs: true };
// Each generator may annotate the manifest it is given, so each gets its own copy.
generateJsxTypes(structuredClone(manifest), { ...options, fileName: 'react.d.ts' });
generateVuejsTypes(inVueSpelling(structuredClone(manifest)), { ...options, fileName: 'vue.d.ts' });
generateSvelteTypes(structuredClone(manifest), { ...options, fileName: 'svelte.d.ts' });

appendFileSync(
  `${OUTDIR}/react.d.ts`,
  `
// Added by scripts/host-types.ts: React 19 reads intrinsic elements from its own JSX namespace.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'collab-checklist': import('react').DetailedHTMLProps<import('react').HTMLAttributes<CollabChecklist>, CollabChecklist> &
        CollabChecklistProps;
    }
  }
}
`,
);
