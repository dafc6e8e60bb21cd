import { css } from 'lit';

/**
 * Save, share or print, and the notices after an import, a Reset or an
 * Undo, about storage and about a framework that cannot be shown. The
 * primary and warning buttons serve the dialogs and progress over time too.
 * Comes with the extras chunk.
 */
export const actionsStyles = css`
  .saved-note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .notice-title {
    font-weight: 700;
  }

  .notice ul {
    padding-inline-start: 1.25em;
  }

  .actions {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 0.125em solid var(--_border);
  }

  .actions-title {
    font-size: 1.35em;
    line-height: calc(var(--_leading) - 0.25);
  }

  .actions-hint {
    color: var(--_muted);
    font-size: 0.9em;
    max-inline-size: 42em;
  }

  .reset-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }

  .reset-row .actions-hint {
    flex: 1 1 16em;
  }

  .notice--info {
    border-color: var(--_accent);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  /* GOV.UK's notification banner, in the accent colour rather than its green, so a host's theme (and dark mode) reaches it. */
  .notification-banner {
    border: 0.3125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
  }

  .notification-banner-title {
    margin: 0;
    padding: 0.125em calc(var(--_space) * 0.75) 0.3em;
    font-size: 1em;
    color: var(--_accent-text);
  }

  .notification-banner-content {
    display: grid;
    gap: 0.5em;
    padding: calc(var(--_space) * 0.75);
    background: var(--_background);
  }

  .notification-banner-heading {
    font-weight: 700;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }

  .button--primary {
    color: var(--_accent-text);
    background: var(--_accent);
  }

  .button--warning {
    color: var(--_warning-text);
    background: var(--_warning);
  }

  /* As .notice's border in forced colours (base.styles.ts), which came after this in one sheet. */
  @media (forced-colors: active) {
    .notice--info,
    .notification-banner {
      border-color: CanvasText;
    }
  }

  @media print {
    .actions,
    .saved-note {
      display: none !important;
    }
  }
`;
