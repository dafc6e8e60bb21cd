import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARED_ANSWERS, compareAnswers, comparedAnswer, type ComparedPerson } from '../../src/core/compare/compare-answers.js';
import { compareCsvRows, type CompareCsvLabels } from '../../src/core/compare/compare-csv.js';
import { buildCsv } from '../../src/core/exchange/csv.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import { frameworkArb, practiceIdsOf, responsesArb, twoLevelScaleArb } from './arbitraries.js';
import { boardFramework } from './board-framework.js';

/** A framework with colleagues' answers to it, as read from their export files: reviews now and then. */
const comparedArb = frameworkArb().chain((framework) =>
  fc
    .array(
      fc.record({
        responses: responsesArb(framework),
        reviewed: fc.subarray(framework.behaviours.map((behaviour) => behaviour.id)),
      }),
      { maxLength: 6 },
    )
    .map((files) => ({
      framework,
      people: files.map(({ responses, reviewed }, index): ComparedPerson => ({
        name: `Person ${index + 1}`,
        responses,
        reviews: new Map(reviewed.map((id) => [id, { reviewed: true, changedAt: '2026-03-04T10:15:00.000Z' }])),
      })),
    })),
);

const answer = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({ level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T10:15:00.000Z', ...fields });

const framework = () => boardFramework({ secondPractice: '=Share budgets' });

describe('compareAnswers', () => {
  it('for any set of files, every practice’s counts add up to the number of files, and each behaviour’s to files × practices', () => {
    fc.assert(
      fc.property(comparedArb, ({ framework, people }) => {
        const comparison = compareAnswers(framework, people);
        comparison.behaviours.forEach((behaviour, b) => {
          const sum = (counts: Record<string, number>) => COMPARED_ANSWERS.reduce((total, each) => total + counts[each], 0);
          for (const practice of behaviour.practices) {
            expect(sum(practice.counts)).toBe(people.length);
            expect(practice.answers).toHaveLength(people.length);
          }
          expect(sum(behaviour.counts)).toBe(people.length * framework.behaviours[b].practices.length);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('lists exactly the practices where answers differ, in framework order', () => {
    fc.assert(
      fc.property(comparedArb, ({ framework, people }) => {
        const comparison = compareAnswers(framework, people);
        // Worked out independently: a practice differs when some person's answer is not the first person's.
        const expected = framework.behaviours.flatMap((behaviour) =>
          behaviour.practices
            .filter((practice) => {
              const answers = people.map((person) => comparedAnswer(person.responses.get(practice.id), framework.ratingScale, person.reviews?.get(behaviour.id)?.reviewed ?? false));
              return answers.some((each) => each !== answers[0]);
            })
            .map((practice) => practice.id),
        );
        expect(comparison.disagreements).toEqual(expected);
        expect(practiceIdsOf(framework).filter((id) => comparison.disagreements.includes(id))).toEqual(comparison.disagreements);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the answers it compares', () => {
    fc.assert(
      fc.property(comparedArb, ({ framework, people }) => {
        const before = structuredClone(people.map((person) => [...person.responses]));
        compareAnswers(framework, people);
        expect(people.map((person) => [...person.responses])).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('counts everyone giving the same answer as agreement, and one file as agreeing with itself', () => {
    fc.assert(
      fc.property(frameworkArb(twoLevelScaleArb), fc.integer({ min: 1, max: 5 }), (framework, copies) => {
        const responses = new Map(practiceIdsOf(framework).map((id) => [id, answer()]));
        const people = Array.from({ length: copies }, (_, i) => ({ name: `P${i}`, responses }));
        const comparison = compareAnswers(framework, people);
        expect(comparison.disagreements).toEqual([]);
        for (const behaviour of comparison.behaviours) for (const practice of behaviour.practices) expect(practice.counts['in-place']).toBe(copies);
      }),
      { numRuns: 50 },
    );
  });

  it('reads each answer as the widget does: in place, not yet (once answered or reviewed), not applicable, not answered', () => {
    const board = framework();
    const comparison = compareAnswers(board, [
      { name: 'Siân', responses: new Map([['p1', answer()], ['p2', answer({ notApplicable: true, level: 'not-yet' })]]) },
      { name: 'Gwŷn', responses: new Map([['p1', answer({ level: 'not-yet', note: 'Ask the chair' })]]), reviews: new Map([['b2', { reviewed: true, changedAt: '2026-03-04T10:15:00.000Z' }]]) },
    ]);
    const [share, listen] = comparison.behaviours;
    expect(share.practices[0].answers).toEqual(['in-place', 'not-answered']);
    expect(share.practices[1].answers).toEqual(['not-applicable', 'not-answered']);
    expect(listen.practices[0].answers).toEqual(['not-answered', 'not-yet']);
    expect(share.counts).toEqual({ 'in-place': 1, 'not-yet': 0, 'not-applicable': 1, 'not-answered': 2 });
    expect(comparison.disagreements).toEqual(['p1', 'p2', 'p3']);
    expect(comparison.names).toEqual(['Siân', 'Gwŷn']);
  });

  it('has nothing to disagree about with no files', () => {
    const comparison = compareAnswers(framework(), []);
    expect(comparison.disagreements).toEqual([]);
    expect(comparison.behaviours[0].counts).toEqual({ 'in-place': 0, 'not-yet': 0, 'not-applicable': 0, 'not-answered': 0 });
  });
});

describe('compareCsvRows', () => {
  const labels: CompareCsvLabels = {
    behaviour: 'Behaviour',
    practice: 'Practice',
    answers: { 'in-place': 'In place', 'not-yet': 'Not yet', 'not-applicable': 'Not applicable', 'not-answered': 'Not answered' },
    differs: 'Answers differ',
    yes: 'Yes',
    no: 'No',
    note: (name) => `${name}: notes`,
    owner: (name) => `${name}: who`,
    due: (name) => `${name}: by when`,
  };

  it('writes a header with each person’s name, then one row per practice with counts, whether answers differ and each answer, then each person’s notes, Who and By when', () => {
    const board = framework();
    const comparison = compareAnswers(board, [
      { name: 'Siân', responses: new Map([['p1', answer()]]) },
      { name: '=cmd|Gwŷn', responses: new Map([['p1', answer()]]) },
    ]);
    const rows = compareCsvRows(board, comparison, labels);
    expect(rows[0]).toEqual([
      'Behaviour', 'Practice', 'In place', 'Not yet', 'Not applicable', 'Not answered', 'Answers differ', 'Siân', '=cmd|Gwŷn',
      'Siân: notes', 'Siân: who', 'Siân: by when', '=cmd|Gwŷn: notes', '=cmd|Gwŷn: who', '=cmd|Gwŷn: by when',
    ]);
    expect(rows[1]).toEqual(['Share power', 'Agree roles', '2', '0', '0', '0', 'No', 'In place', 'In place', '', '', '', '', '', '']);
    expect(rows).toHaveLength(4);
    // Names and practice texts are untrusted: buildCsv keeps them text in a spreadsheet.
    const csv = buildCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(",'=cmd|Gwŷn,Siân: notes,");
    expect(csv).toContain(",'=cmd|Gwŷn: notes,'=cmd|Gwŷn: who,'=cmd|Gwŷn: by when\r\n");
    expect(csv).toContain("Share power,'=Share budgets,");
  });

  it('writes each person’s note, Who and By when under their name, keeping every one of them text in a spreadsheet', () => {
    const board = framework();
    const comparison = compareAnswers(board, [
      { name: 'Siân', responses: new Map([['p1', answer({ note: '=HYPERLINK("http://evil.example")', owner: '@Finance', due: '2027-01-31' })]]) },
      { name: 'Gwŷn', responses: new Map([['p1', answer({ level: 'not-yet', note: 'Ask the chair; -1+1', owner: 'Gwŷn' })]]) },
    ]);
    const rows = compareCsvRows(board, comparison, labels);
    expect(rows[1].slice(9)).toEqual(['=HYPERLINK("http://evil.example")', '@Finance', '2027-01-31', 'Ask the chair; -1+1', 'Gwŷn', '']);
    const line = buildCsv(rows).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"")",'@Finance,2027-01-31,"Ask the chair;' -1+1",Gwŷn,`);
  });
});
