/**
 * fast-check generators shared by the unit tests: valid frameworks (run
 * through parseFramework, so every generated framework is one a host page
 * could really pass in), responses to them, and progress records.
 */
import fc from 'fast-check';
import type { Framework, FrameworkInput, RatingLevel } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import type { ProgressRecord } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import { NAME_MAX_LENGTH, ORGANISATION_SIZES, PARTNERSHIP_ROLES, type OrganisationProfile } from '../../src/core/tailoring/profile.js';
import { NEEDS_POWER, STARTING_POINT } from '../../src/core/tailoring/tags.js';

/**
 * Ids as the format allows them, biased towards awkward ones: names that
 * exist on Object.prototype, and digit-only names that objects reorder.
 */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '0', '1', '10', '2.5') },
);

/** UTC times as the widget writes them (Date#toISOString, four-digit years). */
export const timestampArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A handful of times, so that generated responses often share an instant or straddle a reset. */
export const fewTimestampsArb: fc.Arbitrary<string> = fc.constantFrom(
  '2026-03-04T10:15:00.000Z',
  '2026-03-04T10:15:00.001Z',
  '2026-03-04T10:16:00.000Z',
  '2026-03-05T09:00:00.000Z',
  '2026-03-05T09:00:00.500Z',
);

export const noteArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A name as the widget keeps it ("Who", organisation): trimmed, not blank, at most NAME_MAX_LENGTH. */
export const nameArb: fc.Arbitrary<string> = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: NAME_MAX_LENGTH })
  .map((name) => name.trim())
  .filter((name) => name.length > 0 && name.length <= NAME_MAX_LENGTH);

/** "By when": real calendar dates, YYYY-MM-DD. */
export const dueArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T00:00:00.000Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** The two-level scale most frameworks use, or 3 to 7 levels with weights strictly between 0 and 1. */
export const ratingScaleArb: fc.Arbitrary<RatingLevel[]> = fc.oneof(
  fc.constant<RatingLevel[]>([
    { id: 'not-yet', label: 'Not yet', weight: 0 },
    { id: 'in-place', label: 'In place', weight: 1 },
  ]),
  fc
    .uniqueArray(
      fc.oneof(
        fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
        // Edge weights: the smallest above 0 and the largest below 1.
        fc.constantFrom(Number.MIN_VALUE, 1e-12, 0.5, 1 - 1e-12, 1 - Number.EPSILON / 2),
      ),
      { minLength: 0, maxLength: 5 },
    )
    .chain((middle) => {
      const weights = [0, ...[...middle].sort((a, b) => a - b), 1];
      return fc.uniqueArray(idArb, { minLength: weights.length, maxLength: weights.length }).map((ids) =>
        weights.map((weight, i) => ({ id: ids[i], label: `Level ${i}`, weight })),
      );
    }),
);

export const twoLevelScaleArb: fc.Arbitrary<RatingLevel[]> = fc.constant<RatingLevel[]>([
  { id: 'not-yet', label: 'Not yet', weight: 0 },
  { id: 'in-place', label: 'In place', weight: 1 },
]);

/** 1 to 6 behaviours, each with 1 to 8 practices; ids unique as the format requires. */
export function frameworkArb(scaleArb: fc.Arbitrary<RatingLevel[]> = ratingScaleArb): fc.Arbitrary<Framework> {
  return fc
    .array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 })
    .chain((sizes) => {
      const practiceCount = sizes.reduce((sum, size) => sum + size, 0);
      return fc.record({
        sizes: fc.constant(sizes),
        behaviourIds: fc.uniqueArray(idArb, { minLength: sizes.length, maxLength: sizes.length }),
        practiceIds: fc.uniqueArray(idArb, { minLength: practiceCount, maxLength: practiceCount }),
        ratingScale: scaleArb,
      });
    })
    .map(({ sizes, behaviourIds, practiceIds, ratingScale }) => {
      let next = 0;
      const input: FrameworkInput = {
        formatVersion: 1,
        id: 'generated',
        version: '1',
        lang: 'en-GB',
        title: 'Generated framework',
        ratingScale,
        behaviours: sizes.map((size, b) => ({
          id: behaviourIds[b],
          title: `Behaviour ${b + 1}`,
          practices: Array.from({ length: size }, () => {
            const id = practiceIds[next++];
            return { id, text: `Practice ${id}` };
          }),
        })),
      };
      const parsed = parseFramework(input);
      if (!parsed.ok) throw new Error(`generated an invalid framework: ${parsed.problems.join('; ')}`);
      return parsed.value;
    });
}

/**
 * A framework from `frameworkArb` whose practices carry tags: often
 * "starting-point" or "needs-power", now and then both, or one the widget
 * does not act on.
 */
