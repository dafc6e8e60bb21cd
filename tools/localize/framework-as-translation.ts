// A framework's texts in the translation format, for pseudo-locales and platform templates.
// A framework's every text in the translation format, keyed by its stable
// ids, with `t` applied to each: the pseudo-locales (t = an accenting or
// reversing function) and the English template translation platforms start
// from (t = identity) are both made this way.
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { TRANSLATION_FORMAT_VERSION, type FrameworkTranslation } from '../../src/core/framework/framework-translation.js';

export function frameworkAsTranslation(framework: Framework, lang: string, t: (text: string) => string, review: FrameworkTranslation['review']) {
  return {
    formatVersion: TRANSLATION_FORMAT_VERSION,
    frameworkId: framework.id,
    lang,
    review,
    title: t(framework.title),
    intro: framework.intro.map(t),
    source: framework.source && {
      publisher: t(framework.source.publisher),
      report: framework.source.report && t(framework.source.report),
      page: framework.source.page && t(framework.source.page),
    },
    ratingScale: Object.fromEntries(framework.ratingScale.map((level) => [level.id, t(level.label)])),
    behavioursHeading: framework.behavioursHeading && t(framework.behavioursHeading),
    behaviours: Object.fromEntries(
      framework.behaviours.map((behaviour) => [behaviour.id, { title: t(behaviour.title), leadIn: behaviour.leadIn && t(behaviour.leadIn) }]),
    ),
    practices: Object.fromEntries(framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => [practice.id, t(practice.text)]))),
  };
}

/** JSON as every file here is written: two-space indent, final newline. Platforms that write it the same way leave no diff. */
export const asJsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
