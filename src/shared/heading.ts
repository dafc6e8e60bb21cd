import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** Clamps a `heading-level` attribute to a real heading, 2 to 6. */
export function clampHeadingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(2, Math.round(level))) : 2;
}

/** A native heading at `level` (past 6 stays 6), so the widget fits the host page's outline. */
export function heading(
  level: number,
  content: unknown,
  attributes: { id?: string; className?: string; part?: string; focusTarget?: boolean } = {},
): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level)];
  // A focus target for links within the widget (tabindex -1: reachable by script, not by Tab).
  return html`<${tag} id=${ifDefined(attributes.id)} class=${ifDefined(attributes.className)} part=${ifDefined(attributes.part)} tabindex=${ifDefined(attributes.focusTarget ? '-1' : undefined)}>${content}</${tag}>`;
}
