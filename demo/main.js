// Loads the widget from source for the dev server (`npm start`, root demo/).
// A relative import in a module is resolved on disk from this file, so it
// reaches ../src; the same path in index.html's <script src> would be read
// as a URL under the demo/ root (/src/...) and 404. Kept out of index.html
// so the page has no inline script and can run under a strict CSP.
import '../src/collab-checklist.ts';
