import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import type { Framework, Practice, RatingLevel } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import { scoreChecklist, type ChecklistScore, type Tally } from '../../src/core/scoring.js';
import {
  audienceOf,
  ORGANISATION_SIZES,
  PARTNERSHIP_ROLES,
  type Audience,
  type OrganisationSize,
  type PartnershipRole,
} from '../../src/core/tailoring/profile.js';
import { hasTag, NEEDS_POWER, STARTING_POINT } from '../../src/core/tailoring/tags.js';
import { emphasisOf, optionalPractices, suggestNextSteps, type Suggestion } from '../../src/core/tailoring/tailoring.js';
import { hasNextStep } from '../../src/core/plan/next-step.js';
import {
  frameworkArb,
  frameworkWithResponsesArb,
  practiceIdsOf,
  profileArb,
  ratingScaleArb,
  responsesArb,
  taggedFrameworkArb,
  timestampArb,
  twoLevelScaleArb,
} from './arbitraries.js';

const AT = '2026-03-04T10:15:00.000Z';
const AUDIENCES: readonly Audience[] = ['less-power', 'more-power', 'everyone'];

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsed(ncvoJson);
const ncvoPracticeIds = practiceIdsOf(ncvo);

/** The NCVO practices the framework tags, in framework order, as the framework file reads today. */
const NCVO_STARTING_POINTS = [
  'communicates-intention-to-collaborate',
  'opens-lines-of-communication',
  'builds-partnerships-over-time',
  'recognises-value-of-others',
  'aligns-values-and-learns-from-differences',
  'ensures-flexibility-and-support',
];
const NCVO_NEEDS_POWER = [
  'considers-funding-impact',
  'buys-in-services',
  'builds-capacity-of-smaller-organisations',
  'facilitates-flow-of-money',
  'manages-partnerships-fairly',
];

const BEHAVIOUR_IDS = ['first', 'second', 'third', 'fourth'];

interface PracticeSpec {
  readonly id: string;
  readonly tags?: string[];
}

/** A framework with behaviours "first", "second", … holding the given practices (a bare id is an untagged practice). */
function frameworkOf(behaviours: (string | PracticeSpec)[][], ratingScale?: RatingLevel[]): Framework {
  return parsed({
    formatVersion: 1,
    id: 'test',
    version: '1',
    lang: 'en-GB',
    title: 'Test',
    ...(ratingScale ? { ratingScale } : {}),
    behaviours: behaviours.map((practices, b) => ({
      id: BEHAVIOUR_IDS[b],
      title: `Behaviour ${b + 1}`,
      practices: practices.map((spec) => {
        const { id, tags } = typeof spec === 'string' ? { id: spec, tags: undefined } : spec;
        return { id, text: `Practice ${id}`, ...(tags ? { tags } : {}) };
      }),
    })),
  });
}

const start = (id: string): PracticeSpec => ({ id, tags: [STARTING_POINT] });
const power = (id: string): PracticeSpec => ({ id, tags: [NEEDS_POWER] });

const atLevel = (level: string): PracticeResponse => ({ level, notApplicable: false, note: '', changedAt: AT });
const inPlace = (): PracticeResponse => atLevel('in-place');
const notYet = (): PracticeResponse => atLevel('not-yet');
const notApplicable = (): PracticeResponse => ({ level: 'not-yet', notApplicable: true, note: '', changedAt: AT });

const allPractices = (framework: Framework): Practice[] => framework.behaviours.flatMap((behaviour) => behaviour.practices);
const tallies = (score: ChecklistScore): Tally[] => [score.overall, ...score.behaviours];
const topOf = (framework: Framework): string => framework.ratingScale[framework.ratingScale.length - 1].id;

/** Scores as the widget does for an audience. */
const tailoredScore = (framework: Framework, responses: ReadonlyMap<string, PracticeResponse>, audience: Audience): ChecklistScore =>
  scoreChecklist(framework, responses, optionalPractices(framework, audience));

function suggest(framework: Framework, responses: ReadonlyMap<string, PracticeResponse>, audience: Audience, count?: number): Suggestion[] {
  return suggestNextSteps(framework, responses, tailoredScore(framework, responses, audience), audience, count);
}

const audienceArb: fc.Arbitrary<Audience> = fc.constantFrom(...AUDIENCES);

/** Any framework with tags, responses to it, and an audience (from a profile, or none). */
const tailoredCaseArb = taggedFrameworkArb().chain((framework) =>
  fc.record({
    framework: fc.constant(framework),
    responses: responsesArb(framework),
    audience: fc.option(profileArb(), { nil: undefined }).map(audienceOf),
  }),
);

