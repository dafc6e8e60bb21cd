import type { Framework } from './framework-schema.js';

/** A framework in one language, and which of its texts are still in the source language. */
export interface LocalizedFramework {
  readonly framework: Framework;
  /** The source framework's language: the `lang` of every untranslated text. */
  readonly sourceLang: string;
  /**
   * Paths of texts with no translation, e.g. `practices.buys-in-services`,
   * `behaviours.fair-and-equal-partnerships.leadIn`, `intro.1`.
   */
  readonly untranslated: ReadonlySet<string>;
  /** Paths of texts shown in the source language: the untranslated, and proper names kept on purpose. */
  readonly inSourceLanguage: ReadonlySet<string>;
}

/** The framework as written, with nothing to translate. */
export function untranslatedFramework(framework: Framework): LocalizedFramework {
  return { framework, sourceLang: framework.lang, untranslated: new Set(), inSourceLanguage: new Set() };
}
