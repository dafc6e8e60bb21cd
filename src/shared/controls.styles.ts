import { css } from 'lit';

/**
 * Form controls and buttons, as the practices draw them; the profile, the
 * Save, share or print section and the dialogs use them too.
 */
export const controlStyles = css`
  .level-option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
  }

  .radio {
    font-size: inherit;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .checkbox {
    /* Form controls default to 13.33px text; sizes in em should follow the page. */
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* At least 24 by 24 px at the 0.875em text it sits in (WCAG 2.5.8). */
  .checkbox--small {
    inline-size: 1.75em;
    block-size: 1.75em;
  }

  summary {
    /* A target at least 24 px tall (WCAG 2.5.8), the text centred in it. */
    padding-block: 0.25em;
    min-block-size: 1.75em;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    inline-size: fit-content;
  }

  .note-label {
    display: block;
    margin-block: 0.5em 0.25em;
    font-weight: 700;
  }

  .note-field,
  .text-field {
    display: block;
    inline-size: 100%;
    padding: 0.4em;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 0.125em solid var(--_text);
    border-radius: 0;
  }

  .text-field {
    max-inline-size: 20em;
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .button {
    font: inherit;
    /* Browsers reset spacing on buttons: a person's text spacing (WCAG 1.4.12) carries in. */
    letter-spacing: inherit;
    word-spacing: inherit;
    font-weight: 600;
    line-height: calc(var(--_leading) - 0.3);
    padding: 0.5em 0.9em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    min-block-size: 2.75em;
  }

  .button--secondary {
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_text);
  }

  /* On touch screens, targets of about 44 px, as GOV.UK's. */
  @media (pointer: coarse) {
    .checkbox {
      inline-size: 2.75em;
      block-size: 2.75em;
    }

    .checkbox--small {
      inline-size: 3.15em;
      block-size: 3.15em;
    }

    .radio {
      inline-size: 2.75em;
      block-size: 2.75em;
    }

    summary {
      display: inline-flex;
      align-items: center;
      min-block-size: 3.15em;
    }
  }

  summary:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 0.25em 0 var(--_focus-text);
    outline: none;
    text-decoration: none;
  }

  @media (forced-colors: active) {
    summary:focus-visible {
      outline: 0.1875em solid Highlight;
    }
  }
`;
