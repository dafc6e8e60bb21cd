import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersAllAgreeOn, restoredResponse, says, takenAnswer, withTakenAnswer } from '../../src/core/compare/agreed-answers.js';
import { compareAnswers, type ComparedPerson } from '../../src/core/compare/compare-answers.js';
import { compareFiles } from '../../src/core/compare/compare-files.js';
import { compareProfiles } from '../../src/core/compare/compare-profiles.js';
import { emptyRecord } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import { scoreChecklist } from '../../src/core/scoring.js';
import { audienceOf, type OrganisationProfile } from '../../src/core/tailoring/profile.js';
import { optionalPractices } from '../../src/core/tailoring/tailoring.js';
import { frameworkArb, responsesArb } from './arbitraries.js';
import { boardFramework } from './board-framework.js';

const at = '2026-03-04T10:15:00.000Z';
const answer = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({ level: 'in-place', notApplicable: false, note: '', changedAt: at, ...fields });
const profile = (fields: Partial<OrganisationProfile>): OrganisationProfile => ({ changedAt: at, ...fields });

const framework = (scale?: unknown) => boardFramework({ scale });

describe('the practice-by-person matrix', () => {
  it('marks a row "all agree" only when two or more people all gave the same answer, a blank not counting as one', () => {
    const board = framework();
    const people: ComparedPerson[] = [
      { name: 'Siân', responses: new Map([['p1', answer()], ['p2', answer({ notApplicable: true, level: 'not-yet' })]]) },
      { name: 'Gwŷn', responses: new Map([['p1', answer()]]) },
    ];
    const [share, listen] = compareAnswers(board, people).behaviours;
    expect(share.practices.map((practice) => practice.allAgree)).toEqual([true, false]);
    expect(listen.practices[0].allAgree).toBe(false);
    expect(compareAnswers(board, people.slice(0, 1)).behaviours[0].practices[0].allAgree).toBe(false);
  });

  it('for any answers, a row is "all agree" exactly when answers do not differ, someone answered, and there are two or more people', () => {
    const arb = frameworkArb().chain((board) => fc.record({ board: fc.constant(board), all: fc.array(responsesArb(board), { maxLength: 5 }) }));
    fc.assert(
      fc.property(arb, ({ board, all }) => {
        const comparison = compareAnswers(board, all.map((responses, index) => ({ name: `P${index}`, responses })));
        for (const practice of comparison.behaviours.flatMap((behaviour) => behaviour.practices)) {
          expect(practice.allAgree).toBe(all.length > 1 && !practice.differs && practice.answers[0] !== 'not-answered');
          expect(practice.responses).toEqual(all.map((responses) => responses.get(practice.practiceId)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('scores each person as their own checklist does, with their profile’s optional practices', () => {
    const arb = frameworkArb().chain((board) => fc.record({ board: fc.constant(board), all: fc.array(responsesArb(board), { minLength: 1, maxLength: 4 }) }));
    const sizes = [undefined, 'micro', 'large'] as const;
    fc.assert(
      fc.property(arb, ({ board, all }) => {
        const people = all.map((responses, index) => ({ name: `P${index}`, responses, profile: profile({ size: sizes[index % 3] }) }));
        const comparison = compareAnswers(board, people);
        people.forEach((person, index) => {
          expect(comparison.scores[index]).toEqual(scoreChecklist(board, person.responses, optionalPractices(board, audienceOf(person.profile))));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('compareProfiles', () => {
  it('lays each answer about the organisation side by side and flags a question people answered differently, a blank included', () => {
    const rows = compareProfiles([
      profile({ organisation: 'Cymorth Cymru', size: 'small', role: 'joins' }),
      profile({ organisation: ' cymorth  CYMRU ', size: 'medium', role: 'joins' }),
      undefined,
    ]);
    expect(rows.map((row) => row.question)).toEqual(['organisation', 'size', 'role']);
    expect(rows[0]).toEqual({ question: 'organisation', answers: ['Cymorth Cymru', ' cymorth  CYMRU ', undefined], differs: true });
    expect(rows[1].differs).toBe(true);
    const same = compareProfiles([profile({ organisation: 'Cymorth Cymru', role: 'joins' }), profile({ organisation: 'cymorth cymru', role: 'joins' })]);
    expect(same.map((row) => row.differs)).toEqual([false, false, false]);
  });
});

describe('compareFiles with this browser’s own answers', () => {
  it('adds them as a last column under the name given, after every file', () => {
    const board = framework();
    const record = { ...emptyRecord('board', '1'), responses: new Map([['p1', answer()]]), profile: profile({ filledInBy: 'Siân', size: 'micro' }) };
    const comparison = compareFiles(board, [{ fileName: 'sian.json', record, exportedAt: at }], { name: 'You (this browser)', record });
    expect(comparison.names).toEqual(['Siân', 'You (this browser)']);
    expect(comparison.behaviours[0].practices[0].allAgree).toBe(true);
    expect(comparison.profiles[1].answers).toEqual(['micro', 'micro']);
  });
});

describe('agreed answers', () => {
  const board = framework();
  const scale = board.ratingScale;

  it('takes the answer as the person gave it: in place, not yet, or not applicable; never a blank', () => {
    const answers = ['not-answered', 'in-place', 'not-applicable', 'not-yet'] as const;
    const responses = [undefined, answer(), answer({ notApplicable: true, level: 'not-yet' }), undefined];
    expect(takenAnswer('in-place', answers, responses, scale)).toEqual({ level: 'in-place', notApplicable: false });
    expect(takenAnswer('not-applicable', answers, responses, scale)).toEqual({ level: 'not-yet', notApplicable: true });
    // A reviewed behaviour's unticked practice has no response: its "Not yet" is the lowest level.
    expect(takenAnswer('not-yet', answers, responses, scale)).toEqual({ level: 'not-yet', notApplicable: false });
    expect(takenAnswer('not-answered', answers, responses, scale)).toBeUndefined();
  });

  it('on a longer scale, takes the level of the first person who gave that answer', () => {
    const three = framework([
      { id: 'no', label: 'No', weight: 0 },
      { id: 'partly', label: 'Partly', weight: 0.5 },
      { id: 'yes', label: 'Yes', weight: 1 },
    ]);
    expect(takenAnswer('not-yet', ['in-place', 'not-yet'], [answer({ level: 'yes' }), answer({ level: 'partly' })], three.ratingScale)).toEqual({ level: 'partly', notApplicable: false });
  });

  it('offers every practice all agree on, with that answer, and nothing else', () => {
    const comparison = compareAnswers(board, [
      { name: 'A', responses: new Map([['p1', answer()], ['p2', answer({ notApplicable: true, level: 'not-yet' })], ['p3', answer()]]) },
      { name: 'B', responses: new Map([['p1', answer()], ['p2', answer({ notApplicable: true, level: 'not-yet' })]]) },
    ]);
    expect([...answersAllAgreeOn(comparison, scale)]).toEqual([
      ['p1', { level: 'in-place', notApplicable: false }],
      ['p2', { level: 'not-yet', notApplicable: true }],
    ]);
  });

  it('keeps this browser’s note, Who and By when when an answer is taken, and Undo gives back exactly what was there', () => {
    const mine = answer({ level: 'not-yet', note: 'Ask the chair', owner: 'Gwŷn', due: '2027-01-31' });
    const taken = withTakenAnswer(mine, { level: 'in-place', notApplicable: false }, '2026-03-05T09:00:00.000Z');
    expect(taken).toEqual({ ...mine, level: 'in-place', changedAt: '2026-03-05T09:00:00.000Z' });
    expect(says(taken, { level: 'in-place', notApplicable: false }, scale)).toBe(true);
    expect(says(mine, { level: 'in-place', notApplicable: false }, scale)).toBe(false);
    expect(restoredResponse(mine, scale, '2026-03-05T09:01:00.000Z')).toEqual({ ...mine, changedAt: '2026-03-05T09:01:00.000Z' });
    // No response before: a blank one, which reads as no answer (stamped, so every tab takes it).
    const blank = restoredResponse(undefined, scale, '2026-03-05T09:01:00.000Z');
    expect(blank).toEqual({ level: 'not-yet', notApplicable: false, note: '', changedAt: '2026-03-05T09:01:00.000Z' });
    expect(says(undefined, { level: 'not-yet', notApplicable: false }, scale)).toBe(true);
  });
});
