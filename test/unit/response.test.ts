import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingLevel } from '../../src/core/framework/framework-schema.js';
import { applyChange, changedOn, WALL_CLOCK_BEHIND, type PracticeResponse, type ResponseChange } from '../../src/core/progress/response.js';
import { readRecord, serializeRecord } from '../../src/core/progress/record-codec.js';
import { noteArb, ratingScaleArb, timestampArb } from './arbitraries.js';

const TWO_LEVELS: RatingLevel[] = [
  { id: 'not-yet', label: 'Not yet', weight: 0 },
  { id: 'in-place', label: 'In place', weight: 1 },
];
const THREE_LEVELS: RatingLevel[] = [
  { id: 'not-started', label: 'Not started', weight: 0 },
  { id: 'partly', label: 'Partly', weight: 0.5 },
  { id: 'fully', label: 'Fully', weight: 1 },
];

const T0 = '2026-03-04T10:00:00.000Z';
const T1 = '2026-03-04T10:15:00.000Z';

const response = (fields: Partial<PracticeResponse>): PracticeResponse => ({
  level: 'not-yet',
  notApplicable: false,
  note: '',
  changedAt: T0,
  ...fields,
});

describe('applyChange with no earlier response', () => {
  it('ticking "in place" records the level, applicable, with an empty note', () => {
    expect(applyChange(undefined, { level: 'in-place' }, TWO_LEVELS, T1)).toEqual({
      level: 'in-place',
      notApplicable: false,
      note: '',
      changedAt: T1,
    });
  });

  it('marking not applicable starts from the lowest level', () => {
    expect(applyChange(undefined, { notApplicable: true }, TWO_LEVELS, T1)).toEqual({
      level: 'not-yet',
      notApplicable: true,
      note: '',
      changedAt: T1,
    });
  });

  it('writing a note starts from the lowest level, applicable', () => {
    expect(applyChange(undefined, { note: 'Ask the board in May' }, THREE_LEVELS, T1)).toEqual({
      level: 'not-started',
      notApplicable: false,
      note: 'Ask the board in May',
      changedAt: T1,
    });
  });
});

describe('applyChange: "in place" and "not applicable" exclude each other', () => {
  it('choosing a level above the lowest clears not applicable', () => {
    const before = response({ notApplicable: true, note: 'n/a for us' });
    expect(applyChange(before, { level: 'in-place' }, TWO_LEVELS, T1)).toEqual({
      level: 'in-place',
      notApplicable: false,
      note: 'n/a for us',
      changedAt: T1,
    });
  });

  it('choosing an intermediate level on a longer scale also clears not applicable', () => {
    const before = response({ level: 'not-started', notApplicable: true });
    expect(applyChange(before, { level: 'partly' }, THREE_LEVELS, T1)).toMatchObject({ level: 'partly', notApplicable: false });
  });

  it('choosing the lowest level leaves not applicable as it was', () => {
    expect(applyChange(response({ notApplicable: true }), { level: 'not-yet' }, TWO_LEVELS, T1)).toMatchObject({
      level: 'not-yet',
      notApplicable: true,
    });
    expect(applyChange(response({ level: 'in-place' }), { level: 'not-yet' }, TWO_LEVELS, T1)).toMatchObject({
      level: 'not-yet',
      notApplicable: false,
    });
  });

  it('marking not applicable resets the level to the lowest and keeps the note', () => {
    const before = response({ level: 'in-place', note: 'Done in 2024' });
    expect(applyChange(before, { notApplicable: true }, TWO_LEVELS, T1)).toEqual({
      level: 'not-yet',
      notApplicable: true,
      note: 'Done in 2024',
      changedAt: T1,
    });
  });

  it('marking not applicable uses the first level of the framework\'s own scale as the lowest', () => {
    const before: PracticeResponse = { level: 'fully', notApplicable: false, note: '', changedAt: T0 };
    expect(applyChange(before, { notApplicable: true }, THREE_LEVELS, T1).level).toBe('not-started');
  });

  it('unmarking not applicable keeps the level', () => {
    expect(applyChange(response({ notApplicable: true }), { notApplicable: false }, TWO_LEVELS, T1)).toMatchObject({
      level: 'not-yet',
      notApplicable: false,
    });
    expect(applyChange(response({ level: 'in-place' }), { notApplicable: false }, TWO_LEVELS, T1)).toMatchObject({
      level: 'in-place',
      notApplicable: false,
    });
  });

  it('keeps a level the scale no longer has unless the change replaces it', () => {
    const before = response({ level: 'retired-level' });
    expect(applyChange(before, { note: 'x' }, TWO_LEVELS, T1).level).toBe('retired-level');
    expect(applyChange(before, { notApplicable: true }, TWO_LEVELS, T1).level).toBe('not-yet');
  });
});