/** Any framework, responses, and any set of practice ids (some unknown to the framework) to treat as optional. */
const optionalCaseArb = frameworkWithResponsesArb().chain(({ framework, responses }) =>
  fc.record({
    framework: fc.constant(framework),
    responses: fc.constant(responses),
    optional: fc
      .tuple(fc.subarray(practiceIdsOf(framework)), fc.array(fc.constantFrom('retired-practice', 'another-retired-practice'), { maxLength: 2 }))
      .map(([known, unknown]) => new Set([...known, ...unknown])),
  }),
);

describe('audienceOf', () => {
  type Row = [OrganisationSize | undefined, PartnershipRole | undefined, Audience];
  const ROLES: (PartnershipRole | undefined)[] = [undefined, 'leads', 'joins', 'both', 'not-yet'];
  /** As profile.ts documents it: size decides first; then role; medium organisations that both lead and join, or no answers, are everyone. */
  const BY_SIZE: Record<string, [Audience, Audience, Audience, Audience, Audience]> = {
    //             no role      leads         joins         both          not-yet
    none: /*    */ ['everyone', 'more-power', 'less-power', 'everyone', 'less-power'],
    micro: /*   */ ['less-power', 'less-power', 'less-power', 'less-power', 'less-power'],
    small: /*   */ ['less-power', 'less-power', 'less-power', 'less-power', 'less-power'],
    medium: /*  */ ['everyone', 'more-power', 'less-power', 'everyone', 'less-power'],
    large: /*   */ ['more-power', 'more-power', 'more-power', 'more-power', 'more-power'],
    major: /*   */ ['more-power', 'more-power', 'more-power', 'more-power', 'more-power'],
    'super-major': ['more-power', 'more-power', 'more-power', 'more-power', 'more-power'],
  };
  const rows: Row[] = [undefined, ...ORGANISATION_SIZES].flatMap((size) =>
    ROLES.map((role, r): Row => [size, role, BY_SIZE[size ?? 'none'][r]]),
  );

  it('covers every combination: 6 sizes and none, by 4 roles and none', () => {
    expect(ORGANISATION_SIZES).toHaveLength(6);
    expect(PARTNERSHIP_ROLES).toHaveLength(4);
    expect(new Set(ROLES.slice(1))).toEqual(new Set(PARTNERSHIP_ROLES));
    expect(rows).toHaveLength(35);
  });

  it.each(rows)('size %s, role %s: %s', (size, role, expected) => {
    const profile = { ...(size ? { size } : {}), ...(role ? { role } : {}), changedAt: AT };
    expect(audienceOf(profile)).toBe(expected);
  });

  it('speaks to everyone when there is no profile', () => {
    expect(audienceOf(undefined)).toBe('everyone');
    expect(audienceOf({ changedAt: AT })).toBe('everyone');
  });

  it('depends only on the answers, not on when they were given', () => {
    fc.assert(
      fc.property(profileArb(), timestampArb, (profile, changedAt) => {
        expect(audienceOf({ ...profile, changedAt })).toBe(audienceOf(profile));
      }),
    );
  });
});

describe('tags', () => {
  it('hasTag reads a practice\'s tags, and an untagged practice has none', () => {
    expect(hasTag({ id: 'p', text: 'P', tags: [STARTING_POINT, 'other'] }, STARTING_POINT)).toBe(true);
    expect(hasTag({ id: 'p', text: 'P', tags: ['other'] }, STARTING_POINT)).toBe(false);
    expect(hasTag({ id: 'p', text: 'P', tags: [] }, NEEDS_POWER)).toBe(false);
    expect(hasTag({ id: 'p', text: 'P' }, NEEDS_POWER)).toBe(false);
    expect([STARTING_POINT, NEEDS_POWER]).toEqual(['starting-point', 'needs-power']);
  });

  it('the NCVO framework tags its starting points and the practices that need power, and never both on one practice', () => {
    const tagged = (tag: string) => allPractices(ncvo).filter((practice) => hasTag(practice, tag)).map((practice) => practice.id);
    expect(tagged(STARTING_POINT)).toEqual(NCVO_STARTING_POINTS);
    expect(tagged(NEEDS_POWER)).toEqual(NCVO_NEEDS_POWER);
    expect(NCVO_STARTING_POINTS.filter((id) => NCVO_NEEDS_POWER.includes(id))).toEqual([]);
  });
});

