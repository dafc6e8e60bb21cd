import { describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { checklistProgress, firstUnanswered, isAnswered, lastChangedAt } from '../../src/core/answered.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import { asReplacement, clearRecord, emptyRecord, withResponse, withReview, type ProgressRecord } from '../../src/core/progress/progress-record.js';
import { readRecord, serializeRecord } from '../../src/core/progress/record-codec.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';

const parsed = parseFramework(ncvoJson);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const ncvo = parsed.value;
const [first, second] = ncvo.behaviours.filter((behaviour) => behaviour.practices.length > 1);
const T1 = '2026-03-04T10:00:00.000Z';
const T2 = '2026-03-04T11:00:00.000Z';
const T3 = '2026-03-04T12:00:00.000Z';

const response = (level: string, notApplicable = false, changedAt = T1): PracticeResponse => ({ level, notApplicable, note: '', changedAt });
const statusOf = (record: ProgressRecord, behaviourId: string) =>
  checklistProgress(ncvo, record.responses, record.reviews).behaviours.find((progress) => progress.behaviourId === behaviourId);

describe('what is answered', () => {
  const twoLevels = ncvo.ratingScale;
  const threeLevels = [
    { id: 'not-yet', label: 'Not yet', weight: 0 },
    { id: 'partly', label: 'Partly', weight: 0.5 },
    { id: 'fully', label: 'Fully', weight: 1 },
  ];

  it('counts a tick or a not-applicable mark as an answer, and an untouched or unticked box as none', () => {
    expect(isAnswered(undefined, twoLevels)).toBe(false);
    expect(isAnswered(response('in-place'), twoLevels)).toBe(true);
    expect(isAnswered(response('not-yet', true), twoLevels)).toBe(true);
    // Ticked then unticked: nothing says the person decided "not in place".
    expect(isAnswered(response('not-yet'), twoLevels)).toBe(false);
  });

  it('counts any chosen level as an answer on a scale of radio buttons, "Not yet" included', () => {
    expect(isAnswered(response('not-yet'), threeLevels)).toBe(true);
    expect(isAnswered(undefined, threeLevels)).toBe(false);
  });

  it('does not count a note alone as an answer on a scale of radio buttons', () => {
    const noteOnly = { ...response('not-yet'), note: 'Ask the board' };
    expect(isAnswered(noteOnly, threeLevels)).toBe(false);
    expect(isAnswered({ ...noteOnly, level: 'partly' }, threeLevels)).toBe(true);
    expect(isAnswered({ ...noteOnly, notApplicable: true }, threeLevels)).toBe(true);
  });
});

describe('behaviour status, as in the GOV.UK task list', () => {
  const base = emptyRecord(ncvo.id, ncvo.version);

  it('is "not started" with nothing answered, with every practice counted', () => {
    expect(statusOf(base, first.id)).toEqual({ behaviourId: first.id, status: 'not-started', reviewed: false, answered: 0, total: first.practices.length });
  });

  it('is "in progress" once something is answered, counting answers', () => {
    let record = withResponse(base, first.practices[0].id, response('in-place'));
    record = withResponse(record, first.practices[1].id, response('not-yet', true));
    expect(statusOf(record, first.id)).toMatchObject({ status: 'in-progress', answered: 2 });
    expect(statusOf(record, second.id)).toMatchObject({ status: 'not-started', answered: 0 });
  });

  it('is "completed" with no extra step once every practice is ticked or not applicable', () => {
    let record = base;
    first.practices.forEach((practice, index) => (record = withResponse(record, practice.id, response(index % 2 ? 'not-yet' : 'in-place', index % 2 === 1))));
    expect(statusOf(record, first.id)).toMatchObject({ status: 'completed', reviewed: false, answered: first.practices.length });
    // Unticking one takes it back.
    record = withResponse(record, first.practices[0].id, response('not-yet', false, T2));
    expect(statusOf(record, first.id)).toMatchObject({ status: 'in-progress', answered: first.practices.length - 1 });
  });

  it('is "completed" once the person says none of the others are in place yet, every practice then answered; unmarking undoes it', () => {
    const reviewed = withReview(withResponse(base, first.practices[0].id, response('in-place')), first.id, { reviewed: true, changedAt: T2 });
    expect(statusOf(reviewed, first.id)).toMatchObject({ status: 'completed', reviewed: true, answered: first.practices.length });
    const unmarked = withReview(reviewed, first.id, { reviewed: false, changedAt: T3 });
    expect(statusOf(unmarked, first.id)).toMatchObject({ status: 'in-progress', reviewed: false, answered: 1 });
  });

  it('adds the behaviours up overall', () => {
    const record = withReview(withResponse(base, second.practices[0].id, response('in-place')), first.id, { reviewed: true, changedAt: T2 });
    const total = ncvo.behaviours.reduce((sum, behaviour) => sum + behaviour.practices.length, 0);
    expect(checklistProgress(ncvo, record.responses, record.reviews).overall).toEqual({ answered: first.practices.length + 1, total });
  });
});

describe('where "Continue where you left off" goes', () => {
  const base = emptyRecord(ncvo.id, ncvo.version);
  const [one, two, three] = ncvo.behaviours;

  it('is the first practice nothing answers, past a behaviour whose every practice is answered (the trial’s finding)', () => {
    let record = withResponse(base, one.practices[0].id, response('in-place'));
    record = withResponse(record, two.practices[0].id, response('in-place'));
    expect(firstUnanswered(ncvo, record.responses, record.reviews)?.id).toBe(two.practices[1].id);
  });

  it('skips a behaviour marked "None of the others are in place yet" and practices marked not applicable', () => {
    let record = withReview(withResponse(base, one.practices[0].id, response('in-place')), two.id, { reviewed: true, changedAt: T1 });
    record = withResponse(record, three.practices[0].id, response('not-yet', true));
    expect(firstUnanswered(ncvo, record.responses, record.reviews)?.id).toBe(three.practices[1].id);
  });

  it('is nothing once every behaviour is completed, and nothing is when nothing changed', () => {
    const record = ncvo.behaviours.reduce((each, behaviour) => withReview(each, behaviour.id, { reviewed: true, changedAt: T1 }), base);
    expect(firstUnanswered(ncvo, record.responses, record.reviews)).toBeUndefined();
    expect(lastChangedAt(base)).toBeUndefined();
    expect(lastChangedAt(withReview(withResponse(base, one.practices[0].id, response('in-place', false, T2)), two.id, { reviewed: true, changedAt: T3 }))).toBe(T3);
  });
});

describe('reviews in saved progress', () => {
  const reviewed = withReview(emptyRecord(ncvo.id, ncvo.version), first.id, { reviewed: true, changedAt: T1 });

  it('round-trip through storage, and are left out of records that have none', () => {
    const reading = readRecord(serializeRecord(reviewed, T2));
    expect(reading).toEqual({ kind: 'record', record: reviewed });
    expect(JSON.parse(serializeRecord(emptyRecord(ncvo.id, ncvo.version), T2))).not.toHaveProperty('reviews');
  });

  it('are optional, so progress saved before they existed still loads', () => {
    const saved = '{"format":"collab-checklist-progress","formatVersion":1,"framework":{"id":"x","version":"1"},"savedAt":"2026-03-04T10:00:00.000Z","responses":{}}';
    const reading = readRecord(saved);
    expect(reading.kind).toBe('record');
    expect(reading.kind === 'record' && reading.record.reviews).toBeUndefined();
  });

  it('are checked like responses: a bad one makes the data unreadable, naming where', () => {
    const saved = JSON.parse(serializeRecord(reviewed, T2));
    saved.reviews[first.id].reviewed = 'yes';
    const reading = readRecord(JSON.stringify(saved));
    expect(reading.kind).toBe('unreadable');
    expect(reading.kind === 'unreadable' && reading.problems.join()).toContain(`reviews.${first.id}.reviewed`);
  });

  it('merge per behaviour, the newer winning, in either order', () => {
    const other = withReview(withReview(emptyRecord(ncvo.id, ncvo.version), first.id, { reviewed: false, changedAt: T2 }), second.id, { reviewed: true, changedAt: T1 });
    const expected = new Map([
      [first.id, { reviewed: false, changedAt: T2 }],
      [second.id, { reviewed: true, changedAt: T1 }],
    ]);
    expect(mergeRecords(reviewed, other).reviews).toEqual(expected);
    expect(mergeRecords(other, reviewed).reviews).toEqual(expected);
  });

  it('are cleared by Reset, also when another tab still holds them', () => {
    const cleared = clearRecord(reviewed, T2);
    expect(cleared.reviews).toBeUndefined();
    expect(mergeRecords(cleared, reviewed).reviews).toBeUndefined();
  });

  it('come back with an Undo of Reset, stamped with its time like the responses', () => {
    expect(asReplacement(reviewed, T3).reviews).toEqual(new Map([[first.id, { reviewed: true, changedAt: T3 }]]));
  });
});
