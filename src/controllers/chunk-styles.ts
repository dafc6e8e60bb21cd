import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * A lazy chunk's styles travel with it (docs/decisions.md, "Styles travel
 * with their section"). `load` imports the chunk; before handing it over,
 * and so before its templates first render, its `styles` join the
 * element's shadow root after the sheets already there: the element's own
 * and those of any chunk before, keeping the order the single stylesheet
 * had (the extras' rules after the checklist's, the comparison's after
 * those). Appended, not replaced as Lit's `adoptStyles` would: the GOV.UK
 * font's sheet (govuk-font.ts) stays.
 */
export function withStyles<T extends { readonly styles: readonly CSSResultOrNative[] }>(host: LitElement, load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().then((chunk) => {
      const root = host.renderRoot as ShadowRoot;
      if (supportsAdoptingStyleSheets) {
        const sheets = chunk.styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))];
      } else {
        // Without constructable stylesheets Lit appends <style> elements, after the element's own.
        adoptStyles(root, [...chunk.styles]);
      }
      return chunk;
    });
}
