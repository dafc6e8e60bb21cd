// Vite build plugin: minifies the CSS in Lit `css` literals of the styles modules.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Lit keeps `css` template literals as written, indentation and comments
 * included. The styles modules' literals are minified for the bundle by
 * minify-literals, which parses them with Lightning CSS: smaller than the
 * regular expressions this replaced (16 bytes gzipped), and safe for any CSS,
 * strings and comments included. (It would minify `html` literals too, 403
 * bytes more; not done: see docs/decisions.md, "Bundle size".)
 */
export function minifyCssLiteralsPlugin(): Plugin {
  return {
    name: 'collab-minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = await minifyHTMLLiterals(code, { fileName: id });
      return minified ? { code: minified.code, map: null } : null;
    },
  };
}