describe('emphasisOf and optionalPractices: the NCVO framework', () => {
  const emphases = (audience: Audience) => Object.fromEntries(allPractices(ncvo).map((practice) => [practice.id, emphasisOf(practice, audience)]));
  const others = ncvoPracticeIds.filter((id) => !NCVO_STARTING_POINTS.includes(id) && !NCVO_NEEDS_POWER.includes(id));

  it('less power: the needs-power practices are optional, the starting points marked, the rest plain', () => {
    expect(optionalPractices(ncvo, 'less-power')).toEqual(new Set(NCVO_NEEDS_POWER));
    const emphasis = emphases('less-power');
    for (const id of NCVO_NEEDS_POWER) expect(emphasis[id], id).toBe('optional');
    for (const id of NCVO_STARTING_POINTS) expect(emphasis[id], id).toBe('starting-point');
    for (const id of others) expect(emphasis[id], id).toBe('none');
  });

  it('more power: the needs-power practices are its responsibility, none optional, starting points not marked', () => {
    expect(optionalPractices(ncvo, 'more-power').size).toBe(0);
    const emphasis = emphases('more-power');
    for (const id of NCVO_NEEDS_POWER) expect(emphasis[id], id).toBe('responsibility');
    for (const id of [...NCVO_STARTING_POINTS, ...others]) expect(emphasis[id], id).toBe('none');
  });

  it('everyone: nothing optional, nothing marked', () => {
    expect(optionalPractices(ncvo, 'everyone').size).toBe(0);
    expect(new Set(Object.values(emphases('everyone')))).toEqual(new Set(['none']));
  });

  it('a practice tagged both ways is optional for less power and a responsibility for more power', () => {
    const practice = { id: 'p', text: 'P', tags: [STARTING_POINT, NEEDS_POWER] };
    expect(emphasisOf(practice, 'less-power')).toBe('optional');
    expect(emphasisOf(practice, 'more-power')).toBe('responsibility');
    expect(emphasisOf(practice, 'everyone')).toBe('none');
  });
});

describe('emphasisOf and optionalPractices: any framework', () => {
  it('has no effect on a framework without tags: nothing marked, nothing optional, scores unchanged', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), audienceArb, ({ framework, responses }, audience) => {
        for (const practice of allPractices(framework)) expect(emphasisOf(practice, audience)).toBe('none');
        expect(optionalPractices(framework, audience).size).toBe(0);
        expect(tailoredScore(framework, responses, audience)).toEqual(scoreChecklist(framework, responses));
        for (const suggestion of suggest(framework, responses, audience, 50)) expect(suggestion.reason).toBe('weakest-behaviour');
      }),
    );
  });

  it('has no effect for tags it does not act on', () => {
    const framework = frameworkOf([[{ id: 'p1', tags: ['local-priority'] }, { id: 'p2', tags: ['Starting-Point', 'needs_power'] }]]);
    for (const audience of AUDIENCES) {
      expect(allPractices(framework).map((practice) => emphasisOf(practice, audience))).toEqual(['none', 'none']);
      expect(optionalPractices(framework, audience).size).toBe(0);
    }
  });

  it('makes optional exactly the needs-power practices, and only for less power', () => {
    fc.assert(
      fc.property(taggedFrameworkArb(), audienceArb, (framework, audience) => {
        const expected = audience === 'less-power' ? allPractices(framework).filter((p) => hasTag(p, NEEDS_POWER)).map((p) => p.id) : [];
        expect(optionalPractices(framework, audience)).toEqual(new Set(expected));
      }),
    );
  });
});

