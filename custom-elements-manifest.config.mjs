/**
 * Config for `npm run manifest`: @custom-elements-manifest/analyzer reads the
 * JSDoc on the element (@fires, @csspart, @cssprop, @summary) and its Lit
 * properties, and writes custom-elements.json at the repository root. That
 * file is committed (editors and IDE plugins read it from the repository) and
 * shipped in the package; test/unit/api-docs.test.ts fails when it is stale.
 *
 * The analyzer's own TypeScript is ~5.4: it only parses the source (no type
 * checking), so newer syntax that 5.4 cannot parse would show up as missing
 * members here, and the test would catch it.
 */

/** The one element of the package, and the tag its entry point defines. */
const ELEMENT_CLASS = 'CollabChecklist';
const TAG_NAME = 'collab-checklist';
/** What the package publishes: the self-contained bundle that defines the tag. */
const PUBLISHED_MODULE = 'dist/collab-checklist.js';

/**
 * Makes the manifest describe the published package rather than the source
 * tree:
 * - The tag is defined in src/collab-checklist.ts with a constant
 *   (`customElements.define(TAG, CollabChecklist)`), which the analyzer cannot
 *   read, so the tag name is set here unless the class's JSDoc carries
 *   `@tagname collab-checklist` (then that wins).
 * - Modules under src/element that declare no custom element (its styles)
 *   are internal: not exported by the package, so left out.
 * - The element's module is given the path of the bundle that publishes it,
 *   with a `custom-element-definition` export for the tag.
 * - Private members (`#field`, `private`) are not API, so left out.
 */
function publishedApiPlugin() {
  return {
    name: 'collab-checklist:published-api',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((module) =>
        (module.declarations ?? []).some((declaration) => declaration.customElement),
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.members = (declaration.members ?? []).filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          );
          if (declaration.name !== ELEMENT_CLASS) continue;
          declaration.tagName ??= TAG_NAME;
          module.path = PUBLISHED_MODULE;
          module.exports = [
            { kind: 'js', name: ELEMENT_CLASS, declaration: { name: ELEMENT_CLASS, module: PUBLISHED_MODULE } },
            {
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: ELEMENT_CLASS, module: PUBLISHED_MODULE },
            },
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/element/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.spec.ts', 'test/**', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json is edited by hand: its `customElements` field already points
  // here, and the analyzer would otherwise rewrite the whole file.
  packagejson: false,
  plugins: [publishedApiPlugin()],
};
