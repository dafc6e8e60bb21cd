import { css } from 'lit';

/**
 * The overall progress panel (progress-summary.ts); its chart by
 * behaviour comes with the extras (behaviour-chart.styles.ts).
 */
export const progressSummaryStyles = css`
  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }

  .summary-title {
    font-size: 1.35em;
    line-height: calc(var(--_leading) - 0.25);
  }

  .progress-label {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .summary {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    /*
     * May run onto a second page, row by row (the chart's rows never split):
     * kept whole, a summary with "then and now" beside each behaviour is
     * pushed past page 1, which then holds only the title block. Block flow,
     * not a grid, so that Chromium moves what follows a row it carries over.
     */
    .summary {
      display: block;
      background: none;
      border: 1px solid #000;
    }

    .summary > * + * {
      margin-block-start: 0.5em;
    }
  }
`;
