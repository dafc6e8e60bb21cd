import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import type { Framework, RatingLevel } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { applyChange, type PracticeResponse } from '../../src/core/progress/response.js';
import { scoreChecklist, type ChecklistScore, type Tally } from '../../src/core/scoring.js';
import { frameworkWithResponsesArb, practiceIdsOf, ratingScaleArb, timestampArb, twoLevelScaleArb } from './arbitraries.js';

const AT = '2026-03-04T10:15:00.000Z';

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsed(ncvoJson);
const ncvoPracticeIds = practiceIdsOf(ncvo);

/** A framework with behaviours of the given sizes; practice ids are p1, p2, … in order. */
function frameworkOfSizes(sizes: number[], ratingScale?: RatingLevel[]): Framework {
  let next = 0;
  return parsed({
    formatVersion: 1,
    id: 'test',
    version: '1',
    lang: 'en-GB',
    title: 'Test',
    ...(ratingScale ? { ratingScale } : {}),
    behaviours: sizes.map((size, b) => ({
      id: `b${b + 1}`,
      title: `Behaviour ${b + 1}`,
      practices: Array.from({ length: size }, () => ({ id: `p${++next}`, text: `Practice ${next}` })),
    })),
  });
}

const inPlace = (): PracticeResponse => ({ level: 'in-place', notApplicable: false, note: '', changedAt: AT });
const notYet = (): PracticeResponse => ({ level: 'not-yet', notApplicable: false, note: '', changedAt: AT });
const notApplicable = (): PracticeResponse => ({ level: 'not-yet', notApplicable: true, note: '', changedAt: AT });
const atLevel = (level: string): PracticeResponse => ({ level, notApplicable: false, note: '', changedAt: AT });

/** Responses for practices p1…pN: `inPlaceCount` in place, then `naCount` not applicable, the rest unanswered. */
function responsesFor(ids: readonly string[], inPlaceCount: number, naCount = 0): Map<string, PracticeResponse> {
  const responses = new Map<string, PracticeResponse>();
  ids.slice(0, inPlaceCount).forEach((id) => responses.set(id, inPlace()));
  ids.slice(inPlaceCount, inPlaceCount + naCount).forEach((id) => responses.set(id, notApplicable()));
  return responses;
}

