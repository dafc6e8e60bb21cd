import * as v from 'valibot';
import { IdSchema } from '../identifiers.js';
import { fields } from '../own-data.js';

/** The framework format version this build reads. Bump only for breaking changes. */
export const FRAMEWORK_FORMAT_VERSION = 1;

/** Text a person reads: not blank, and within `max` characters. */
export const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.regex(/\S/, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

export const isoDate = v.pipe(
  v.string('must be text'),
  v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD or YYYY-MM'),
);

export const LanguageTagSchema = v.pipe(
  v.string('must be text'),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en-GB" or "cy"'),
);

const RatingLevelSchema = v.strictObject(fields({
  id: IdSchema,
  label: text(60),
  weight: v.pipe(
    v.number('must be a number'),
    v.minValue(0, 'must be between 0 and 1'),
    v.maxValue(1, 'must be between 0 and 1'),
  ),
}));

/** Used when a framework does not define a scale: a tick for "in place". */
export const DEFAULT_RATING_SCALE = [
  { id: 'not-yet', label: 'Not yet', weight: 0 },
  { id: 'in-place', label: 'In place', weight: 1 },
] as const;

const PracticeSchema = v.strictObject(fields({
  id: IdSchema,
  text: text(1000),
  /**
   * Optional labels. Two have a meaning the widget acts on (see
   * docs/framework-tags.md): "starting-point", a good first step for
   * organisations with less power, and "needs-power", a practice that mostly
   * falls to organisations with more power or money. Others are kept.
   */
  tags: v.optional(v.pipe(v.array(IdSchema, 'must be a list of tags'), v.maxLength(10, 'must have at most 10 tags'))),
}));

const BehaviourSchema = v.strictObject(fields({
  id: IdSchema,
  title: text(300),
  leadIn: v.optional(text(1000)),
  practices: v.pipe(v.array(PracticeSchema, 'must be a list of practices'), v.minLength(1, 'must list at least one practice')),
}));

const SourceSchema = v.strictObject(fields({
  publisher: text(300),
  report: v.optional(text(300)),
  page: v.optional(text(300)),
  url: v.optional(v.pipe(v.string('must be text'), v.regex(/^https?:\/\/\S+$/, 'must be a web address starting with https:// or http://'))),
  published: v.optional(isoDate),
  lastReviewed: v.optional(isoDate),
}));

/**
 * The framework format, version 1. `framework/framework.schema.json` is
 * generated from this (`npm run schema`) so editors can check files as
 * people write them; docs/framework-format.md explains each field.
 */
export const FrameworkSchema = v.strictObject(fields({
  $schema: v.optional(v.string('must be text')),
  formatVersion: v.literal(FRAMEWORK_FORMAT_VERSION, `must be ${FRAMEWORK_FORMAT_VERSION}`),
  id: IdSchema,
  version: text(40),
  lang: LanguageTagSchema,
  title: text(300),
  intro: v.optional(v.array(text(3000), 'must be a list of paragraphs'), []),
  source: v.optional(SourceSchema),
  ratingScale: v.optional(
    v.pipe(
      v.array(RatingLevelSchema, 'must be a list of levels'),
      v.minLength(2, 'must have at least 2 levels'),
      v.maxLength(7, 'must have at most 7 levels'),
    ),
    () => DEFAULT_RATING_SCALE.map((level) => ({ ...level })),
  ),
  behavioursHeading: v.optional(text(300)),
  behaviours: v.pipe(v.array(BehaviourSchema, 'must be a list of behaviours'), v.minLength(1, 'must list at least one behaviour')),
}));

export type FrameworkInput = v.InferInput<typeof FrameworkSchema>;
export type Framework = Readonly<v.InferOutput<typeof FrameworkSchema>>;
export type Behaviour = Framework['behaviours'][number];
export type Practice = Behaviour['practices'][number];
export type RatingLevel = Framework['ratingScale'][number];
export type FrameworkSource = NonNullable<Framework['source']>;
