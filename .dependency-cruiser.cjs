/**
 * `npm run deps`, part of `npm test`: imports in src/ point only down,
 *   core ← storage, i18n, frameworks ← controllers ← shared ← sections
 *   ← chunks ← element ← entry (src/collab-checklist.ts, src/index.ts),
 * and never in a circle (docs/decisions.md, "Data flows one way").
 * Type-only imports count too: a cycle of types is still a tangle.
 */

/** Modules under sections/ and shared/ that draw nothing: a controller may use them. */
const NOT_TEMPLATES = '(-controller|-text|[.]styles)[.]ts$|/(element-ids|save-file|render-context)[.]ts$';

/** `from` may not import anything under the folders named. */
const mayNotImport = (name, comment, from, folders) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: `^src/(${folders.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle ties its modules into one: none of them can be understood, tested or loaded apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stands-alone',
      comment: 'The core has no DOM and runs in Node: it imports only itself and valibot.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/valibot/'] },
    },
    mayNotImport('storage-i18n-below-ui', 'Storage, languages and frameworks know nothing of the element.', '^src/(storage|i18n|frameworks)/', [
      'controllers',
      'shared',
      'sections',
      'chunks',
      'element',
    ]),
    mayNotImport('controllers-below-ui', 'Shared controllers hold state; they draw nothing.', '^src/controllers/', ['shared', 'sections', 'chunks', 'element']),
    mayNotImport('shared-below-sections', 'Shared pieces serve every section, so know none of them.', '^src/shared/', ['sections', 'chunks', 'element']),
    mayNotImport('sections-below-element', 'A section is composed by the element; it does not reach back up.', '^src/sections/', ['chunks', 'element']),
    mayNotImport('chunks-below-element', 'A lazy chunk only gathers sections.', '^src/chunks/', ['element']),
    {
      name: 'controllers-draw-nothing',
      comment: 'A controller holds state and actions; templates depend on it, never the reverse.',
      severity: 'error',
      from: { path: '-controller[.]ts$' },
      to: { path: '^src/(sections|shared)/', pathNot: NOT_TEMPLATES },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code, unless it is an entry point.',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: ['^src/collab-checklist[.]ts$', '^src/index[.]ts$', '^src/server/dom-shim[.]ts$', '^src/generated/', '[.]d[.]ts$'],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
