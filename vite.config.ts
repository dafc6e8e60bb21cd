import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { minifyCssLiteralsPlugin } from './tools/build/minify-css-literals.js';
import { stripMessageDescriptionsPlugin } from './tools/build/strip-msg-descriptions.js';
import { translationPreviewPlugin } from './tools/build/translation-preview.js';

// One config for three jobs: `npm start` serves demo/ (the CLI passes it as
// the root), `npm run build` writes the self-contained bundle, and Vitest
// runs the Node unit tests of the DOM-free core.
export default defineConfig(({ command }) => ({
  // translationPreviewPlugin: `npm start` reloads as a translator saves their files.
  plugins: [stripMessageDescriptionsPlugin(), minifyCssLiteralsPlugin(), translationPreviewPlugin({ root: fileURLToPath(new URL('.', import.meta.url)) })],
  // `npm start` serves framework/ at the site root too, so the demo can load
  // the example framework with framework-src, as a sector body would.
  publicDir: command === 'serve' ? '../framework' : false,
  resolve: {
    // Lit's Node-mode builds (its `node` export condition) in place of its
    // browser builds: the same code, except that the module-level references
    // to `HTMLElement` and `document` are guarded, so the bundle imports
    // without throwing in Node and during server rendering. Their one
    // dependency, the DOM shim, is swapped for two lines (src/server/dom-shim.ts).
    conditions: ['node', 'module', 'development|production'],
    alias: { '@lit-labs/ssr-dom-shim': fileURLToPath(new URL('./src/server/dom-shim.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Library builds skip whitespace minification by default (for
    // re-bundlers); these files are what visitors download, so minify
    // fully. Terser with three passes: 153 bytes less gzipped in the main
    // file than Rolldown's own minifier (BENCHMARKS.md, issue 26).
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 3 } },
    lib: {
      entry: 'src/collab-checklist.ts',
      formats: ['es'],
      fileName: () => 'collab-checklist.js',
    },
    rolldownOptions: {
      // Lets the language chunks import Lit from the main file rather than
      // splitting Lit into a third file: the main file stays self-contained.
      preserveEntrySignatures: 'allow-extension',
      // Lit and the framework are bundled: a sector body drops in one file.
      output: { codeSplitting: { groups: [{ name: 'collab-checklist', tags: ['$initial'] }] } },
    },
  },
  test: {
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Guards against a hang, not speed targets: a property stops itself after
    // 15 s (test/unit/setup.ts), and a loaded 2-core machine may be 10× slower
    // than an idle one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // The DOM-free core.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // The packed package as hosts' tooling sees it (needs `npm run build`
      // first). After the unit tests, one file at a time: each runs a
      // CPU-heavy type checker, which on two cores would starve the unit
      // tests' property-based runs of their time.
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/pack.global-setup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
      // The WordPress plugin (dist-wordpress/, from `npm run build`) in a
      // WordPress, MariaDB and PHP the tests start from Debian's packages.
      { extends: true, test: { name: 'wordpress', include: ['test/wordpress/**/*.test.ts'], sequence: { groupOrder: 2 } } },
      // Print, Print a plan and the comparison printed to PDF by Chromium and
      // Firefox (needs `npm run build` first and poppler-utils): no word on another.
      { extends: true, test: { name: 'print', include: ['test/print/**/*.test.ts'], sequence: { groupOrder: 3 } } },
    ],
  },
}));
