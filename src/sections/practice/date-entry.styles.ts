import { css } from 'lit';

/** By when as GOV.UK's date input: three labelled fields, 2, 2 and 4 characters wide, and its error state. */
export const dateEntryStyles = css`
  .date-entry {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  /* Floated, a legend takes its margins as a label does, so By when lines up with Who above or beside it. */
  .date-entry > .note-label {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }

  .date-entry .hint {
    clear: both;
    margin-block: 0 0.35em;
    color: var(--_muted);
  }

  /* GOV.UK's error bar beside the whole group, so the error is not told by colour alone. */
  .date-entry.has-error {
    border-inline-start: 0.3em solid var(--_warning);
    padding-inline-start: 0.75em;
  }

  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }

  .date-input label {
    display: block;
    margin-block-end: 0.15em;
  }

  /* GOV.UK's widths for 2 and 4 characters, in ex so they follow the font. */
  .date-input-field {
    inline-size: 5.4ex;
    max-inline-size: none;
  }

  .date-input-field--year {
    inline-size: 9ex;
  }

  .date-input-field.is-invalid {
    border-color: var(--_warning);
    box-shadow: inset 0 0 0 0.0625em var(--_warning);
  }
`;