describe('scoreChecklist: worked examples', () => {
  it('scores an untouched checklist as 0 of 30, 0%', () => {
    const score = scoreChecklist(ncvo, new Map());
    expect(score.overall).toEqual({ inPlace: 0, applicable: 30, notApplicable: 0, optional: 0, total: 30, ratio: 0, percent: 0 });
    expect(score.behaviours.map((b) => [b.behaviourId, b.total, b.applicable, b.inPlace])).toEqual([
      ['ethical-competition', 1, 1, 0],
      ['open-to-collaborating', 8, 8, 0],
      ['supports-other-organisations', 8, 8, 0],
      ['fair-and-equal-partnerships', 7, 7, 0],
      ['collaborative-culture-and-leadership', 6, 6, 0],
    ]);
  });

  it('"12 of 29": 12 in place and 1 not applicable out of 30 gives 29 applicable and 41%', () => {
    const score = scoreChecklist(ncvo, responsesFor(ncvoPracticeIds, 12, 1));
    expect(score.overall).toEqual({ inPlace: 12, applicable: 29, notApplicable: 1, optional: 0, total: 30, ratio: 12 / 29, percent: 41 });
  });

  it('breaks the "12 of 29" example down by behaviour in framework order', () => {
    // In framework order: behaviour 1 has 1 practice, behaviour 2 has 8, so the first 12 practices
    // fill behaviours 1 and 2 and three of behaviour 3; the 13th (not applicable) is in behaviour 3.
    const score = scoreChecklist(ncvo, responsesFor(ncvoPracticeIds, 12, 1));
    expect(score.behaviours.map(({ behaviourId, inPlace, applicable, notApplicable, optional, total, percent }) => ({
      behaviourId, inPlace, applicable, notApplicable, optional, total, percent,
    }))).toEqual([
      { behaviourId: 'ethical-competition', inPlace: 1, applicable: 1, notApplicable: 0, optional: 0, total: 1, percent: 100 },
      { behaviourId: 'open-to-collaborating', inPlace: 8, applicable: 8, notApplicable: 0, optional: 0, total: 8, percent: 100 },
      { behaviourId: 'supports-other-organisations', inPlace: 3, applicable: 7, notApplicable: 1, optional: 0, total: 8, percent: 42 },
      { behaviourId: 'fair-and-equal-partnerships', inPlace: 0, applicable: 7, notApplicable: 0, optional: 0, total: 7, percent: 0 },
      { behaviourId: 'collaborative-culture-and-leadership', inPlace: 0, applicable: 6, notApplicable: 0, optional: 0, total: 6, percent: 0 },
    ]);
  });

  it('takes not-applicable practices out of the denominator, not the numerator', () => {
    const framework = frameworkOfSizes([4]);
    const responses = new Map([
      ['p1', inPlace()],
      ['p2', notApplicable()],
      ['p3', notApplicable()],
      ['p4', notYet()],
    ]);
    expect(scoreChecklist(framework, responses).overall).toEqual({
      inPlace: 1, applicable: 2, notApplicable: 2, optional: 0, total: 4, ratio: 0.5, percent: 50,
    });
  });

  it('ignores the level of a not-applicable practice, even if stored data says "in place"', () => {
    const framework = frameworkOfSizes([2]);
    const responses = new Map([
      ['p1', { ...inPlace(), notApplicable: true }],
      ['p2', notYet()],
    ]);
    expect(scoreChecklist(framework, responses).overall).toMatchObject({ inPlace: 0, applicable: 1, notApplicable: 1, ratio: 0 });
  });

  it('scores a behaviour where nothing applies as 0 applicable, ratio 0, 0%', () => {
    const framework = frameworkOfSizes([2, 1]);
    const responses = new Map([
      ['p1', notApplicable()],
      ['p2', notApplicable()],
      ['p3', inPlace()],
    ]);
    const score = scoreChecklist(framework, responses);
    expect(score.behaviours[0]).toEqual({ behaviourId: 'b1', inPlace: 0, applicable: 0, notApplicable: 2, optional: 0, total: 2, ratio: 0, percent: 0 });
    expect(score.behaviours[1]).toMatchObject({ behaviourId: 'b2', percent: 100 });
    expect(score.overall).toMatchObject({ inPlace: 1, applicable: 1, percent: 100 });
  });

  it('scores a checklist where nothing applies as 0 applicable, ratio 0, 0% (never NaN)', () => {
    const score = scoreChecklist(ncvo, responsesFor(ncvoPracticeIds, 0, 30));
    expect(score.overall).toEqual({ inPlace: 0, applicable: 0, notApplicable: 30, optional: 0, total: 30, ratio: 0, percent: 0 });
    for (const behaviour of score.behaviours) {
      expect(behaviour.ratio).toBe(0);
      expect(behaviour.percent).toBe(0);
    }
  });

  it('rounds percent down: 2 of 3 is 66%, not 67%', () => {
    expect(scoreChecklist(frameworkOfSizes([3]), responsesFor(['p1', 'p2', 'p3'], 2)).overall.percent).toBe(66);
  });

  it('shows 100% only when every applicable practice is in place: 199 of 200 is 99%', () => {
    const framework = frameworkOfSizes([100, 100]);
    const ids = practiceIdsOf(framework);
    expect(scoreChecklist(framework, responsesFor(ids, 199)).overall.percent).toBe(99);
    expect(scoreChecklist(framework, responsesFor(ids, 200)).overall.percent).toBe(100);
    expect(scoreChecklist(framework, responsesFor(ids, 199, 1)).overall.percent).toBe(100);
  });

  it('does not lose a percent to floating point: 29 of 50 is 58% (0.58 * 100 is 57.99…)', () => {
    const framework = frameworkOfSizes([50]);
    expect(0.58 * 100).toBeLessThan(58);
    expect(scoreChecklist(framework, responsesFor(practiceIdsOf(framework), 29)).overall.percent).toBe(58);
  });

  it('counts a level the scale no longer has as the lowest level', () => {
    const framework = frameworkOfSizes([2]);
    const responses = new Map([
      ['p1', atLevel('mostly')],
      ['p2', inPlace()],
    ]);
    expect(scoreChecklist(framework, responses).overall).toEqual({
      inPlace: 1, applicable: 2, notApplicable: 0, optional: 0, total: 2, ratio: 0.5, percent: 50,
    });
  });

  it('ignores responses to practices the framework does not list', () => {
    const responses = new Map([
      ['competes-ethically', inPlace()],
      ['retired-practice', inPlace()],
      ['another-retired-practice', notApplicable()],
    ]);
    const score = scoreChecklist(ncvo, responses);
    expect(score.overall).toMatchObject({ inPlace: 1, applicable: 30, notApplicable: 0, optional: 0, total: 30 });
  });

  it('weights intermediate levels: 0, 0.5 and 1 give a weighted share, while "in place" counts only the top level', () => {
    const framework = frameworkOfSizes([4, 2], [
      { id: 'not-started', label: 'Not started', weight: 0 },
      { id: 'partly', label: 'Partly', weight: 0.5 },
      { id: 'fully', label: 'Fully', weight: 1 },
    ]);
    const responses = new Map([
      ['p1', atLevel('fully')],
      ['p2', atLevel('partly')],
      ['p3', atLevel('not-started')],
      // p4 unanswered
      ['p5', atLevel('partly')],
      ['p6', atLevel('partly')],
    ]);
    const score = scoreChecklist(framework, responses);
    expect(score.behaviours[0]).toEqual({ behaviourId: 'b1', inPlace: 1, applicable: 4, notApplicable: 0, optional: 0, total: 4, ratio: 0.375, percent: 37 });
    expect(score.behaviours[1]).toEqual({ behaviourId: 'b2', inPlace: 0, applicable: 2, notApplicable: 0, optional: 0, total: 2, ratio: 0.5, percent: 50 });
    expect(score.overall).toEqual({ inPlace: 1, applicable: 6, notApplicable: 0, optional: 0, total: 6, ratio: 2.5 / 6, percent: 41 });
  });

  it('never shows 100% while a practice is only partly in place, however close its weight is to 1', () => {
    const framework = frameworkOfSizes([1], [
      { id: 'not-yet', label: 'Not yet', weight: 0 },
      { id: 'nearly', label: 'Nearly', weight: 0.999999999999 },
      { id: 'in-place', label: 'In place', weight: 1 },
    ]);
    const score = scoreChecklist(framework, new Map([['p1', atLevel('nearly')]]));
    expect(score.overall.inPlace).toBe(0);
    expect(score.overall.percent).toBe(99);
  });
});

