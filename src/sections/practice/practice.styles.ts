import { css } from 'lit';

/**
 * Each practice: its checkbox or levels, marking, notes, next step and
 * character count.
 */
export const practiceStyles = css`
  /* The other tab's note, line breaks as written. */
  .note-conflict-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--_border);
  }

  .tag-row {
    padding-inline-start: 2.1em;
  }

  .tag {
    display: inline-block;
    padding: 0.05em 0.5em;
    font-size: 0.85em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }

  .tag--starting-point,
  .tag--responsibility {
    color: var(--_accent);
  }

  .tag + .tag {
    margin-inline-start: 0.5em;
  }

  .tag--not-yet {
    color: var(--_text);
  }

  /* What "Not applicable" (or a tick) took away: a line of its own under both boxes. */
  .cleared {
    flex-basis: 100%;
    font-weight: 700;
  }

  .tag--optional {
    color: var(--_muted);
  }

  /*
   * Layout containment: a tick changes one practice, and without it the
   * browser laid out and pre-painted the whole list again (about 200 ms a
   * tick at 5,000 practices; 25 ms with it). Not paint containment, which
   * would clip focus outlines; not content-visibility, which hides
   * practices from screen readers and find-in-page.
   */
  .practice {
    contain: layout;
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
    display: grid;
    gap: 0.5em;
  }

  /* "Show only good places to start": display: grid above would show it still. */
  .practice[hidden] {
    display: none;
  }

  .practice-main,
  .not-applicable {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }

  .levels {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  .levels > .practice-text {
    padding: 0;
    margin-block-end: 0.4em;
  }

  .level-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.25em;
  }

  .practice-text {
    cursor: pointer;
    padding-block-start: 0.05em;
  }

  /* Set aside, yet as easy to read as the rest: the secondary colour (AA, 7:1 by default), no strike-through. */
  .is-not-applicable .practice-text {
    color: var(--_muted);
  }

  .practice-extras {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.25em 1.5em;
    /* Lines up with the practice text: (1.5em box + 0.6em gap) / 0.875. */
    padding-inline-start: 2.4em;
    font-size: 0.875em;
  }

  .levels + .practice-extras {
    padding-inline-start: 0;
  }

  /* GOV.UK's exclusive "or": the two boxes cancel each other. */
  .or {
    color: var(--_muted);
  }

  .not-applicable label {
    cursor: pointer;
    color: var(--_muted);
  }

  .note {
    flex: 1 1 14em;
  }

  .note[open] {
    flex-basis: 100%;
  }

  .note-field {
    min-block-size: 4.5em;
    resize: vertical;
  }

  /* "Who" and "By when" side by side where there is room, one above the other where not. */
  .next-step-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  .next-step-field {
    flex: 1 1 12em;
    max-inline-size: 20em;
  }

  .note-count {
    margin-block-start: 0.25em;
    color: var(--_muted);
  }

  .note-count.is-over-limit {
    color: var(--_warning);
    font-weight: 700;
  }

  .error-message {
    margin-block: 0.25em;
    color: var(--_warning);
    font-weight: 700;
  }

  .note-field.is-over-limit {
    border-color: var(--_warning);
    box-shadow: inset 0 0 0 0.0625em var(--_warning);
  }
`;
