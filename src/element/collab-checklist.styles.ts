import { css } from 'lit';

/**
 * Sizes are in em so the host page's type scale carries in; colours come
 * from --collab-* custom properties with defaults that meet WCAG AA.
 * The host's own CSS cannot reach inside, so every control is styled here.
 */
export const styles = css`
  /* The colours (--_text, --_muted and the rest) come from palettes.ts. */
  :host {
    --_focus: var(--collab-focus-color, #ffdd00);
    --_focus-text: var(--collab-focus-text-color, #0b0c0c);
    --_radius: var(--collab-radius, 0.25em);
    --_space: var(--collab-space, 1em);
    --_leading: var(--collab-line-height, 1.5);

    display: block;
    color: var(--_text);
    background: var(--_background);
    /* --_govuk-font: GOV.UK body text's font, set on GOV.UK Frontend pages only (govuk-font.ts). */
    font-family: var(--collab-font-family, var(--_govuk-font, inherit));
    font-size: 1em;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Nastaliq, the usual typeface for Urdu, Kashmiri, Shahmukhi Punjabi and
   * Saraiki, is tall: at 1.5 its lines collide. Headings and buttons keep
   * their offsets from this, so they open up too.
   */
  :lang(ur),
  :lang(ks),
  :lang(pa-Arab),
  :lang(skr) {
    --_leading: var(--collab-line-height, 2.2);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  p,
  ul,
  ol,
  fieldset,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  /*
   * Text settings live on the inner wrapper, not :host: a host page's
   * global rules (even "all: unset" or "* { text-transform: uppercase }")
   * beat :host, but cannot reach inside the shadow root. Letter and word
   * spacing are left to inherit: a person's text-spacing style (WCAG
   * 1.4.12) reaches the widget only that way (docs/decisions.md).
   */
  .checklist,
  .notice,
  .loading {
    container-type: inline-size;
    color-scheme: var(--_scheme);
    line-height: var(--_leading);
    text-align: start;
    text-transform: none;
    font-style: normal;
    overflow-wrap: break-word;
  }

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

  .attribution {
    color: var(--_muted);
    font-size: 0.9em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_surface);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }

  .summary-title,
  .behaviours-heading {
    font-size: 1.35em;
    line-height: calc(var(--_leading) - 0.25);
  }

  .progress-label {
    font-weight: 700;
  }

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

  .behaviour .progress-track {
    background: var(--_surface);
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

  .saved-note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .notice {
    padding: calc(var(--_space) * 0.75);
    border: 0.2em solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_background);
    display: grid;
    gap: 0.5em;
  }

  .notice-title {
    font-weight: 700;
  }

  .notice ul {
    padding-inline-start: 1.25em;
  }

  /* The other tab's note, line breaks as written. */
  .note-conflict-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--_border);
  }

  .profile,
  .next-steps {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .profile-title,
  .next-steps-title {
    font-size: 1.2em;
  }

  .profile-groups {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .profile-group {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.3em;
  }

  .profile-legend {
    padding: 0;
    margin-block-end: 0.3em;
    font-weight: 700;
  }

  .profile-effect {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .next-steps-list {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.5em;
  }

  .next-step-text {
    display: block;
  }

  .next-step-reason {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .filter {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
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

  .status-tag--reviewed {
    border-color: transparent;
    padding-inline: 0;
  }

  .reviewed {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-weight: 700;
  }

  .progress-answered::before {
    content: '· ';
  }

  .tag--optional {
    color: var(--_muted);
  }

  .behaviours,
  .practices {
    list-style: none;
    padding: 0;
  }

  .behaviours {
    display: grid;
    gap: calc(var(--_space) * 2);
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

  .practices {
    border-block-start: 1px solid var(--_border);
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

  .practice-main,
  .not-applicable,
  .reviewed {
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

  .level-option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
  }

  .radio {
    font-size: inherit;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .checkbox {
    /* Form controls default to 13.33px text; sizes in em should follow the page. */
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* At least 24 by 24 px at the 0.875em text it sits in (WCAG 2.5.8). */
  .checkbox--small {
    inline-size: 1.75em;
    block-size: 1.75em;
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

  summary {
    /* A target at least 24 px tall (WCAG 2.5.8), the text centred in it. */
    padding-block: 0.25em;
    min-block-size: 1.75em;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    inline-size: fit-content;
  }

  .note-label {
    display: block;
    margin-block: 0.5em 0.25em;
    font-weight: 700;
  }

  .note-field,
  .text-field {
    display: block;
    inline-size: 100%;
    padding: 0.4em;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 0.125em solid var(--_text);
    border-radius: 0;
  }

  .note-field {
    min-block-size: 4.5em;
    resize: vertical;
  }

  .text-field {
    max-inline-size: 20em;
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

  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .actions,
  .comparison {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 0.125em solid var(--_border);
  }

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

  .actions-title {
    font-size: 1.35em;
    line-height: calc(var(--_leading) - 0.25);
  }

  .actions-hint {
    color: var(--_muted);
    font-size: 0.9em;
    max-inline-size: 42em;
  }

  .reset-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }

  .reset-row .actions-hint {
    flex: 1 1 16em;
  }

  .notice--info {
    border-color: var(--_accent);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  .button {
    font: inherit;
    /* Browsers reset spacing on buttons: a person's text spacing (WCAG 1.4.12) carries in. */
    letter-spacing: inherit;
    word-spacing: inherit;
    font-weight: 600;
    line-height: calc(var(--_leading) - 0.3);
    padding: 0.5em 0.9em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    min-block-size: 2.75em;
  }

  .button--secondary {
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_text);
  }

  .button--primary {
    color: var(--_accent-text);
    background: var(--_accent);
  }

  .button--warning {
    color: var(--_warning-text);
    background: var(--_warning);
  }

  .dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    padding: calc(var(--_space) * 1.25);
    color: var(--_text);
    background: var(--_background);
    border: 0.2em solid var(--_text);
    border-radius: var(--_radius);
  }

  .dialog::backdrop {
    background: rgb(11 12 12 / 0.6);
  }

  .dialog > * + * {
    margin-block-start: var(--_space);
  }

  .dialog-title {
    font-size: 1.25em;
  }

  .dialog-body {
    display: grid;
    gap: 0.75em;
  }

  .import-summary {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }

  .summary-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25em;
  }

  .summary-row dt {
    font-weight: 700;
  }

  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

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
  }

  .print-header,
  .print-plan,
  .print-summary {
    display: none;
  }

  /* On touch screens, targets of about 44 px, as GOV.UK's. */
  @media (pointer: coarse) {
    .checkbox {
      inline-size: 2.75em;
      block-size: 2.75em;
    }

    .checkbox--small {
      inline-size: 3.15em;
      block-size: 3.15em;
    }

    .radio {
      inline-size: 2.75em;
      block-size: 2.75em;
    }

    summary,
    .skip-link,
    .chart-label a {
      display: inline-flex;
      align-items: center;
      min-block-size: 3.15em;
    }
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus-text);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.375em var(--_focus);
  }

  summary:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 0.25em 0 var(--_focus-text);
    outline: none;
    text-decoration: none;
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

  .chart-label a {
    color: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /*
   * A hidden table header: WebKit lays a table's rows out whatever their
   * group's overflow, so a long heading kept on one line (a snapshot's name)
   * would widen the page. Wrapped, it is as wide as its longest word.
   */
  thead.visually-hidden th {
    white-space: normal;
  }

  @container (max-width: 30em) {
    .title {
      font-size: 1.45em;
    }
  }

  @media (forced-colors: active) {
    .progress-fill {
      forced-color-adjust: none;
      background: Highlight;
    }

    .progress-track {
      border-color: CanvasText;
    }

    .summary,
    .notice {
      border: 1px solid CanvasText;
    }

    summary:focus-visible {
      outline: 0.1875em solid Highlight;
    }

    .chart-fill {
      fill: CanvasText;
    }

    .chart-track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }

  /* On paper: the title, source, results and an action plan; no controls. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    /* While colleagues' answers are compared, the comparison is what prints. */
    .is-comparing > :not(.intro, .comparison),
    .comparison-buttons,
    .actions,
    /* Of progress over time, only the then-and-now line prints (with the chart's then-and-now column). */
    .over-time > :not(.over-time-since),
    .dialog,
    .profile details,
    .filter,
    .behaviours,
    .behaviours-heading,
    .source-quote,
    .saved-note,
    .notice,
    [role='status'] {
      display: none !important;
    }

    /* A board's paper copy says whose file was left out, and why. */
    .comparison .notice {
      display: block !important;
    }

    /* A comparison that compared no one does not print: the person's own record does. */
    .checklist:not(.is-comparing) .comparison {
      display: none;
    }

    .summary {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }

    .progress-fill,
    .chart-fill {
      background: #000;
      fill: #000;
      print-color-adjust: exact;
    }

    .chart-track {
      fill: #fff;
      stroke: #000;
    }

    .print-header {
      display: block;
      margin-block-end: 0.5em;
    }

    .print-header p {
      margin: 0;
    }

    .print-organisation {
      font-weight: 700;
    }

    .print-plan,
    .print-summary {
      display: grid;
      gap: 0.5em;
    }

    /* Print a plan: page 1 is the summary and the plan; the full record follows on pages of its own. */
    .is-printing-plan .profile,
    .is-printing-plan .next-steps,
    .is-printing-plan .comparison {
      display: none !important;
    }

    .is-printing-plan .print-summary {
      break-before: page;
    }

    .print-step {
      margin-block-start: 0.2em;
      padding-inline-start: 1.5em;
    }

    .print-heading {
      font-size: 1.3em;
      margin-block-start: 0.75em;
      break-after: avoid;
    }

    .print-behaviour {
      font-size: 1.1em;
      break-after: avoid;
    }

    .print-practices {
      margin: 0;
      padding-inline-start: 0;
      list-style: none;
    }

    .print-practices li {
      display: grid;
      grid-template-columns: 8em 1fr;
      gap: 0 0.5em;
      padding-block: 0.3em;
      border-block-end: 1px solid #999;
      break-inside: avoid;
    }

    .print-practices .print-next-step {
      display: block;
    }

    .print-status {
      font-weight: 700;
    }

    .print-practices .is-in-place .print-status::before {
      content: '✓ ';
    }

    .print-note {
      margin-block-start: 0.2em;
      font-style: italic;
      white-space: pre-wrap;
    }

    .print-next-step .print-note {
      padding-inline-start: 1.5em;
    }
  }
`;
