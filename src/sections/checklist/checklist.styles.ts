import { css } from 'lit';

/**
 * The checklist's frame: title, introduction and source, the starting
 * points filter, the list of behaviours and the skip link.
 */
export const checklistStyles = css`
  .checklist {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .title {
    font-size: 1.75em;
    line-height: calc(var(--_leading) - 0.3);
  }

  .intro {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    max-inline-size: 42em;
  }

  .source {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .source-quote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 0.25em solid var(--_border);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .source-more > .source-quote {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .attribution {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .behaviours-heading {
    font-size: 1.35em;
    line-height: calc(var(--_leading) - 0.25);
  }

  .filter {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }

  .behaviours {
    list-style: none;
    padding: 0;
  }

  .behaviours {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  /* Before .skip-link below, whose inline-block wins here, as it always has. */
  @media (pointer: coarse) {
    .skip-link {
      display: inline-flex;
      align-items: center;
      min-block-size: 3.15em;
    }
  }

  /* GOV.UK skip link: out of sight until it has focus. */
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .skip-link {
    display: inline-block;
    padding: 0.5em;
    color: var(--_accent);
  }

  @container (max-width: 30em) {
    .title {
      font-size: 1.45em;
    }
  }

  @media print {
    .filter,
    .behaviours,
    .behaviours-heading,
    .source-quote,
    .source-more {
      display: none !important;
    }
  }
`;
