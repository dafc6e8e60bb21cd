import { css } from 'lit';

/**
 * The dialogs that confirm Reset and imports. Comes with the extras chunk.
 */
export const dialogsStyles = css`
  .dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    padding: calc(var(--_space) * 1.25);
    color: var(--_text);
    background: var(--_background);
    border: 0.2em solid var(--_text);
    border-radius: var(--_radius);
  }

  .dialog::backdrop {
    background: rgb(11 12 12 / 0.6);
  }

  .dialog > * + * {
    margin-block-start: var(--_space);
  }

  .dialog-title {
    font-size: 1.25em;
  }

  .dialog-body {
    display: grid;
    gap: 0.75em;
  }

  .import-summary {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }

  .summary-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25em;
  }

  .summary-row dt {
    font-weight: 700;
  }

  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media print {
    .dialog {
      display: none !important;
    }
  }
`;
