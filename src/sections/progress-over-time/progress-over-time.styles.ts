import { css } from 'lit';

/**
 * Progress over time: saving, choosing and deleting snapshots. Comes
 * with the extras chunk.
 */
export const progressOverTimeStyles = css`
  /* One column no wider than the widget: a long snapshot name wraps or is cut inside the select, never widens the page (WCAG 1.4.10). */
  .over-time {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }

  /* Save a snapshot's form (so Enter saves) lays out as the section's other items. */
  .over-time form {
    display: contents;
  }

  /* Wide enough for a snapshot's date and name. */
  .over-time select {
    inline-size: auto;
    max-inline-size: 100%;
    /* WebKit lets a long option's text spill out of the select and widen the page. */
    contain: paint;
    text-overflow: ellipsis;
  }

  .snapshot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }

  .over-time-changes {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    inline-size: 100%;
  }

  .changes-title,
  .change-behaviour {
    font-size: 1em;
    line-height: calc(var(--_leading) - 0.2);
  }

  .behaviour-change {
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }

  /* What changed in a behaviour (behaviour-change.ts), on screen and in the printed record. */
  .change-label {
    font-weight: 700;
    margin-block-start: 0.25em;
  }

  .change-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  @media print {
    /* Of progress over time, only the then-and-now line prints (with the chart's then-and-now column); what changed prints beside each behaviour's practices. */
    .over-time > :not(.over-time-since) {
      display: none !important;
    }
  }
`;