describe('applyChange: notes', () => {
  it('changing the note keeps the level', () => {
    const before = response({ level: 'in-place', note: 'old' });
    expect(applyChange(before, { note: 'new' }, TWO_LEVELS, T1)).toEqual({ level: 'in-place', notApplicable: false, note: 'new', changedAt: T1 });
  });

  it('changing the note keeps not applicable', () => {
    const before = response({ notApplicable: true, note: 'old' });
    expect(applyChange(before, { note: '' }, TWO_LEVELS, T1)).toEqual({ level: 'not-yet', notApplicable: true, note: '', changedAt: T1 });
  });

  it('keeps the note exactly, including markup-like text and surrounding spaces', () => {
    const note = '  <script>alert("x")</script> & next steps  ';
    expect(applyChange(undefined, { note }, TWO_LEVELS, T1).note).toBe(note);
  });
});

describe('applyChange: bookkeeping', () => {
  const changeArb: fc.Arbitrary<(scale: RatingLevel[]) => ResponseChange> = fc.oneof(
    fc.nat().map((n) => (scale: RatingLevel[]) => ({ level: scale[n % scale.length].id })),
    fc.boolean().map((notApplicable) => () => ({ notApplicable })),
    noteArb.map((note) => () => ({ note })),
  );

  it('sets changedAt to the time given, whatever the change', () => {
    fc.assert(
      fc.property(changeArb, timestampArb, (makeChange, at) => {
        expect(applyChange(response({ changedAt: T0 }), makeChange(TWO_LEVELS), TWO_LEVELS, at).changedAt).toBe(at);
      }),
    );
  });

  it('returns a new response and leaves the earlier one untouched', () => {
    const before = response({ level: 'in-place', note: 'keep me' });
    const snapshot = { ...before };
    const after = applyChange(before, { notApplicable: true }, TWO_LEVELS, T1);
    expect(after).not.toBe(before);
    expect(before).toEqual(snapshot);
  });

  it('never leaves a practice both above the lowest level and not applicable, whatever the sequence of changes', () => {
    fc.assert(
      fc.property(ratingScaleArb, fc.array(fc.tuple(changeArb, timestampArb), { minLength: 1, maxLength: 12 }), (scale, changes) => {
        let current: PracticeResponse | undefined;
        for (const [makeChange, at] of changes) {
          current = applyChange(current, makeChange(scale), scale, at);
          if (current.notApplicable) expect(current.level).toBe(scale[0].id);
        }
      }),
    );
  });

  it('only the field a change names (and its documented partner) moves', () => {
    fc.assert(
      fc.property(ratingScaleArb, changeArb, noteArb, fc.boolean(), (scale, makeChange, note, notApplicable) => {
        const before: PracticeResponse = { level: notApplicable ? scale[0].id : scale[scale.length - 1].id, notApplicable, note, changedAt: T0 };
        const change = makeChange(scale);
        const after = applyChange(before, change, scale, T1);
        if ('note' in change) expect(after).toEqual({ ...before, note: change.note, changedAt: T1 });
        else expect(after.note).toBe(note);
      }),
    );
  });
});

