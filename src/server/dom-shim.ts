/**
 * Stands in for `@lit-labs/ssr-dom-shim` in the bundle. The bundle carries
 * Lit's Node-mode builds, which check for `document` at run time and extend
 * `globalThis.HTMLElement ?? HTMLElement` (this class), so importing the
 * bundle where there is no DOM (Node, server rendering) never throws. The
 * real shim is 6 KB and would also install a `customElements` registry on
 * Node's global; this one adds nothing global: without a real
 * `customElements`, the element is simply not defined (see
 * src/collab-checklist.ts).
 */
export const HTMLElement = class {} as unknown as typeof globalThis.HTMLElement;
export const customElements = undefined;
