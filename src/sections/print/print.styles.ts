import { css } from 'lit';

/**
 * On paper: the printed header, summary and action plan, hidden on
 * screen, and a printed report's title block (report-title-block.ts).
 * Comes with the extras chunk.
 */
export const printStyles = css`
  .report-title-block {
    display: grid;
    gap: 0.5em;
    padding-block-end: 0.75em;
    border-block-end: 2px solid #000;
  }

  .report-title {
    font-size: 1.6em;
    line-height: 1.2;
  }

  .report-facts {
    display: grid;
    gap: 0.15em;
    margin: 0;
  }

  .report-facts div {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0 0.75em;
  }

  .report-facts dt {
    font-weight: 700;
  }

  .report-facts dd,
  .report-title-block p {
    margin: 0;
  }

  .print-header,
  .print-plan,
  .print-summary {
    display: none;
  }

  @media print {
    /*
     * On paper whatever runs across pages flows as plain blocks, spaced by
     * margins: Chromium fragments a grid whose item break-inside: avoid
     * pushes to the next page without moving the items after it, which
     * then print on top of it (issue 22). A heading stays with what follows
     * it, and a row, list item or notice is not split across pages.
     */
    .checklist,
    .print-plan,
    .print-summary,
    .comparison,
    .next-steps {
      display: block;
    }

    .checklist > * + *,
    .comparison > * + * {
      margin-block-start: 1em;
    }

    /* Under the title block's rule, a second rule would say nothing. */
    .report-title-block + .comparison {
      border-block-start: 0;
    }

    .print-plan > * + *,
    .print-summary > * + *,
    .next-steps > * + * {
      margin-block-start: 0.5em;
    }

    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
      break-inside: avoid;
    }

    /* The plan's one-line explanation stays with the first table it explains. */
    .plan-hint {
      break-after: avoid;
    }

    tr,
    li,
    dt,
    dd,
    .report-title-block,
    .notice {
      break-inside: avoid;
    }

    /*
     * A table's header and footer rows print once, where they stand:
     * Chromium repeats them on each page a table runs onto without making
     * room for them, and the next table's caption then prints over its last
     * rows (issue 22).
     */
    thead,
    tfoot {
      display: table-row-group;
    }

    /* Links and buttons are for the screen: "Continue where you left off" never prints, and a link prints as its text. */
    .continue {
      display: none !important;
    }

    a {
      color: inherit;
      text-decoration: none;
    }

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

    .print-since {
      font-weight: 700;
    }

    .print-change {
      padding-block-end: 0.3em;
      break-inside: avoid;
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
