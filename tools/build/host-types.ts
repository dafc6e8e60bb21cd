// Build step (npm run types): writes React, Vue and Svelte template types into dist/types/hosts/.
/**
 * Writes the types that React, Vue and Svelte tooling read for
 * `<collab-checklist>` in templates, into dist/types/hosts/. The element's
 * props are generated from custom-elements.json (so they cannot disagree
 * with the documented API) by the kept generators
 * custom-element-jsx-integration (jsx.d.ts) and
 * custom-element-vuejs-integration (vue.d.ts); the small hand-written files
 * in types/hosts/ put the JSX props where React and Svelte look for them.
 * Run by `npm run build` after the package's own types.
 *
 * What the generators get wrong for us is adjusted in their input, each with
 * its reason:
 * - They wrap an event's manifest type in `CustomEvent<…>` and import only the
 *   element class, so the event is given to them as its detail type, imported
 *   inline.
 * - Vue matches a template's attributes and listeners to a component's props
 *   in camelCase (`storage-key` to `storageKey`, `@collab-change` to
 *   `onCollabChange`), but the Vue generator writes them as the manifest
 *   spells them (`"storage-key"`, `"oncollab-change"`), which Vue never
 *   matches, so it would accept anything. It is given the attributes under
 *   their properties' names, and the event's name in camelCase.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUTDIR = 'dist/types/hosts';
/** The package's own types, seen from OUTDIR. */
const PACKAGE_TYPES = '../collab-checklist.js';

interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface Manifest {
  modules: { declarations?: { customElement?: boolean; attributes?: ManifestAttribute[]; events?: ManifestEvent[] }[] }[];
}

function elementsOf(manifest: Manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
for (const event of elementsOf(manifest).flatMap((element) => element.events ?? [])) {
  const detail = event.type?.text.match(/^CustomEvent<(\w+)>$/)?.[1];
  if (detail) event.type = { text: `import("${PACKAGE_TYPES}").${detail}` };
}

/** The manifest as Vue's template type-checking spells props and listeners (see above). */
function inVueSpelling(copy: Manifest): Manifest {
  for (const element of elementsOf(copy)) {
    for (const attribute of element.attributes ?? []) attribute.name = attribute.fieldName ?? attribute.name;
    for (const event of element.events ?? []) event.name = event.name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
  }
  return copy;
}

mkdirSync(OUTDIR, { recursive: true });
const options = { outdir: OUTDIR, globalTypePath: PACKAGE_TYPES, hideLogs: true };
// Each generator may annotate the manifest it is given, so each gets its own copy.
generateJsxTypes(structuredClone(manifest), { ...options, fileName: 'jsx.d.ts' });
generateVuejsTypes(inVueSpelling(structuredClone(manifest)), { ...options, fileName: 'vue.d.ts' });
cpSync('types/hosts', OUTDIR, { recursive: true });