describe('scoreChecklist with optional practices: worked examples', () => {
  it('scores an untouched NCVO checklist for less power as 0 of 25, with 5 optional', () => {
    const score = tailoredScore(ncvo, new Map(), 'less-power');
    expect(score.overall).toEqual({ inPlace: 0, applicable: 25, notApplicable: 0, optional: 5, total: 30, ratio: 0, percent: 0 });
    expect(score.behaviours.map(({ behaviourId, applicable, optional, total }) => [behaviourId, applicable, optional, total])).toEqual([
      ['ethical-competition', 1, 0, 1],
      ['open-to-collaborating', 8, 0, 8],
      ['supports-other-organisations', 4, 4, 8],
      ['fair-and-equal-partnerships', 6, 1, 7],
      ['collaborative-culture-and-leadership', 6, 0, 6],
    ]);
  });

  it('counts an optional practice once it is in place, and one marked not applicable as not applicable', () => {
    const responses = new Map([
      ['buys-in-services', inPlace()],
      ['considers-funding-impact', notApplicable()],
      ['facilitates-flow-of-money', notYet()],
      ['pushes-back-on-poor-commissioning', inPlace()],
    ]);
    const score = tailoredScore(ncvo, responses, 'less-power');
    expect(score.behaviours[2]).toEqual({
      behaviourId: 'supports-other-organisations',
      inPlace: 2,
      applicable: 5, // 4 that always count, and buys-in-services
      notApplicable: 1,
      optional: 2, // builds-capacity-of-smaller-organisations unanswered, facilitates-flow-of-money "not yet"
      total: 8,
      ratio: 2 / 5,
      percent: 40,
    });
    expect(score.overall).toMatchObject({ inPlace: 2, applicable: 26, notApplicable: 1, optional: 3, total: 30 });
    // Plainly scored, the same answers are 2 of 29.
    expect(scoreChecklist(ncvo, responses).overall).toMatchObject({ inPlace: 2, applicable: 29, optional: 0, percent: 6 });
  });

  it('counts an optional practice started at an intermediate level at its weight, and one at a retired level as not started', () => {
    const framework = frameworkOf([['p1', 'p2', 'p3', 'p4']], [
      { id: 'not-started', label: 'Not started', weight: 0 },
      { id: 'partly', label: 'Partly', weight: 0.5 },
      { id: 'fully', label: 'Fully', weight: 1 },
    ]);
    const responses = new Map([
      ['p1', atLevel('fully')],
      ['p2', atLevel('partly')],
      ['p3', atLevel('retired-level')],
      ['p4', atLevel('not-started')],
    ]);
    const score = scoreChecklist(framework, responses, new Set(['p2', 'p3', 'p4']));
    expect(score.overall).toEqual({ inPlace: 1, applicable: 2, notApplicable: 0, optional: 2, total: 4, ratio: 0.75, percent: 75 });
  });

  it('scores a behaviour whose practices are all optional and not started as 0 applicable, ratio 0, never NaN', () => {
    const framework = frameworkOf([[power('p1'), power('p2')], ['p3']]);
    const score = tailoredScore(framework, new Map([['p3', inPlace()]]), 'less-power');
    expect(score.behaviours[0]).toEqual({ behaviourId: 'first', inPlace: 0, applicable: 0, notApplicable: 0, optional: 2, total: 2, ratio: 0, percent: 0 });
    expect(score.overall).toMatchObject({ inPlace: 1, applicable: 1, optional: 2, percent: 100 });
  });

  it('shows 100% when every practice that counts is in place, optional ones left aside', () => {
    const responses = new Map(ncvoPracticeIds.filter((id) => !NCVO_NEEDS_POWER.includes(id)).map((id) => [id, inPlace()]));
    expect(tailoredScore(ncvo, responses, 'less-power').overall).toMatchObject({ inPlace: 25, applicable: 25, optional: 5, percent: 100 });
    expect(tailoredScore(ncvo, responses, 'more-power').overall).toMatchObject({ inPlace: 25, applicable: 30, optional: 0, percent: 83 });
  });

  it('ignores optional ids the framework does not list', () => {
    expect(scoreChecklist(ncvo, new Map(), new Set(['retired-practice']))).toEqual(scoreChecklist(ncvo, new Map()));
  });
});

