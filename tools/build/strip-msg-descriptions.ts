// Vite build plugin: drops translators' `desc` notes from msg() calls in the bundle.
import type { Plugin } from 'vite';

/**
 * `desc` in `msg(…, { desc })` is for translators: lit-localize copies it
 * into the XLIFF files, and the runtime never reads it. Removing it from
 * the bundle saves every visitor about a kilobyte.
 */
export function stripMessageDescriptions(code: string): string {
  // Takes the comma before or after `desc` with it, keeping one only when
  // `desc` sat between two options, so `{ desc, id }` and a trailing comma
  // (`{\n  desc: '…',\n}`) stay valid code.
  return code.replace(/(,)?\s*\bdesc:\s*'(?:[^'\\]|\\.)*'(\s*,)?/g, (_match, before?: string, after?: string) => (before && after ? ',' : ''));
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
