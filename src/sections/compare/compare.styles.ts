import { css } from 'lit';

/**
 * Colleagues' answers compared, on screen and on paper. Comes with the
 * compare chunk; it uses the extras' next steps and notice styles.
 */
export const compareStyles = css`
  .comparison {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 0.125em solid var(--_border);
    /* A grid item's minimum is its content: without this a wide table would widen the page instead of scrolling. */
    min-inline-size: 0;
  }

  .comparison > * {
    min-inline-size: 0;
  }

  .comparison p {
    margin: 0;
  }

  .comparison-own {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0.25em 0.6em;
  }

  .comparison-own .actions-hint {
    grid-column: 2;
  }

  .comparison-flag {
    font-weight: 700;
    padding-inline-start: 0.6em;
    border-inline-start: 0.3em solid var(--_warning);
  }

  /* Wide tables scroll sideways on a narrow screen, in a region the keyboard can reach (GOV.UK's advice for wide tables). */
  .comparison-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }

  .comparison-scroll:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.1em;
  }

  .comparison-table {
    border-collapse: collapse;
    font-size: 0.875em;
    inline-size: 100%;
  }

  .comparison-table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4em;
  }

  .comparison-table th,
  .comparison-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-block-end: 0.0625em solid var(--_border);
    min-inline-size: 6em;
    overflow-wrap: break-word;
  }

  .comparison-table thead th {
    border-block-end-width: 0.125em;
  }

  /* The practice stays in view while the people scroll past it. */
  .comparison-table th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_background);
    font-weight: 400;
    min-inline-size: 10em;
    max-inline-size: 22em;
  }

  .comparison-practice {
    inline-size: 30%;
  }

  .comparison-scores th[scope='row'],
  .comparison-scores td {
    font-weight: 700;
  }

  .comparison-behaviour {
    font-weight: 700;
    padding-block-start: 1em !important;
    font-size: 1.05em;
  }

  .comparison-detail,
  .comparison-note {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .comparison-note {
    white-space: pre-line;
    color: var(--_text);
    margin-block-start: 0.25em !important;
  }

  .comparison-use {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-block-start: 0.25em;
  }

  .button--small {
    font-size: 0.9em;
    padding: 0.2em 0.5em;
    min-block-size: 2em;
  }

  .comparison-taken {
    font-weight: 700;
  }

  @media print {
    /* While colleagues' answers are compared, the comparison is what prints. */
    .is-comparing > :not(.intro, .comparison, .report-title-block),
    .comparison-buttons,
    .comparison-screen-only,
    .comparison-own,
    .comparison-take,
    .comparison-use,
    .comparison .notice {
      display: none !important;
    }

    .comparison-scroll {
      overflow: visible;
    }

    /* Up to eight people fit an A4 page, portrait. */
    .comparison-table {
      font-size: 8pt;
      table-layout: fixed;
    }

    /* Fixed columns never widen for a long word, so one is broken rather than printed over the next column. */
    .comparison-table th,
    .comparison-table td {
      min-inline-size: 0;
      padding: 0.25em 0.3em;
      overflow-wrap: anywhere;
    }

    .comparison-practice,
    .comparison-profile th[scope='row'] {
      inline-size: 22%;
    }

    .comparison :focus {
      outline: none;
    }

    .comparison-table th[scope='row'] {
      position: static;
    }

    .comparison-table tr {
      break-inside: avoid;
    }

    .comparison-behaviour {
      break-after: avoid;
    }

    /* The agreed column is on paper only once something was agreed. */
    .comparison-matrix:not(.has-agreed) .comparison-agreed {
      display: none;
    }

    /* A comparison that compared no one does not print: the person's own record does. */
    .checklist:not(.is-comparing) .comparison {
      display: none;
    }

    .is-printing-plan .comparison {
      display: none !important;
    }
  }
`;
