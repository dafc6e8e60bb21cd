import { css } from 'lit';

/**
 * Sizes are in em so the host page's type scale carries in; colours come
 * from --collab-* custom properties with defaults that meet WCAG AA.
 * The host's own CSS cannot reach inside, so every control is styled here
 * and in the sections' own styles modules. The element's own stylesheets
 * paint the checklist; the rest come with the lazy chunk that draws them
 * (docs/decisions.md, "Styles travel with their section"). This one: the
 * host, text settings, links, notices, focus and hidden text.
 */
export const baseStyles = css`
  /* The colours (--_text, --_muted and the rest) come from palettes.ts. */
  :host {
    --_radius: var(--collab-radius, 0.25em);
    --_space: var(--collab-space, 1em);
    --_leading: var(--collab-line-height, 1.5);

    display: block;
    /* On the host too, so that a host's light-dark() value picks the half of the palette in use. */
    color-scheme: var(--_scheme);
    color: var(--_text);
    background: var(--_background);
    /* --_govuk-font: GOV.UK body text's font, set on GOV.UK Frontend pages only (govuk-font.ts). */
    font-family: var(--collab-font-family, var(--_govuk-font, inherit));
    font-size: 1em;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Nastaliq, the usual typeface for Urdu, Kashmiri, Shahmukhi Punjabi and
   * Saraiki, is tall: at 1.5 its lines collide. Headings and buttons keep
   * their offsets from this, so they open up too.
   */
  :lang(ur),
  :lang(ks),
  :lang(pa-Arab),
  :lang(skr) {
    --_leading: var(--collab-line-height, 2.2);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  p,
  ul,
  ol,
  fieldset,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  /*
   * Text settings live on the inner wrapper, not :host: a host page's
   * global rules (even "all: unset" or "* { text-transform: uppercase }")
   * beat :host, but cannot reach inside the shadow root. Letter and word
   * spacing are left to inherit: a person's text-spacing style (WCAG
   * 1.4.12) reaches the widget only that way (docs/decisions.md).
   */
  .checklist,
  .notice,
  .loading {
    container-type: inline-size;
    color-scheme: var(--_scheme);
    line-height: var(--_leading);
    text-align: start;
    text-transform: none;
    font-style: normal;
    overflow-wrap: break-word;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .notice {
    padding: calc(var(--_space) * 0.75);
    border: 0.2em solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_background);
    display: grid;
    gap: 0.5em;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus-text);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.375em var(--_focus);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    .notice,
    [role='status'] {
      display: none !important;
    }
  }
`;
