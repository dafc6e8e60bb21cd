import { css } from 'lit';

/**
 * Progress by behaviour (behaviour-chart.ts); the comparison's table
 * uses its rows too. Comes with the extras chunk.
 */
export const behaviourChartStyles = css`
  .chart {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }

  .chart-caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }

  .chart-row > * {
    padding-block: 0.3em;
    vertical-align: middle;
    border-block-start: 1px solid var(--_border);
  }

  .chart-label {
    font-weight: 400;
    text-align: start;
    padding-inline-end: 0.75em;
  }

  .chart-status {
    white-space: nowrap;
    padding-inline-end: 0.75em;
  }

  .chart-number {
    color: var(--_muted);
  }

  .chart-bar-cell {
    inline-size: 40%;
    white-space: nowrap;
  }

  .chart-bar {
    display: inline-block;
    vertical-align: middle;
    inline-size: calc(100% - 3.5em);
    block-size: 0.75em;
  }

  :host(:dir(rtl)) .chart-bar,
  [dir='rtl'] .chart-bar {
    transform: scaleX(-1);
  }

  .chart-track {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }

  .chart-fill {
    fill: var(--_accent);
  }

  .chart-percent {
    display: inline-block;
    min-inline-size: 3em;
    text-align: end;
    font-weight: 700;
  }

  .chart-count {
    color: var(--_muted);
    padding-inline-start: 0.75em;
    inline-size: 11em;
  }

  @container (max-width: 36em) {
    .chart-row {
      display: grid;
      grid-template-columns: 1fr;
    }

    .chart-row > * {
      border: 0;
      padding-block: 0;
    }

    .chart-row {
      border-block-start: 1px solid var(--_border);
      padding-block: 0.4em;
    }

    .chart-bar-cell {
      inline-size: auto;
    }

    .chart-count {
      padding-inline-start: 0;
    }

    .chart-status {
      padding-block: 0.2em;
    }
  }

  /* On touch screens, targets of about 44 px, as GOV.UK's. */
  @media (pointer: coarse) {
    .chart-label a {
      display: inline-flex;
      align-items: center;
      min-block-size: 3.15em;
    }
  }

  .chart-label a {
    color: inherit;
  }

  /*
   * A hidden table header: WebKit lays a table's rows out whatever their
   * group's overflow, so a long heading kept on one line (a snapshot's name)
   * would widen the page. Wrapped, it is as wide as its longest word.
   */
  thead.visually-hidden th {
    white-space: normal;
  }

  @media (forced-colors: active) {
    .chart-fill {
      fill: CanvasText;
    }

    .chart-track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }

  @media print {
    .chart-fill {
      background: #000;
      fill: #000;
      print-color-adjust: exact;
    }

    .chart-track {
      fill: #fff;
      stroke: #000;
    }
  }
`;
