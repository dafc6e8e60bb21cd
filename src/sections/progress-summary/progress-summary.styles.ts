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
    .summary {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
  }
`;
