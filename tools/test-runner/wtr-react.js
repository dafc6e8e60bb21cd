// web-test-runner plugin: serves React as an ES-module bundle for the React browser tests.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

// React ships CommonJS only, which a browser cannot import. The React browser
// tests import React through test/browser/react.ts; this plugin serves that
// module as esbuild's ES-module bundle of it (React, ReactDOM and the
// scheduler, in development mode), built once per run. (The TypeScript
// plugin has already turned the test's `./react.js` into `./react.ts`.)
const REQUEST = '/test/browser/react.ts';
const ENTRY = fileURLToPath(new URL('../../test/browser/react.ts', import.meta.url));

export function reactPlugin() {
  let bundle;
  return {
    name: 'collab-react-bundle',
    async serve(context) {
      if (context.path !== REQUEST) return undefined;
      bundle ??= build({
        entryPoints: [ENTRY],
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
