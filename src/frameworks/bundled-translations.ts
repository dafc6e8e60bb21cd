import { localizeFramework, parseFrameworkTranslation, untranslatedFramework, type LocalizedFramework } from '../core/framework/framework-translation.js';
import type { Framework } from '../core/framework/framework-schema.js';

/**
 * The framework laid over with its translation into `locale` (`input`, as
 * fetched; `undefined` when there is none), checked first: as written when
 * it is not usable (said in the console, for whoever maintains the
 * translation). This module loads on first use, so that an English page
 * never fetches the translation checks.
 */
export function bundledTranslationOf(framework: Framework, locale: string, input: unknown): LocalizedFramework {
  if (input === undefined) return untranslatedFramework(framework);
  const parsed = parseFrameworkTranslation(input);
  if (!parsed.ok || parsed.value.frameworkId !== framework.id) {
    const problems = parsed.ok ? [`frameworkId is "${parsed.value.frameworkId}", not "${framework.id}"`] : parsed.problems;
    console.warn(`<collab-checklist>: the ${locale} translation of "${framework.id}" was not used:\n${problems.join('\n')}`);
    return untranslatedFramework(framework);
  }
  return localizeFramework(framework, parsed.value);
}
