import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesSince } from '../../src/core/progress/progress-since.js';
import { isInPlace } from '../../src/core/practices.js';
import { frameworkArb, practiceIdsOf, responsesArb, ratingScaleArb } from './arbitraries.js';

/** A framework with two sets of answers to it: a snapshot's and today's. */
const thenAndNowArb = frameworkArb(ratingScaleArb).chain((framework) =>
  fc.record({ then: responsesArb(framework), now: responsesArb(framework) }).map((answers) => ({ framework, ...answers })),
);

const difference = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => new Set([...a].filter((each) => !b.has(each)));

describe('changesSince: the practices behind "Then 33%, now 33%"', () => {
  it('names one practice gained and one given up where the percentages are the same (the trial’s case)', () => {
    const framework = fc.sample(frameworkArb(ratingScaleArb).filter((each) => each.behaviours[0].practices.length >= 3), { numRuns: 1, seed: 7 })[0];
    const top = framework.ratingScale.at(-1)!.id;
    const [a, b, c] = framework.behaviours[0].practices.map((practice) => practice.id);
    const answer = (notApplicable = false) => ({ level: top, notApplicable, note: '', changedAt: '2026-03-04T10:00:00.000Z' });
    const then = new Map([[a, answer()]]);
    const now = new Map([
      [b, answer()],
      [c, answer(true)],
    ]);
    expect(changesSince(framework, then, now)[0]).toEqual({ behaviourId: framework.behaviours[0].id, newlyInPlace: [b], noLongerInPlace: [a], newlyNotApplicable: [c] });
  });

  it('lists exactly the set differences, in framework order, each practice in at most one list', () => {
    fc.assert(
      fc.property(thenAndNowArb, ({ framework, then, now }) => {
        const changes = changesSince(framework, then, now);
        expect(changes.map((change) => change.behaviourId)).toEqual(framework.behaviours.map((behaviour) => behaviour.id));
        framework.behaviours.forEach((behaviour, index) => {
          const ids = behaviour.practices.map((practice) => practice.id);
          const where = (test: (id: string) => boolean) => new Set(ids.filter(test));
          const inPlace = (answers: typeof then) => where((id) => isInPlace(answers.get(id), framework.ratingScale));
          const notApplicable = (answers: typeof then) => where((id) => answers.get(id)?.notApplicable === true);
          const change = changes[index];
          const inOrder = (set: ReadonlySet<string>) => ids.filter((id) => set.has(id));
          expect(change.newlyInPlace).toEqual(inOrder(difference(inPlace(now), inPlace(then))));
          expect(change.newlyNotApplicable).toEqual(inOrder(difference(notApplicable(now), notApplicable(then))));
          expect(change.noLongerInPlace).toEqual(inOrder(difference(difference(inPlace(then), inPlace(now)), notApplicable(now))));
          const listed = [...change.newlyInPlace, ...change.noLongerInPlace, ...change.newlyNotApplicable];
          expect(new Set(listed).size, 'no practice in two lists').toBe(listed.length);
          expect(listed.every((id) => ids.includes(id)), 'only this behaviour’s practices').toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('lists nothing when nothing changed, and every practice a snapshot had in place once they are all given up', () => {
    fc.assert(
      fc.property(thenAndNowArb, ({ framework, then }) => {
        for (const change of changesSince(framework, then, then)) expect([...change.newlyInPlace, ...change.noLongerInPlace, ...change.newlyNotApplicable]).toEqual([]);
        const given = changesSince(framework, then, new Map()).flatMap((change) => change.noLongerInPlace);
        expect(given).toEqual(practiceIdsOf(framework).filter((id) => isInPlace(then.get(id), framework.ratingScale)));
      }),
      { numRuns: 100 },
    );
  });
});
