import { css } from 'lit';

/**
 * Each behaviour's fieldset: heading, status, progress, lead-in, its
 * practices' list and "None of the others are in place yet".
 */
export const behaviourGroupStyles = css`
  .behaviour .progress-track {
    background: var(--_surface);
  }

  .behaviour-status {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    color: var(--_muted);
  }

  /* GOV.UK task list: what is left stands out, what is done is plain text. */
  .status-tag {
    padding: 0.05em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .status-tag--in-progress {
    color: var(--_accent);
  }

  .status-tag--completed {
    border-color: transparent;
    padding-inline: 0;
  }

  .reviewed {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-weight: 700;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }

  .practices {
    list-style: none;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }

  .behaviour-group {
    border: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .behaviour-legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .behaviour-title {
    font-size: 1.2em;
    line-height: calc(var(--_leading) - 0.2);
  }

  .behaviour-number {
    color: var(--_muted);
  }

  .lead-in {
    color: var(--_muted);
  }
`;
