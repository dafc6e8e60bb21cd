import { css } from 'lit';

/**
 * The action plan: on screen (Next steps) and on paper (Print, Print a
 * plan), one table style for both; the comparison uses the reasons too.
 * Comes with the extras chunk.
 */
export const nextStepsStyles = css`
  .next-steps {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .next-steps-title {
    font-size: 1.2em;
  }

  .plan-hint {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .plan-table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .plan-caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.25em;
  }

  .plan-table th,
  .plan-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.75em 0.4em 0;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  .plan-table th:last-child,
  .plan-table td:last-child {
    padding-inline-end: 0;
  }

  /* The Action column takes what the three short ones leave. */
  .plan-table th:not(:first-child) {
    inline-size: 7em;
  }

  .plan-action > span {
    display: block;
  }

  .plan-action > .plan-lead {
    color: var(--_muted);
  }

  .plan-note {
    font-style: italic;
    white-space: pre-wrap;
    margin-block-start: 0.2em;
  }

  .plan-why {
    margin-block-start: 0.2em;
    color: var(--_muted);
  }

  .next-step-reason {
    color: var(--_muted);
  }

  /* Said in words; the box only adds to them. */
  .plan-status {
    font-weight: 700;
    white-space: nowrap;
  }

  .plan-status--overdue {
    padding: 0 0.25em;
    border: 0.125em solid var(--_warning);
    border-radius: var(--_radius);
  }

  .plan-count {
    font-size: 0.9em;
  }

  @container (max-width: 30em) {
    .plan-table {
      font-size: 0.85em;
    }

    .plan-table th:not(:first-child) {
      inline-size: 5em;
    }

    .plan-table th,
    .plan-table td {
      padding-inline-end: 0.4em;
    }
  }

  @media print {
    /* The printed plan (print-plan.ts) stands in for it. */
    .next-steps {
      display: none !important;
    }

    .plan-table {
      font-size: 1em;
      break-inside: auto;
    }

    .plan-table thead {
      display: table-header-group;
    }

    .plan-table tr {
      break-inside: avoid;
    }

    .plan-table th,
    .plan-table td {
      border-block-end-color: #999;
    }

    .plan-status--overdue {
      border-color: currentColor;
    }

    .plan-hint,
    .plan-action > .plan-lead,
    .plan-why,
    .next-step-reason {
      color: inherit;
    }
  }
`;
