import * as v from 'valibot';
import { IdSchema, idKeyedMap } from '../identifiers.js';
import { parseDocument } from '../issues.js';
import type { Result } from '../result.js';
import { isoDate, LanguageTagSchema, text, type Framework } from './framework-schema.js';
import { fields } from '../own-data.js';
import type { LocalizedFramework } from './localized-framework.js';

/** The framework translation format version this build reads. */
export const TRANSLATION_FORMAT_VERSION = 1;

/**
 * How far a translation has been checked. Shown to sector bodies in the
 * docs and the demo, so nobody ships an unreviewed translation unawares.
 */
export const REVIEW_STATUSES = ['draft', 'needs-native-review', 'reviewed', 'generated'] as const;

/**
 * One language's text for a framework, keyed by the framework's stable ids.
 * Everything is optional: what is missing falls back to the source text
 * (marked with the source's language), and the completeness check lists it.
 */
export const FrameworkTranslationSchema = v.strictObject(fields({
  $schema: v.optional(v.string('must be text')),
  formatVersion: v.literal(TRANSLATION_FORMAT_VERSION, `must be ${TRANSLATION_FORMAT_VERSION}`),
  frameworkId: IdSchema,
  lang: LanguageTagSchema,
  review: v.strictObject(fields({
    status: v.picklist(REVIEW_STATUSES, `must be one of ${REVIEW_STATUSES.map((status) => `"${status}"`).join(', ')}`),
    note: v.optional(text(1000)),
    reviewedBy: v.optional(text(200)),
    reviewedOn: v.optional(isoDate),
  })),
  title: v.optional(text(300)),
  intro: v.optional(v.array(text(3000), 'must be a list of paragraphs')),
  // null keeps a proper name (a publisher, a report title) in the source
  // language on purpose: it is not reported missing, and is marked with the
  // source's lang so screen readers pronounce it right.
  source: v.optional(
    v.strictObject(fields({
      publisher: v.optional(v.nullable(text(300))),
      report: v.optional(v.nullable(text(300))),
      page: v.optional(v.nullable(text(300))),
    })),
  ),
  ratingScale: v.optional(idKeyedMap(text(60), 'must be an object of level labels keyed by level id')),
  behavioursHeading: v.optional(text(300)),
  behaviours: v.optional(
    idKeyedMap(
      v.strictObject(fields({ title: v.optional(text(300)), leadIn: v.optional(text(1000)) })),
      'must be an object keyed by behaviour id',
    ),
  ),
  practices: v.optional(idKeyedMap(text(1000), 'must be an object of practice texts keyed by practice id')),
}));

export type FrameworkTranslation = v.InferOutput<typeof FrameworkTranslationSchema>;

export function parseFrameworkTranslation(input: unknown): Result<FrameworkTranslation> {
  return parseDocument(FrameworkTranslationSchema, input);
}

export { untranslatedFramework, type LocalizedFramework } from './localized-framework.js';

/**
 * Lays a translation over a framework. Ids the framework does not have are
 * ignored (the completeness check reports them as stale).
 */
export function localizeFramework(framework: Framework, translation: FrameworkTranslation): LocalizedFramework {
  const untranslated = new Set<string>();
  const inSourceLanguage = new Set<string>();
  const pick = (path: string, source: string, translated: string | null | undefined): string => {
    if (typeof translated === 'string') return translated;
    if (translated === undefined) untranslated.add(path);
    inSourceLanguage.add(path);
    return source;
  };
  const optional = (path: string, source: string | undefined, translated: string | null | undefined) =>
    source === undefined ? undefined : pick(path, source, translated);

  const localized: Framework = {
    ...framework,
    lang: translation.lang,
    title: pick('title', framework.title, translation.title),
    intro: framework.intro.map((paragraph, i) => pick(`intro.${i}`, paragraph, translation.intro?.[i])),
    source: framework.source && {
      ...framework.source,
      publisher: pick('source.publisher', framework.source.publisher, translation.source?.publisher),
      report: optional('source.report', framework.source.report, translation.source?.report),
      page: optional('source.page', framework.source.page, translation.source?.page),
    },
    ratingScale: framework.ratingScale.map((level) => ({
      ...level,
      label: pick(`ratingScale.${level.id}`, level.label, translation.ratingScale?.get(level.id)),
    })),
    behavioursHeading: optional('behavioursHeading', framework.behavioursHeading, translation.behavioursHeading),
    behaviours: framework.behaviours.map((behaviour) => {
      const words = translation.behaviours?.get(behaviour.id);
      return {
        ...behaviour,
        title: pick(`behaviours.${behaviour.id}.title`, behaviour.title, words?.title),
        leadIn: optional(`behaviours.${behaviour.id}.leadIn`, behaviour.leadIn, words?.leadIn),
        practices: behaviour.practices.map((practice) => ({
          ...practice,
          text: pick(`practices.${practice.id}`, practice.text, translation.practices?.get(practice.id)),
        })),
      };
    }),
  };
  return { framework: localized, sourceLang: framework.lang, untranslated, inSourceLanguage };
}

/** Ids a translation names that the framework does not have: left over from an older version. */
export function staleTranslationKeys(framework: Framework, translation: FrameworkTranslation): string[] {
  const behaviourIds = new Set(framework.behaviours.map((behaviour) => behaviour.id));
  const practiceIds = new Set(framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id)));
  const levelIds = new Set(framework.ratingScale.map((level) => level.id));
  const withoutLeadIn = new Set(framework.behaviours.filter((behaviour) => behaviour.leadIn === undefined).map((behaviour) => behaviour.id));
  return [
    ...[...(translation.behaviours?.keys() ?? [])].filter((id) => !behaviourIds.has(id)).map((id) => `behaviours.${id}`),
    ...[...(translation.behaviours ?? [])]
      .filter(([id, words]) => withoutLeadIn.has(id) && words.leadIn !== undefined)
      .map(([id]) => `behaviours.${id}.leadIn`),
    ...[...(translation.practices?.keys() ?? [])].filter((id) => !practiceIds.has(id)).map((id) => `practices.${id}`),
    ...[...(translation.ratingScale?.keys() ?? [])].filter((id) => !levelIds.has(id)).map((id) => `ratingScale.${id}`),
    ...(translation.intro ?? []).slice(framework.intro.length).map((_, i) => `intro.${framework.intro.length + i}`),
  ];
}
