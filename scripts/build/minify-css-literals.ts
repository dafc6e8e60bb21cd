import type { Plugin } from 'vite';

/**
 * Lit keeps `css` template literals as written, indentation and comments
 * included. Collapses them for the bundle; the styles modules hold plain
 * CSS with no strings in which spaces matter.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiteralsPlugin(): Plugin {
  return {
    name: 'collab-minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