describe('scoreChecklist: properties over any framework and responses', () => {
  const tallies = (score: ChecklistScore): Tally[] => [score.overall, ...score.behaviours];

  it('keeps ratio within 0 to 1 and percent a whole number within 0 to 100', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        for (const tally of tallies(scoreChecklist(framework, responses))) {
          expect(tally.ratio).toBeGreaterThanOrEqual(0);
          expect(tally.ratio).toBeLessThanOrEqual(1);
          expect(Number.isInteger(tally.percent)).toBe(true);
          expect(tally.percent).toBeGreaterThanOrEqual(0);
          expect(tally.percent).toBeLessThanOrEqual(100);
          expect(tally.applicable + tally.notApplicable).toBe(tally.total);
          expect(tally.inPlace).toBeLessThanOrEqual(tally.applicable);
        }
      }),
    );
  });

  it('shows 100% exactly when every applicable practice is in place (and at least one applies)', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        for (const tally of tallies(scoreChecklist(framework, responses))) {
          expect(tally.percent === 100).toBe(tally.applicable > 0 && tally.inPlace === tally.applicable);
        }
      }),
      // More runs than usual: the counterexamples need a level weighted just below 1.
      { numRuns: 500 },
    );
  });

  it('adds up: the behaviours\' counts sum to the overall counts', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const score = scoreChecklist(framework, responses);
        const sum = (key: 'inPlace' | 'applicable' | 'notApplicable' | 'total') =>
          score.behaviours.reduce((total, behaviour) => total + behaviour[key], 0);
        expect(sum('inPlace')).toBe(score.overall.inPlace);
        expect(sum('applicable')).toBe(score.overall.applicable);
        expect(sum('notApplicable')).toBe(score.overall.notApplicable);
        expect(sum('total')).toBe(score.overall.total);
        expect(score.overall.total).toBe(practiceIdsOf(framework).length);
      }),
    );
  });

  it('lists one tally per behaviour, in framework order', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const score = scoreChecklist(framework, responses);
        expect(score.behaviours.map((b) => b.behaviourId)).toEqual(framework.behaviours.map((b) => b.id));
        score.behaviours.forEach((tally, i) => expect(tally.total).toBe(framework.behaviours[i].practices.length));
      }),
    );
  });

  it('with a two-level scale, percent is exactly floor(inPlace × 100 / applicable), or 0 when nothing applies', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(twoLevelScaleArb), ({ framework, responses }) => {
        for (const tally of tallies(scoreChecklist(framework, responses))) {
          const expected = tally.applicable === 0 ? 0 : Math.floor((tally.inPlace * 100) / tally.applicable);
          expect(tally.percent).toBe(expected);
          expect(tally.ratio).toBe(tally.applicable === 0 ? 0 : tally.inPlace / tally.applicable);
        }
      }),
    );
  });

  it('counts exactly the practices whose response is at the top level (and applicable) as in place', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const top = framework.ratingScale[framework.ratingScale.length - 1].id;
        const expected = practiceIdsOf(framework).filter((id) => {
          const response = responses.get(id);
          return response !== undefined && !response.notApplicable && response.level === top;
        }).length;
        expect(scoreChecklist(framework, responses).overall.inPlace).toBe(expected);
      }),
    );
  });

  it('never lowers the overall or the behaviour\'s score when a practice is raised to a higher level', () => {
    fc.assert(
      fc.property(
        frameworkWithResponsesArb(ratingScaleArb),
        fc.nat(),
        fc.nat(),
        timestampArb,
        ({ framework, responses }, practicePick, levelPick, at) => {
          const scale = framework.ratingScale;
          const ids = practiceIdsOf(framework);
          // Practices not set aside as not applicable (raising a not-applicable practice
          // brings it back into the denominator, which is a different change).
          const candidates = ids.filter((id) => !responses.get(id)?.notApplicable);
          fc.pre(candidates.length > 0);
          const id = candidates[practicePick % candidates.length];
          const currentIndex = Math.max(0, scale.findIndex((level) => level.id === responses.get(id)?.level));
          fc.pre(currentIndex < scale.length - 1);
          const higher = scale[currentIndex + 1 + (levelPick % (scale.length - 1 - currentIndex))];

          const raised = new Map(responses);
          raised.set(id, applyChange(responses.get(id), { level: higher.id }, scale, at));

          const before = scoreChecklist(framework, responses);
          const after = scoreChecklist(framework, raised);
          const b = framework.behaviours.findIndex((behaviour) => behaviour.practices.some((practice) => practice.id === id));
          expect(after.overall.ratio).toBeGreaterThanOrEqual(before.overall.ratio);
          expect(after.behaviours[b].ratio).toBeGreaterThanOrEqual(before.behaviours[b].ratio);
          expect(after.behaviours[b].percent).toBeGreaterThanOrEqual(before.behaviours[b].percent);
          expect(after.overall.percent).toBeGreaterThanOrEqual(before.overall.percent);
          expect(after.overall.inPlace).toBeGreaterThanOrEqual(before.overall.inPlace);
          expect(after.overall.applicable).toBe(before.overall.applicable);
        },
      ),
    );
  });

  it('marking one practice not applicable changes no other response and no other behaviour\'s tally', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), fc.nat(), timestampArb, ({ framework, responses }, pick, at) => {
        const ids = practiceIdsOf(framework);
        const id = ids[pick % ids.length];
        const marked = new Map(responses);
        marked.set(id, applyChange(responses.get(id), { notApplicable: true }, framework.ratingScale, at));

        for (const [otherId, response] of responses) if (otherId !== id) expect(marked.get(otherId)).toBe(response);
        expect(marked.size).toBe(responses.has(id) ? responses.size : responses.size + 1);

        const before = scoreChecklist(framework, responses);
        const after = scoreChecklist(framework, marked);
        const b = framework.behaviours.findIndex((behaviour) => behaviour.practices.some((practice) => practice.id === id));
        after.behaviours.forEach((tally, i) => {
          if (i !== b) expect(tally).toEqual(before.behaviours[i]);
        });
        expect(after.behaviours[b].notApplicable).toBe(before.behaviours[b].notApplicable + (responses.get(id)?.notApplicable ? 0 : 1));
        expect(after.overall.total).toBe(before.overall.total);
      }),
    );
  });

  it('is deterministic and does not depend on the order responses were added', () => {
    fc.assert(
      fc.property(
        frameworkWithResponsesArb().chain(({ framework, responses }) =>
          fc.shuffledSubarray([...responses], { minLength: responses.size, maxLength: responses.size }).map((shuffled) => ({
            framework,
            responses,
            shuffled: new Map(shuffled),
          })),
        ),
        ({ framework, responses, shuffled }) => {
          const first = scoreChecklist(framework, responses);
          expect(scoreChecklist(framework, responses)).toEqual(first);
          expect(scoreChecklist(framework, shuffled)).toEqual(first);
        },
      ),
    );
  });

  it('is unaffected by responses to practices the framework does not list', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const known = new Set(practiceIdsOf(framework));
        const onlyKnown = new Map([...responses].filter(([id]) => known.has(id)));
        expect(scoreChecklist(framework, responses)).toEqual(scoreChecklist(framework, onlyKnown));
      }),
    );
  });

  it('does not change the responses it scores', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const before = structuredClone(responses);
        scoreChecklist(framework, responses);
        expect(responses).toEqual(before);
      }),
    );
  });
});
