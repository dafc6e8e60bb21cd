/** The `lang` of a framework text still in its source language, by its path; undefined when it is in the widget's language. */
export type LangOf = (path: string) => string | undefined;

/** What the element's section templates all need, passed as one object rather than argument by argument. */
export interface RenderContext {
  /** The locale numbers and dates are written in. */
  readonly locale: string;
  readonly langOf: LangOf;
  /** The level of the template's headings: one below the checklist's title for a section. */
  readonly headingLevel: number;
}
