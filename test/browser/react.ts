// React 19 for the browser tests, as one module: web-test-runner serves this
// file bundled (tools/test-runner/wtr-react.js), since React ships CommonJS only.
export { createElement, useState } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
export type { Root } from 'react-dom/client';
