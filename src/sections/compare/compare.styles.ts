import { css } from 'lit';

/**
 * Colleagues' answers compared, on screen and on paper. Comes with the
 * compare chunk; it uses the extras' chart, next steps and notice styles.
 */
export const compareStyles = css`
  .comparison {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 0.125em solid var(--_border);
  }

  @media print {
    /* While colleagues' answers are compared, the comparison is what prints. */
    .is-comparing > :not(.intro, .comparison, .report-title-block),
    .comparison-buttons {
      display: none !important;
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
