import { css } from 'lit';

/**
 * On paper: the printed header, summary and action plan, hidden on
 * screen. Comes with the extras chunk.
 */
export const printStyles = css`
  .print-header,
  .print-plan,
  .print-summary {
    display: none;
  }

  @media print {
    .print-header {
      display: block;
      margin-block-end: 0.5em;
    }

    .print-header p {
      margin: 0;
    }

    .print-organisation {
      font-weight: 700;
    }

    .print-summary {
      display: grid;
      gap: 0.5em;
    }

    /* Block flow, not a grid: its tables break across pages row by row, and nothing after them can be laid over them. */
    .print-plan {
      display: block;
    }

    /* Print a plan: page 1 is the summary and the plan; the full record follows on pages of its own. */
    .is-printing-plan .profile,
    .is-printing-plan .next-steps {
      display: none !important;
    }

    .is-printing-plan .print-summary {
      break-before: page;
    }

    .print-step {
      margin-block-start: 0.2em;
      padding-inline-start: 1.5em;
    }

    .print-heading {
      font-size: 1.3em;
      margin-block-start: 0.75em;
      break-after: avoid;
    }

    .print-behaviour {
      font-size: 1.1em;
      break-after: avoid;
    }

    .print-practices {
      margin: 0;
      padding-inline-start: 0;
      list-style: none;
    }

    .print-practices li {
      display: grid;
      grid-template-columns: 8em 1fr;
      gap: 0 0.5em;
      padding-block: 0.3em;
      border-block-end: 1px solid #999;
      break-inside: avoid;
    }

    .print-status {
      font-weight: 700;
    }

    .print-practices .is-in-place .print-status::before {
      content: '✓ ';
    }

    .print-note {
      margin-block-start: 0.2em;
      font-style: italic;
      white-space: pre-wrap;
    }
  }
`;