export function taggedFrameworkArb(scaleArb: fc.Arbitrary<RatingLevel[]> = ratingScaleArb): fc.Arbitrary<Framework> {
  const tagsArb = fc.subarray([STARTING_POINT, NEEDS_POWER, 'local-priority']);
  return frameworkArb(scaleArb).chain((framework) =>
    fc.array(tagsArb, { minLength: practiceIdsOf(framework).length, maxLength: practiceIdsOf(framework).length }).map((tagLists) => {
      let next = 0;
      const input = {
        ...framework,
        behaviours: framework.behaviours.map((behaviour) => ({
          ...behaviour,
          practices: behaviour.practices.map((practice) => {
            const tags = tagLists[next++];
            return tags.length ? { ...practice, tags } : practice;
          }),
        })),
      };
      const parsed = parseFramework(input);
      if (!parsed.ok) throw new Error(`generated an invalid framework: ${parsed.problems.join('; ')}`);
      return parsed.value;
    }),
  );
}

/** "About your organisation": any answers, none, or one of the two. */
export function profileArb(changedAtArb: fc.Arbitrary<string> = timestampArb): fc.Arbitrary<OrganisationProfile> {
  return fc.record(
    { size: fc.constantFrom(...ORGANISATION_SIZES), role: fc.constantFrom(...PARTNERSHIP_ROLES), filledInBy: fc.string({ minLength: 1, maxLength: NAME_MAX_LENGTH }), organisation: nameArb, changedAt: changedAtArb },
    { requiredKeys: ['changedAt'], noNullPrototype: true },
  );
}

export function practiceIdsOf(framework: Framework): string[] {
  return framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id));
}

/** Any response a stored record may hold, including level ids a scale no longer has, with or without a "Who" and "By when". */
export function responseArb(levelArb: fc.Arbitrary<string> = idArb, changedAtArb: fc.Arbitrary<string> = timestampArb): fc.Arbitrary<PracticeResponse> {
  return fc.record(
    { level: levelArb, notApplicable: fc.boolean(), note: noteArb, owner: nameArb, due: dueArb, changedAt: changedAtArb },
    // Responses are always plain objects in the widget.
    { requiredKeys: ['level', 'notApplicable', 'note', 'changedAt'], noNullPrototype: true },
  );
}

/**
 * Responses to some of a framework's practices, now and then at a level
 * the scale does not have, plus a few to practices the framework does not list.
 */
export function responsesArb(framework: Framework): fc.Arbitrary<Map<string, PracticeResponse>> {
  const levelArb = fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...framework.ratingScale.map((level) => level.id)) },
    { weight: 1, arbitrary: fc.constant('retired-level') },
  );
  const known = practiceIdsOf(framework);
  return fc
    .record({
      answered: fc.subarray(known),
      answers: fc.array(responseArb(levelArb), { minLength: known.length, maxLength: known.length }),
      extra: fc.array(fc.tuple(idArb.map((id) => `retired-${id}`), responseArb(levelArb)), { maxLength: 3 }),
    })
    .map(({ answered, answers, extra }) => new Map([...answered.map((id, i) => [id, answers[i]] as const), ...extra]));
}

export function frameworkWithResponsesArb(
  scaleArb: fc.Arbitrary<RatingLevel[]> = ratingScaleArb,
): fc.Arbitrary<{ framework: Framework; responses: Map<string, PracticeResponse> }> {
  return frameworkArb(scaleArb).chain((framework) => responsesArb(framework).map((responses) => ({ framework, responses })));
}

/** Any record the codec can store: arbitrary ids, notes and (canonical) times, with or without a profile. */
export const recordArb: fc.Arbitrary<ProgressRecord> = fc
  .record(
    {
      frameworkId: idArb,
      frameworkVersion: fc.string({ maxLength: 12 }),
      clearedAt: timestampArb,
      responses: fc.uniqueArray(fc.tuple(idArb, responseArb()), { selector: ([id]) => id, maxLength: 12 }),
      profile: profileArb(),
    },
    { requiredKeys: ['frameworkId', 'frameworkVersion', 'responses'], noNullPrototype: true },
  )
  .map(({ responses, ...rest }) => ({ ...rest, responses: new Map(responses) }));

/**
 * Copies of one record as two tabs might hold them: practice ids from a
 * small pool and times from a handful, so responses collide, tie and
 * straddle resets often.
 */
export const siblingRecordArb: fc.Arbitrary<ProgressRecord> = fc
  .record(
    {
      clearedAt: fewTimestampsArb,
      responses: fc.uniqueArray(
        fc.tuple(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'constructor'), responseArb(fc.constantFrom('not-yet', 'in-place'), fewTimestampsArb)),
        { selector: ([id]) => id, maxLength: 5 },
      ),
      profile: profileArb(fewTimestampsArb),
    },
    { requiredKeys: ['responses'], noNullPrototype: true },
  )
  .map(({ responses, ...rest }) => ({ frameworkId: 'ncvo-collaborative-behaviours', frameworkVersion: '2021.1', ...rest, responses: new Map(responses) }));

/** A record's content with Map order taken out, for comparing records that should match. */
export function contentOf(record: ProgressRecord): { clearedAt: string | undefined; responses: [string, PracticeResponse][] } {
  return {
    clearedAt: record.clearedAt,
    responses: [...record.responses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
