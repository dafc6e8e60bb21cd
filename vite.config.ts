import { defineConfig } from 'vitest/config';

// One config for three jobs: `npm start` serves demo/ (the CLI passes it as
// the root), `npm run build` writes the self-contained bundle, and Vitest
// runs the Node unit tests of the DOM-free core.
export default defineConfig({
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
});