describe('applyChange: "Who" and "By when" (issue 14)', () => {
  it('keeps a "Who", trimmed, and takes it away when blank, leaving no empty field', () => {
    const named = applyChange(response({ note: 'Draft a policy' }), { owner: '  Siân Gwŷn ' }, TWO_LEVELS, T1);
    expect(named).toEqual(response({ note: 'Draft a policy', owner: 'Siân Gwŷn', changedAt: T1 }));
    const cleared = applyChange(named, { owner: '   ' }, TWO_LEVELS, T1);
    expect(cleared).toEqual(response({ note: 'Draft a policy', changedAt: T1 }));
    expect(Object.hasOwn(cleared, 'owner')).toBe(false);
  });

  it('keeps a "Who" to the longest a name may be', () => {
    expect(applyChange(undefined, { owner: 'x'.repeat(150) }, TWO_LEVELS, T1).owner).toBe('x'.repeat(100));
  });

  it('keeps a real date as "By when", and takes it away when blank or not a real date', () => {
    const dated = applyChange(undefined, { due: '2026-03-31' }, TWO_LEVELS, T1);
    expect(dated).toEqual({ level: 'not-yet', notApplicable: false, note: '', due: '2026-03-31', changedAt: T1 });
    expect(Object.hasOwn(applyChange(dated, { due: '' }, TWO_LEVELS, T1), 'due')).toBe(false);
    expect(Object.hasOwn(applyChange(dated, { due: '2026-02-30' }, TWO_LEVELS, T1), 'due')).toBe(false);
  });

  it('leaves "Who" and "By when" as they were when the level, not applicable or note change', () => {
    fc.assert(
      fc.property(fc.constantFrom<ResponseChange>({ level: 'in-place' }, { level: 'not-yet' }, { notApplicable: true }, { note: 'x' }), (change) => {
        const after = applyChange(response({ owner: 'Board', due: '2027-01-31' }), change, TWO_LEVELS, T1);
        expect([after.owner, after.due]).toEqual(['Board', '2027-01-31']);
      }),
      { numRuns: 20 },
    );
  });
});

describe('applyChange: the computer\'s time beside the change clock\'s (issue 24)', () => {
  const yearAhead = '2027-03-04T10:15:00.000Z';

  it('keeps this computer\'s time only where the change clock ran ahead of it by a minute or more', () => {
    expect(applyChange(undefined, { level: 'in-place' }, TWO_LEVELS, yearAhead, T1)).toMatchObject({ changedAt: yearAhead, wallAt: T1 });
    const close = new Date(Date.parse(T1) + WALL_CLOCK_BEHIND - 1).toISOString();
    expect(applyChange(undefined, { level: 'in-place' }, TWO_LEVELS, close, T1)).not.toHaveProperty('wallAt');
    expect(applyChange(undefined, { level: 'in-place' }, TWO_LEVELS, T1, T1)).not.toHaveProperty('wallAt');
  });

  it('never carries an earlier change\'s time of this computer to a later change, whatever the change', () => {
    const before = response({ changedAt: yearAhead, wallAt: T0, owner: 'Siân' });
    for (const change of [{ level: 'in-place' }, { notApplicable: true }, { note: 'x' }, { owner: 'Dai' }, { owner: '' }, { due: '2027-01-31' }] as ResponseChange[]) {
      const after = applyChange(before, change, TWO_LEVELS, '2027-03-04T10:16:00.000Z');
      expect(after).not.toHaveProperty('wallAt');
      expect(changedOn(after)).toBe('2027-03-04T10:16:00.000Z');
    }
    expect(changedOn(before)).toBe(T0);
  });

  it('is saved and read back; a damaged one costs only itself', () => {
    const record = { frameworkId: 'f', frameworkVersion: '1', responses: new Map([['p', response({ changedAt: yearAhead, wallAt: T1 })]]) };
    const reading = readRecord(serializeRecord(record, yearAhead));
    expect(reading.kind === 'record' && reading.record.responses.get('p')).toEqual(record.responses.get('p'));
    const damaged = JSON.parse(serializeRecord(record, yearAhead));
    damaged.responses.p.wallAt = 'last Tuesday';
    const salvaged = readRecord(JSON.stringify(damaged));
    expect(salvaged.kind === 'unreadable' && salvaged.salvaged?.responses.get('p')).toEqual(response({ changedAt: yearAhead }));
  });
});
