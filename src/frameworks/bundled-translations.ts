/**
 * Translations of the bundled framework, one chunk per language beside the
 * bundle, fetched only when a page asks for that language. `undefined` when
 * there is none: the framework then shows in its source language.
 */
export async function loadBundledTranslation(frameworkId: string, locale: string): Promise<unknown> {
  try {
    const module = (await import(`../../framework/translations/${frameworkId}.${locale}.json`)) as { default: unknown };
    return module.default;
  } catch {
    return undefined;
  }
}
