import type { Plugin } from 'vite';

/**
 * `desc` in `msg(…, { desc })` is for translators: lit-localize copies it
 * into the XLIFF files, and the runtime never reads it. Removing it from
 * the bundle saves every visitor about a kilobyte.
 */
export function stripMessageDescriptions(code: string): string {
  return code.replace(/,?\s*\bdesc:\s*'(?:[^'\\]|\\.)*'/g, '');
}

export function stripMessageDescriptionsPlugin(): Plugin {
  return {
    name: 'collab-strip-msg-descriptions',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('@lit/localize')) return null;
      return { code: stripMessageDescriptions(code), map: null };
    },
  };
}
