import { css } from 'lit';

/**
 * The progress bar and its text (progress-bar.ts): overall and each behaviour's.
 */
export const progressBarStyles = css`
  .progress {
    display: grid;
    gap: 0.25em;
  }

  .progress-track {
    block-size: 0.75em;
    background: var(--_background);
    border: 1px solid var(--_text);
    border-radius: 1em;
    overflow: hidden;
  }

  .progress-fill {
    block-size: 100%;
    inline-size: calc(var(--_fraction, 0) * 100%);
    background: var(--_accent);
  }

  @media (prefers-reduced-motion: no-preference) {
    .progress-fill {
      transition: inline-size 0.2s ease-out;
    }
  }

  .progress-text {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
    color: var(--_muted);
  }

  .progress-percent {
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .progress-fill {
      forced-color-adjust: none;
      background: Highlight;
    }

    .progress-track {
      border-color: CanvasText;
    }
  }

  @media print {
    .progress-fill {
      background: #000;
      fill: #000;
      print-color-adjust: exact;
    }
  }
`;
