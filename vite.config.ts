import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { minifyCssLiteralsPlugin } from './scripts/build/minify-css-literals.js';
import { stripMessageDescriptionsPlugin } from './scripts/build/strip-msg-descriptions.js';
import { translationPreviewPlugin } from './scripts/build/translation-preview.js';

// One config for three jobs: `npm start` serves demo/ (the CLI passes it as
// the root), `npm run build` writes the self-contained bundle, and Vitest
// runs the Node unit tests of the DOM-free core.
export default defineConfig(({ command }) => ({
  // translationPreviewPlugin: `npm start` reloads as a translator saves their files.
  plugins: [stripMessageDescriptionsPlugin(), minifyCssLiteralsPlugin(), translationPreviewPlugin({ root: fileURLToPath(new URL('.', import.meta.url)) })],
  // `npm start` serves framework/ at the site root too, so the demo can load
  // the example framework with framework-src, as a sector body would.
  publicDir: command === 'serve' ? '../framework' : false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
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
      // Library builds skip whitespace minification by default (for
      // re-bundlers); this file is what visitors download, so minify fully.
      output: { minify: true },
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
