import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { actionPlan, hasNextStep } from '../../src/core/plan/action-plan.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import type { Suggestion } from '../../src/core/tailoring/tailoring.js';
import { frameworkWithResponsesArb, practiceIdsOf } from './arbitraries.js';

const parsed = parseFramework(ncvoJson);
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const ncvo = parsed.value;
const [first, second, third, fourth, fifth] = practiceIdsOf(ncvo);
const SCALE = ncvo.ratingScale;

const answer = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({ level: 'not-yet', notApplicable: false, note: '', changedAt: '2026-03-04T10:15:00.000Z', ...fields });

describe('hasNextStep', () => {
  it('is a "Who" or "By when" whatever the status, or a note on a practice not yet in place', () => {
    expect(hasNextStep(undefined, SCALE)).toBe(false);
    expect(hasNextStep(answer({ note: '  ' }), SCALE)).toBe(false);
    expect(hasNextStep(answer({ note: 'Ask the board' }), SCALE)).toBe(true);
    expect(hasNextStep(answer({ level: 'in-place', note: 'Evidence: the policy' }), SCALE)).toBe(false);
    expect(hasNextStep(answer({ notApplicable: true, note: 'We buy nothing' }), SCALE)).toBe(false);
    expect(hasNextStep(answer({ level: 'in-place', owner: 'Siân' }), SCALE)).toBe(true);
    expect(hasNextStep(answer({ notApplicable: true, due: '2027-01-01' }), SCALE)).toBe(true);
  });
});

describe('actionPlan', () => {
  it('lists dated steps earliest first, then the rest in framework order, with suggestions marked', () => {
    const responses = new Map([
      [first, answer({ note: 'Undated' })],
      [second, answer({ due: '2027-06-01' })],
      [third, answer({ level: 'in-place', note: 'Evidence only' })],
      [fifth, answer({ owner: 'Gwŷn', due: '2027-01-15' })],
    ]);
    const suggestions: Suggestion[] = [{ practiceId: fourth, behaviourId: 'x', reason: 'weakest-behaviour' }];
    expect(actionPlan(ncvo, responses, suggestions).map(({ practiceId, due, suggested }) => [practiceId, due, suggested])).toEqual([
      [fifth, '2027-01-15', undefined],
      [second, '2027-06-01', undefined],
      [first, undefined, undefined],
      [fourth, undefined, 'weakest-behaviour'],
    ]);
  });

  it('for any framework and answers: every item has a next step or is suggested, dated ones come first in date order, none is lost or listed twice', () => {
    fc.assert(
      fc.property(
        frameworkWithResponsesArb().chain(({ framework, responses }) =>
          fc.subarray(practiceIdsOf(framework), { maxLength: Math.min(3, practiceIdsOf(framework).length) }).map((suggested) => ({ framework, responses, suggested })),
        ),
        ({ framework, responses, suggested }) => {
          const suggestions = suggested.map((practiceId): Suggestion => ({ practiceId, behaviourId: 'b', reason: 'starting-point' }));
          const plan = actionPlan(framework, responses, suggestions);
          const ids = plan.map((item) => item.practiceId);
          const expected = practiceIdsOf(framework).filter((id) => hasNextStep(responses.get(id), framework.ratingScale) || suggested.includes(id));
          expect([...ids].sort()).toEqual([...expected].sort());
          expect(new Set(ids).size).toBe(ids.length);
          const dated = plan.filter((item) => item.due);
          expect(plan.slice(0, dated.length)).toEqual(dated);
          for (let i = 1; i < dated.length; i++) expect(dated[i - 1].due! <= dated[i].due!).toBe(true);
          const order = practiceIdsOf(framework);
          const undated = plan.slice(dated.length).map((item) => order.indexOf(item.practiceId));
          expect(undated).toEqual([...undated].sort((a, b) => a - b));
          for (const item of plan) expect(item.due).toBe(responses.get(item.practiceId)?.due);
        },
      ),
      { numRuns: 200 },
    );
  });
});
