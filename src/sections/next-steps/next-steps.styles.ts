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

  /* The Action column takes what the three short ones leave; a date stays on one line. */
  /* Fixed, so both tables line up. */
  .plan-table {
    table-layout: fixed;
  }

  .plan-table th:nth-child(2) {
    inline-size: 8em;
  }

  .plan-table th:nth-child(3) {
    inline-size: 9.5em;
  }

  /* Room for Welsh "Wedi'i wneud" on one line on screen; on paper it may wrap. */
  .plan-table th:nth-child(4) {
    inline-size: 7.5em;
  }

  .plan-date {
    white-space: nowrap;
  }

  .plan-action > span {
    display: block;
  }

  .plan-lead {
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
  }

  .plan-status--overdue {
    padding: 0 0.25em;
    border: 0.125em solid var(--_warning);
    border-radius: var(--_radius);
  }

  .plan-count {
    font-size: 0.9em;
  }

  /*
   * On a phone, four columns leave the Action a word wide: each row is read
   * as a block instead, its Who, By when and Status labelled in place (the
   * column headers stay for screen readers, visually hidden).
   */
  @container (max-width: 30em) {
    .plan-table,
    .plan-table tbody,
    .plan-table tr,
    .plan-table td,
    .plan-caption {
      display: block;
    }

    .plan-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .plan-table tr {
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_border);
    }

    .plan-table td {
      padding: 0;
      border: 0;
    }

    .plan-table td:not(.plan-action) {
      display: inline-block;
      margin-block-start: 0.3em;
      margin-inline-end: 1em;
    }

    .plan-table td:empty {
      display: none;
    }

    .plan-table td[data-label]::before {
      content: attr(data-label) ': ';
      /* Screen readers have the column header already. */
      content: attr(data-label) ': ' / '';
      font-weight: 700;
    }

    .plan-date {
      white-space: normal;
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
    .plan-lead,
    .plan-why,
    .next-step-reason {
      color: inherit;
    }
  }
`;
