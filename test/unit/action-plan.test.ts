import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { actionPlan, actionStatus, hasNextStep } from '../../src/core/plan/action-plan.js';
import { allPractices, isInPlace } from '../../src/core/practices.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import type { Suggestion } from '../../src/core/tailoring/tailoring.js';
import { dueArb, frameworkWithResponsesArb, practiceIdsOf } from './arbitraries.js';

const parsed = parseFramework(ncvoJson);
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const ncvo = parsed.value;
const [first, second, third, fourth, fifth, sixth, seventh] = practiceIdsOf(ncvo);
const SCALE = ncvo.ratingScale;
const TODAY = '2027-02-10';

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

describe('actionStatus', () => {
  it('is Done once in place, Overdue the day after its By when, otherwise Not yet', () => {
    expect(actionStatus(answer({ level: 'in-place', due: '2001-01-01' }), SCALE, TODAY)).toBe('done');
    expect(actionStatus(answer({ due: '2027-02-09' }), SCALE, TODAY)).toBe('overdue');
    expect(actionStatus(answer({ due: TODAY }), SCALE, TODAY), 'due today is not yet late').toBe('not-yet');
    expect(actionStatus(answer({ due: '2027-02-11' }), SCALE, TODAY)).toBe('not-yet');
    expect(actionStatus(answer(), SCALE, TODAY)).toBe('not-yet');
    expect(actionStatus(undefined, SCALE, TODAY)).toBe('not-yet');
  });
});

describe('actionPlan', () => {
  it('agreed actions: open ones by date, then undated, then done; then the steps to agree: notes, then suggestions; the rest counted', () => {
    const responses = new Map([
      [first, answer({ note: 'Undated note' })],
      [second, answer({ due: '2027-06-01' })],
      [third, answer({ level: 'in-place', owner: 'Board', due: '2026-12-01' })],
      [fourth, answer({ notApplicable: true, owner: 'Nobody', note: 'We buy nothing' })],
      [fifth, answer({ owner: 'Gwŷn', due: '2027-01-15' })],
      [sixth, answer({ owner: 'Siân' })],
    ]);
    const suggestions: Suggestion[] = [
      { practiceId: seventh, behaviourId: 'x', reason: 'weakest-behaviour' },
      // Already listed, or in place: never suggested twice, never as an open step.
      { practiceId: first, behaviourId: 'x', reason: 'starting-point' },
      { practiceId: third, behaviourId: 'x', reason: 'starting-point' },
    ];
    const plan = actionPlan(ncvo, responses, suggestions, TODAY);
    expect(plan.agreed.map(({ practiceId, status, owner, due }) => [practiceId, status, owner, due])).toEqual([
      [fifth, 'overdue', 'Gwŷn', '2027-01-15'],
      [second, 'not-yet', undefined, '2027-06-01'],
      [sixth, 'not-yet', 'Siân', undefined],
      [third, 'done', 'Board', '2026-12-01'],
    ]);
    expect(plan.toAgree.map(({ practiceId, suggested }) => [practiceId, suggested])).toEqual([
      [first, undefined],
      [seventh, 'weakest-behaviour'],
    ]);
    // 30 practices, one not applicable, one in place; five open steps listed.
    expect(plan.unlisted).toBe(allPractices(ncvo).length - 2 - 5);
  });

  it('for any framework, answers, suggestions and day: one plan that lists each practice once and accounts for every open one', () => {
    fc.assert(
      fc.property(
        frameworkWithResponsesArb().chain(({ framework, responses }) =>
          fc.record({
            framework: fc.constant(framework),
            responses: fc.constant(responses),
            suggested: fc.subarray(practiceIdsOf(framework), { maxLength: Math.min(4, practiceIdsOf(framework).length) }),
            today: dueArb,
          }),
        ),
        ({ framework, responses, suggested, today }) => {
          const scale = framework.ratingScale;
          const suggestions = suggested.map((practiceId): Suggestion => ({ practiceId, behaviourId: 'b', reason: 'starting-point' }));
          const plan = actionPlan(framework, responses, suggestions, today);
          const listed = [...plan.agreed, ...plan.toAgree];
          const ids = listed.map((item) => item.practiceId);
          expect(new Set(ids).size, 'no practice is listed twice').toBe(ids.length);
          for (const item of listed) {
            const response = responses.get(item.practiceId);
            expect(response?.notApplicable ?? false, 'nothing set aside is listed').toBe(false);
            // In place is never an open action; Overdue exactly when the By when has passed and it is not done.
            expect(item.status === 'done').toBe(isInPlace(response, scale));
            expect(item.status === 'overdue').toBe(Boolean(response?.due && response.due < today && !isInPlace(response, scale)));
            expect(item.due).toBe(response?.due);
            expect(item.owner).toBe(response?.owner);
          }
          // Agreed means a Who or a By when; every written step is listed; suggestions only of open practices.
          for (const item of plan.agreed) expect(Boolean(item.owner || item.due)).toBe(true);
          for (const item of plan.toAgree) expect(item.owner ?? item.due).toBeUndefined();
          for (const item of plan.toAgree) expect(item.status).toBe('not-yet');
          const written = practiceIdsOf(framework).filter((id) => hasNextStep(responses.get(id), scale) && !responses.get(id)?.notApplicable);
          expect(listed.filter((item) => !item.suggested).map((item) => item.practiceId).sort()).toEqual([...written].sort());
          // Every practice not yet in place and not set aside is listed as open, or counted: what Print said and Print a plan listed can no longer differ.
          const open = allPractices(framework).filter((practice) => !responses.get(practice.id)?.notApplicable && !isInPlace(responses.get(practice.id), scale));
          expect(listed.filter((item) => item.status !== 'done').length + plan.unlisted).toBe(open.length);
          // Open agreed actions come first, dated before undated, earliest first; undated in framework order.
          const order = practiceIdsOf(framework);
          const openAgreed = plan.agreed.filter((item) => item.status !== 'done');
          expect(plan.agreed.slice(0, openAgreed.length)).toEqual(openAgreed);
          const dated = openAgreed.filter((item) => item.due);
          expect(openAgreed.slice(0, dated.length)).toEqual(dated);
          for (let i = 1; i < dated.length; i++) expect(dated[i - 1].due! <= dated[i].due!).toBe(true);
          const undated = openAgreed.slice(dated.length).map((item) => order.indexOf(item.practiceId));
          expect(undated).toEqual([...undated].sort((a, b) => a - b));
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });
});
