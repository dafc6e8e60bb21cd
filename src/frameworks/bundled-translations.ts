import { localizeFramework, parseFrameworkTranslation, untranslatedFramework, type LocalizedFramework } from '../core/framework/framework-translation.js';
import type { Framework } from '../core/framework/framework-schema.js';

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

/**
 * The framework laid over with its translation into `locale`, checked first:
 * as written when there is none or it is not usable (said in the console,
 * for whoever maintains the translation). Loaded with this module, on first
 * use, so that an English page never fetches the translation checks.
 */
export async function bundledTranslationOf(framework: Framework, locale: string): Promise<LocalizedFramework> {
  const input = await loadBundledTranslation(framework.id, locale);
  if (input === undefined) return untranslatedFramework(framework);
  const parsed = parseFrameworkTranslation(input);
  if (!parsed.ok || parsed.value.frameworkId !== framework.id) {
    const problems = parsed.ok ? [`frameworkId is "${parsed.value.frameworkId}", not "${framework.id}"`] : parsed.problems;
    console.warn(`<collab-checklist>: the ${locale} translation of "${framework.id}" was not used:\n${problems.join('\n')}`);
    return untranslatedFramework(framework);
  }
  return localizeFramework(framework, parsed.value);
}