describe('scoreChecklist with optional practices: properties', () => {
  it('with no set, or an empty one, scores exactly as before: nothing optional', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const plain = scoreChecklist(framework, responses);
        expect(scoreChecklist(framework, responses, new Set())).toEqual(plain);
        expect(scoreChecklist(framework, responses, undefined)).toEqual(plain);
        for (const tally of tallies(plain)) {
          expect(tally.optional).toBe(0);
          expect(tally.applicable + tally.notApplicable).toBe(tally.total);
        }
      }),
    );
  });

  it('never lowers any ratio or percent, and leaves in place and not applicable as they were', () => {
    fc.assert(
      fc.property(optionalCaseArb, ({ framework, responses, optional }) => {
        const plain = tallies(scoreChecklist(framework, responses));
        const tailored = tallies(scoreChecklist(framework, responses, optional));
        tailored.forEach((tally, i) => {
          expect(tally.ratio).toBeGreaterThanOrEqual(plain[i].ratio);
          expect(tally.percent).toBeGreaterThanOrEqual(plain[i].percent);
          expect(tally.inPlace).toBe(plain[i].inPlace);
          expect(tally.notApplicable).toBe(plain[i].notApplicable);
          expect(tally.total).toBe(plain[i].total);
          expect(tally.applicable).toBe(plain[i].applicable - tally.optional);
          expect(tally.applicable + tally.notApplicable + tally.optional).toBe(tally.total);
          expect(tally.ratio).toBeGreaterThanOrEqual(0);
          expect(tally.ratio).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out exactly the optional practices that are applicable and not started', () => {
    fc.assert(
      fc.property(optionalCaseArb, ({ framework, responses, optional }) => {
        const weights = new Map(framework.ratingScale.map((level) => [level.id, level.weight]));
        const leftOut = (practices: readonly Practice[]) =>
          practices.filter((practice) => {
            const response = responses.get(practice.id);
            return optional.has(practice.id) && !response?.notApplicable && (weights.get(response?.level ?? '') ?? 0) === 0;
          }).length;
        const score = scoreChecklist(framework, responses, optional);
        expect(score.overall.optional).toBe(leftOut(allPractices(framework)));
        score.behaviours.forEach((tally, b) => expect(tally.optional).toBe(leftOut(framework.behaviours[b].practices)));
      }),
    );
  });

  it('scores as if the optional practices not started were not applicable', () => {
    fc.assert(
      fc.property(optionalCaseArb, ({ framework, responses, optional }) => {
        const weights = new Map(framework.ratingScale.map((level) => [level.id, level.weight]));
        const setAside = new Map(responses);
        for (const id of optional) {
          const response = responses.get(id);
          if (practiceIdsOf(framework).includes(id) && (weights.get(response?.level ?? '') ?? 0) === 0) setAside.set(id, notApplicable());
        }
        const plainSetAside = tallies(scoreChecklist(framework, setAside));
        tallies(scoreChecklist(framework, responses, optional)).forEach((tally, i) => {
          const { notApplicable: na, optional: leftOut, ...rest } = tally;
          const { notApplicable: naAside, optional: _none, ...restAside } = plainSetAside[i];
          expect(rest).toEqual(restAside);
          expect(na + leftOut).toBe(naAside);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('counts a started practice (in place, or at any level above the lowest) the same whether or not it is optional', () => {
    fc.assert(
      fc.property(optionalCaseArb, fc.nat(), ({ framework, responses, optional }, pick) => {
        const weights = new Map(framework.ratingScale.map((level) => [level.id, level.weight]));
        const started = practiceIdsOf(framework).filter((id) => {
          const response = responses.get(id);
          return response !== undefined && !response.notApplicable && (weights.get(response.level) ?? 0) > 0;
        });
        fc.pre(started.length > 0);
        const id = started[pick % started.length];
        const withIt = new Set([...optional, id]);
        const withoutIt = new Set([...optional].filter((each) => each !== id));
        expect(scoreChecklist(framework, responses, withIt)).toEqual(scoreChecklist(framework, responses, withoutIt));
      }),
    );
  });

  it('makes every started practice optional without changing the score', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const weights = new Map(framework.ratingScale.map((level) => [level.id, level.weight]));
        const started = practiceIdsOf(framework).filter((id) => (weights.get(responses.get(id)?.level ?? '') ?? 0) > 0);
        expect(scoreChecklist(framework, responses, new Set(started))).toEqual(scoreChecklist(framework, responses));
      }),
    );
  });

  it('with a two-level scale, ticking an optional practice never lowers the tailored score', () => {
    fc.assert(
      fc.property(
        taggedFrameworkArb(twoLevelScaleArb).chain((framework) => fc.record({ framework: fc.constant(framework), responses: responsesArb(framework) })),
        fc.nat(),
        ({ framework, responses }, pick) => {
          const optional = optionalPractices(framework, 'less-power');
          const notStarted = [...optional].filter((id) => !responses.get(id)?.notApplicable && responses.get(id)?.level !== 'in-place');
          fc.pre(notStarted.length > 0);
          const id = notStarted[pick % notStarted.length];
          const ticked = new Map(responses).set(id, inPlace());
          const before = tallies(scoreChecklist(framework, responses, optional));
          tallies(scoreChecklist(framework, ticked, optional)).forEach((tally, i) => {
            expect(tally.ratio).toBeGreaterThanOrEqual(before[i].ratio);
            expect(tally.percent).toBeGreaterThanOrEqual(before[i].percent);
          });
        },
      ),
    );
  });
});

describe('suggestNextSteps: worked examples', () => {
  it('suggests three next steps by default', () => {
    for (const audience of AUDIENCES) expect(suggest(ncvo, new Map(), audience)).toHaveLength(3);
  });

  it('less power, nothing answered: the starting points first, in framework order, then the weakest behaviours', () => {
    expect(suggest(ncvo, new Map(), 'less-power', 8)).toEqual([
      { practiceId: 'communicates-intention-to-collaborate', behaviourId: 'open-to-collaborating', reason: 'starting-point' },
      { practiceId: 'opens-lines-of-communication', behaviourId: 'open-to-collaborating', reason: 'starting-point' },
      { practiceId: 'builds-partnerships-over-time', behaviourId: 'open-to-collaborating', reason: 'starting-point' },
      { practiceId: 'recognises-value-of-others', behaviourId: 'open-to-collaborating', reason: 'starting-point' },
      { practiceId: 'aligns-values-and-learns-from-differences', behaviourId: 'fair-and-equal-partnerships', reason: 'starting-point' },
      { practiceId: 'ensures-flexibility-and-support', behaviourId: 'fair-and-equal-partnerships', reason: 'starting-point' },
      { practiceId: 'competes-ethically', behaviourId: 'ethical-competition', reason: 'weakest-behaviour' },
      { practiceId: 'considers-partnership-in-new-areas', behaviourId: 'open-to-collaborating', reason: 'weakest-behaviour' },
    ]);
  });

  it('less power: starting points from the weaker behaviour first; starting points in place are not suggested', () => {
    const responses = new Map([
      ['competes-ethically', inPlace()],
      ['communicates-intention-to-collaborate', inPlace()],
      ['opens-lines-of-communication', inPlace()],
      ['judges-organisations-on-merit', inPlace()],
      ['builds-partnerships-over-time', notApplicable()],
      // A needs-power practice started counts, but is still never suggested.
      ['manages-partnerships-fairly', inPlace()],
    ]);
    // open-to-collaborating 3/7; fair-and-equal-partnerships 1/7; supports-other-organisations 0/4.
    expect(suggest(ncvo, responses, 'less-power', 5)).toEqual([
      { practiceId: 'aligns-values-and-learns-from-differences', behaviourId: 'fair-and-equal-partnerships', reason: 'starting-point' },
      { practiceId: 'ensures-flexibility-and-support', behaviourId: 'fair-and-equal-partnerships', reason: 'starting-point' },
      { practiceId: 'recognises-value-of-others', behaviourId: 'open-to-collaborating', reason: 'starting-point' },
      { practiceId: 'pushes-back-on-poor-commissioning', behaviourId: 'supports-other-organisations', reason: 'weakest-behaviour' },
      { practiceId: 'honest-about-mechanisms', behaviourId: 'supports-other-organisations', reason: 'weakest-behaviour' },
    ]);
  });

  it('less power: never suggests a needs-power practice, even when nothing else is left', () => {
    const responses = new Map(ncvoPracticeIds.filter((id) => !NCVO_NEEDS_POWER.includes(id)).map((id) => [id, inPlace()]));
    expect(suggest(ncvo, responses, 'less-power', 30)).toEqual([]);
    expect(suggest(ncvo, responses, 'more-power', 30).map((s) => s.practiceId).sort()).toEqual([...NCVO_NEEDS_POWER].sort());
    expect(suggest(ncvo, responses, 'everyone', 30).map((s) => s.practiceId).sort()).toEqual([...NCVO_NEEDS_POWER].sort());
  });

  it('more power: the needs-power practices first, from the weaker behaviour first', () => {
    // supports-other-organisations 1/8 is stronger than fair-and-equal-partnerships 0/7.
    const responses = new Map([['pushes-back-on-poor-commissioning', inPlace()]]);
    expect(suggest(ncvo, responses, 'more-power', 7)).toEqual([
      { practiceId: 'manages-partnerships-fairly', behaviourId: 'fair-and-equal-partnerships', reason: 'responsibility' },
      { practiceId: 'considers-funding-impact', behaviourId: 'supports-other-organisations', reason: 'responsibility' },
      { practiceId: 'buys-in-services', behaviourId: 'supports-other-organisations', reason: 'responsibility' },
      { practiceId: 'builds-capacity-of-smaller-organisations', behaviourId: 'supports-other-organisations', reason: 'responsibility' },
      { practiceId: 'facilitates-flow-of-money', behaviourId: 'supports-other-organisations', reason: 'responsibility' },
      { practiceId: 'competes-ethically', behaviourId: 'ethical-competition', reason: 'weakest-behaviour' },
      { practiceId: 'considers-partnership-in-new-areas', behaviourId: 'open-to-collaborating', reason: 'weakest-behaviour' },
    ]);
  });

  it('everyone: the weakest behaviour first (lowest score), framework order breaking ties, practices in framework order', () => {
    const framework = frameworkOf([
      ['a1', 'a2'],
      ['b1', 'b2', 'b3'],
      ['c1', 'c2', 'c3'],
      ['d1', 'd2'],
    ]);
    const responses = new Map([
      ['a1', inPlace()], // first: 1/2
      ['b1', inPlace()], // second: 1/3
      ['c2', inPlace()], // third: 1/3, a tie with the second that framework order breaks
      ['d1', notApplicable()], // fourth: 0/1
    ]);
    expect(suggest(framework, responses, 'everyone', 10)).toEqual([
      { practiceId: 'd2', behaviourId: 'fourth', reason: 'weakest-behaviour' },
      { practiceId: 'b2', behaviourId: 'second', reason: 'weakest-behaviour' },
      { practiceId: 'b3', behaviourId: 'second', reason: 'weakest-behaviour' },
      { practiceId: 'c1', behaviourId: 'third', reason: 'weakest-behaviour' },
      { practiceId: 'c3', behaviourId: 'third', reason: 'weakest-behaviour' },
      { practiceId: 'a2', behaviourId: 'first', reason: 'weakest-behaviour' },
    ]);
  });

  it('everyone: tags do not reorder anything', () => {
    const framework = frameworkOf([['a1', start('a2')], [power('b1'), 'b2']]);
    const responses = new Map([['a1', inPlace()]]);
    expect(suggest(framework, responses, 'everyone', 10).map((s) => [s.practiceId, s.reason])).toEqual([
      ['b1', 'weakest-behaviour'],
      ['b2', 'weakest-behaviour'],
      ['a2', 'weakest-behaviour'],
    ]);
  });

  it('orders behaviours by the weighted score and suggests a practice only partly in place', () => {
    const framework = frameworkOf([['a1', 'a2'], ['b1', 'b2']], [
      { id: 'not-started', label: 'Not started', weight: 0 },
      { id: 'partly', label: 'Partly', weight: 0.5 },
      { id: 'fully', label: 'Fully', weight: 1 },
    ]);
    const responses = new Map([
      ['a1', atLevel('partly')], // first: 0.25
      ['b1', atLevel('fully')], // second: 0.5
    ]);
    expect(suggest(framework, responses, 'everyone', 10).map((s) => s.practiceId)).toEqual(['a1', 'a2', 'b2']);
  });

  it('ranks behaviours by the tailored score, so optional practices left out do not make a behaviour look weaker', () => {
    const framework = frameworkOf([['a1', 'a2', 'a3'], ['b1', power('b2'), power('b3'), 'b4']]);
    const responses = new Map([['a1', inPlace()], ['b1', inPlace()]]);
    // Plainly the second behaviour is 1/4 and the first 1/3; for less power the second is 1/2, so the first is the weaker.
    expect(suggest(framework, responses, 'less-power', 10).map((s) => s.practiceId)).toEqual(['a2', 'a3', 'b4']);
    expect(suggest(framework, responses, 'everyone', 10).map((s) => s.practiceId)).toEqual(['b2', 'b3', 'b4', 'a2', 'a3']);
    expect(suggest(framework, responses, 'more-power', 10).map((s) => [s.practiceId, s.reason])).toEqual([
      ['b2', 'responsibility'],
      ['b3', 'responsibility'],
      ['b4', 'weakest-behaviour'],
      ['a2', 'weakest-behaviour'],
      ['a3', 'weakest-behaviour'],
    ]);
  });

  it('gives nothing for a count of 0, and every candidate for a count beyond them', () => {
    expect(suggest(ncvo, new Map(), 'everyone', 0)).toEqual([]);
    expect(suggest(ncvo, new Map(), 'everyone', 100)).toHaveLength(30);
    expect(suggest(ncvo, new Map(), 'less-power', 100)).toHaveLength(25);
  });

  it('gives nothing when every practice is in place or set aside', () => {
    const responses = new Map(ncvoPracticeIds.map((id, i) => [id, i % 3 === 0 ? notApplicable() : inPlace()]));
    for (const audience of AUDIENCES) expect(suggest(ncvo, responses, audience, 30)).toEqual([]);
  });
});

describe('suggestNextSteps: properties over any tagged framework, responses and profile', () => {
  const candidatesOf = (framework: Framework, responses: ReadonlyMap<string, PracticeResponse>, audience: Audience): Practice[] =>
    allPractices(framework).filter((practice) => {
      const response = responses.get(practice.id);
      return !response?.notApplicable && response?.level !== topOf(framework) && !hasNextStep(response, framework.ratingScale) && emphasisOf(practice, audience) !== 'optional';
    });

  it('never suggests a practice in place, not applicable, with a next step written, or optional for the audience; no more than asked, no duplicates', () => {
    fc.assert(
      fc.property(tailoredCaseArb, fc.integer({ min: 0, max: 12 }), ({ framework, responses, audience }, count) => {
        const suggestions = suggest(framework, responses, audience, count);
        const byId = new Map(allPractices(framework).map((practice) => [practice.id, practice]));
        expect(suggestions.length).toBe(Math.min(count, candidatesOf(framework, responses, audience).length));
        expect(new Set(suggestions.map((s) => s.practiceId)).size).toBe(suggestions.length);
        for (const { practiceId, behaviourId } of suggestions) {
          const practice = byId.get(practiceId)!;
          expect(practice).toBeDefined();
          expect(responses.get(practiceId)?.level).not.toBe(topOf(framework));
          expect(responses.get(practiceId)?.notApplicable ?? false).toBe(false);
          expect(emphasisOf(practice, audience)).not.toBe('optional');
          expect(hasNextStep(responses.get(practiceId), framework.ratingScale), 'already in the plan').toBe(false);
          expect(optionalPractices(framework, audience).has(practiceId)).toBe(false);
          expect(framework.behaviours.find((behaviour) => behaviour.id === behaviourId)?.practices).toContain(practice);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each suggestion the reason its tags and the audience call for', () => {
    fc.assert(
      fc.property(tailoredCaseArb, ({ framework, responses, audience }) => {
        const byId = new Map(allPractices(framework).map((practice) => [practice.id, practice]));
        for (const { practiceId, reason } of suggest(framework, responses, audience, 50)) {
          const practice = byId.get(practiceId)!;
          const expected =
            audience === 'less-power' && hasTag(practice, STARTING_POINT)
              ? 'starting-point'
              : audience === 'more-power' && hasTag(practice, NEEDS_POWER)
                ? 'responsibility'
                : 'weakest-behaviour';
          expect(reason).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every favoured practice that qualifies (starting points for less power, needs-power for more) before any other', () => {
    fc.assert(
      fc.property(tailoredCaseArb, fc.integer({ min: 0, max: 12 }), ({ framework, responses, audience }, count) => {
        const suggestions = suggest(framework, responses, audience, count);
        const favoured = suggestions.filter((s) => s.reason !== 'weakest-behaviour').length;
        // Favoured ones form a prefix…
        expect(suggestions.slice(0, favoured).every((s) => s.reason !== 'weakest-behaviour')).toBe(true);
        // …holding every favoured candidate there is room for.
        const favouredTag = audience === 'less-power' ? STARTING_POINT : audience === 'more-power' ? NEEDS_POWER : undefined;
        const qualifying = favouredTag ? candidatesOf(framework, responses, audience).filter((p) => hasTag(p, favouredTag)).length : 0;
        expect(favoured).toBe(Math.min(count, qualifying));
      }),
      { numRuns: 300 },
    );
  });

  it('orders each group by the weakest behaviour (tailored score, framework order breaking ties), then framework order', () => {
    fc.assert(
      fc.property(tailoredCaseArb, ({ framework, responses, audience }) => {
        const score = tailoredScore(framework, responses, audience);
        const behaviourRank = (id: string) => {
          const b = framework.behaviours.findIndex((behaviour) => behaviour.id === id);
          const tally = score.behaviours[b];
          return { ratio: tally.applicable === 0 ? 1 : tally.ratio, b };
        };
        const position = new Map(practiceIdsOf(framework).map((id, i) => [id, i]));
        const suggestions = suggest(framework, responses, audience, 1000);
        for (let i = 1; i < suggestions.length; i += 1) {
          const [before, after] = [suggestions[i - 1], suggestions[i]];
          if ((before.reason === 'weakest-behaviour') !== (after.reason === 'weakest-behaviour')) continue;
          const [x, y] = [behaviourRank(before.behaviourId), behaviourRank(after.behaviourId)];
          const inOrder =
            x.ratio < y.ratio || (x.ratio === y.ratio && (x.b < y.b || (x.b === y.b && position.get(before.practiceId)! < position.get(after.practiceId)!)));
          expect(inOrder, `${before.practiceId} before ${after.practiceId}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes the first `count` of the full list: asking for fewer gives a prefix', () => {
    fc.assert(
      fc.property(tailoredCaseArb, fc.integer({ min: 0, max: 12 }), ({ framework, responses, audience }, count) => {
        expect(suggest(framework, responses, audience, count)).toEqual(suggest(framework, responses, audience, 1000).slice(0, count));
      }),
    );
  });

  it('is deterministic and does not depend on the order responses were added', () => {
    fc.assert(
      fc.property(
        tailoredCaseArb.chain((c) =>
          fc.shuffledSubarray([...c.responses], { minLength: c.responses.size, maxLength: c.responses.size }).map((shuffled) => ({ ...c, shuffled: new Map(shuffled) })),
        ),
        ({ framework, responses, audience, shuffled }) => {
          const first = suggest(framework, responses, audience, 10);
          expect(suggest(framework, responses, audience, 10)).toEqual(first);
          expect(suggest(framework, shuffled, audience, 10)).toEqual(first);
        },
      ),
    );
  });

  it('is empty when every practice is in place or set aside', () => {
    fc.assert(
      fc.property(
        taggedFrameworkArb(ratingScaleArb).chain((framework) =>
          fc.record({
            framework: fc.constant(framework),
            setAside: fc.array(fc.boolean(), { minLength: practiceIdsOf(framework).length, maxLength: practiceIdsOf(framework).length }),
          }),
        ),
        audienceArb,
        ({ framework, setAside }, audience) => {
          const responses = new Map(practiceIdsOf(framework).map((id, i) => [id, setAside[i] ? notApplicable() : atLevel(topOf(framework))]));
          expect(suggest(framework, responses, audience, 50)).toEqual([]);
        },
      ),
    );
  });

  it('does not change the responses or score it is given', () => {
    fc.assert(
      fc.property(tailoredCaseArb, ({ framework, responses, audience }) => {
        const score = tailoredScore(framework, responses, audience);
        const [responsesBefore, scoreBefore] = [structuredClone(responses), structuredClone(score)];
        suggestNextSteps(framework, responses, score, audience, 5);
        expect(responses).toEqual(responsesBefore);
        expect(score).toEqual(scoreBefore);
      }),
    );
  });

  it('for an untagged framework, suggests the same for every audience', () => {
    fc.assert(
      fc.property(frameworkArb().chain((framework) => responsesArb(framework).map((responses) => ({ framework, responses }))), ({ framework, responses }) => {
        const everyone = suggest(framework, responses, 'everyone', 10);
        expect(suggest(framework, responses, 'less-power', 10)).toEqual(everyone);
        expect(suggest(framework, responses, 'more-power', 10)).toEqual(everyone);
      }),
    );
  });
});
