import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock } from '../../src/core/progress/hybrid-clock.js';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import { clearRecord, emptyRecord, latestTime, restoreCleared, withResponse, withReview } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';

const at = (iso: string) => Date.parse(iso);
const answer = (changedAt: string, note = ''): PracticeResponse => ({ level: 'in-place', notApplicable: false, note, changedAt });
const empty = emptyRecord('f', '1');

describe('HybridClock', () => {
  it('follows the wall clock while it moves forward', () => {
    let wall = at('2026-11-25T10:00:00.000Z');
    const clock = new HybridClock(() => wall);
    expect(clock.now()).toBe('2026-11-25T10:00:00.000Z');
    wall += 5000;
    expect(clock.now()).toBe('2026-11-25T10:00:05.000Z');
  });

  it('gives two different, rising times within one millisecond', () => {
    const clock = new HybridClock(() => at('2026-11-25T10:00:00.000Z'));
    expect([clock.now(), clock.now()]).toEqual(['2026-11-25T10:00:00.000Z', '2026-11-25T10:00:00.001Z']);
  });

  it('never goes back when the wall clock is put back', () => {
    let wall = at('2026-11-25T10:00:00.000Z');
    const clock = new HybridClock(() => wall);
    clock.now();
    wall -= 3_600_000;
    expect(clock.now()).toBe('2026-11-25T10:00:00.001Z');
  });

  it('stamps after a time it has seen from a fast clock, however slow its own wall clock', () => {
    const clock = new HybridClock(() => at('2026-11-25T10:00:00.000Z'));
    clock.observe('2027-01-01T00:00:00.000Z');
    expect(clock.now()).toBe('2027-01-01T00:00:00.001Z');
    clock.observe(undefined);
    clock.observe('2026-01-01T00:00:00.000Z');
    expect(clock.now()).toBe('2027-01-01T00:00:00.002Z');
  });

  it('property: every time is later than every time given or seen before it', () => {
    const step = fc.oneof(
      fc.record({ wall: fc.integer({ min: 0, max: 4_000_000_000_000 }) }),
      fc.record({ seen: fc.integer({ min: 0, max: 4_000_000_000_000 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let wall = 0;
        let latest = -1;
        const clock = new HybridClock(() => wall);
        for (const item of steps) {
          if ('seen' in item) {
            clock.observe(new Date(item.seen).toISOString());
            latest = Math.max(latest, item.seen);
          } else {
            wall = item.wall;
            const time = at(clock.now());
            expect(time).toBeGreaterThan(latest);
            expect(time).toBeGreaterThanOrEqual(wall);
            latest = time;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('latestTime', () => {
  it('is the latest of the reset, every response and the profile', () => {
    expect(latestTime(empty)).toBe(undefined);
    const record = withResponse(withResponse(clearRecord(empty, '2026-01-02T00:00:00.000Z'), 'a', answer('2026-01-03T00:00:00.000Z')), 'b', answer('2026-01-05T00:00:00.000Z'));
    expect(latestTime(record)).toBe('2026-01-05T00:00:00.000Z');
    expect(latestTime({ ...record, profile: { size: 'small', changedAt: '2026-02-01T00:00:00.000Z' } })).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('a change made after seeing a record supersedes it, whatever the wall clocks say', () => {
  it('an answer from a tab whose clock is an hour fast does not beat a later change from a tab on time', () => {
    const fast = new HybridClock(() => at('2026-11-25T11:00:00.000Z'));
    const onTime = new HybridClock(() => at('2026-11-25T10:00:05.000Z'));
    const fromFast = withResponse(empty, 'a', answer(fast.now(), 'first'));
    onTime.observe(latestTime(fromFast));
    const later = withResponse(fromFast, 'a', answer(onTime.now(), 'second'));
    expect(mergeRecords(fromFast, later).responses.get('a')?.note).toBe('second');
    expect(mergeRecords(later, fromFast).responses.get('a')?.note).toBe('second');
  });

  it('a Reset clears answers stamped in the future', () => {
    const clock = new HybridClock(() => at('2026-11-25T10:00:00.000Z'));
    const future = withResponse(empty, 'a', answer('2030-01-01T00:00:00.000Z'));
    clock.observe(latestTime(future));
    const cleared = clearRecord(future, clock.now());
    expect(mergeRecords(future, cleared).responses.size).toBe(0);
  });
});

describe('restoreCleared (Undo of a Reset)', () => {
  const before = withResponse(withResponse(empty, 'a', answer('2026-01-01T00:00:00.000Z', 'old a')), 'b', answer('2026-01-01T00:00:00.000Z', 'old b'));
  const cleared = clearRecord(before, '2026-01-02T00:00:00.000Z');

  it('gives back every cleared answer, stamped at the Undo so other tabs take it too', () => {
    const undone = restoreCleared(cleared, before, '2026-01-03T00:00:00.000Z');
    expect([...undone.responses.values()].map((r) => [r.note, r.changedAt])).toEqual([
      ['old a', '2026-01-03T00:00:00.000Z'],
      ['old b', '2026-01-03T00:00:00.000Z'],
    ]);
    expect(mergeRecords(cleared, undone).responses.size).toBe(2);
  });

  it('keeps a change made since the Reset, in any tab, and every other change too', () => {
    const since = withResponse(withResponse(cleared, 'b', answer('2026-01-02T12:00:00.000Z', 'new b')), 'c', answer('2026-01-02T12:00:00.000Z', 'new c'));
    const undone = restoreCleared(since, before, '2026-01-03T00:00:00.000Z');
    expect(Object.fromEntries([...undone.responses].map(([id, r]) => [id, r.note]))).toEqual({ a: 'old a', b: 'new b', c: 'new c' });
  });

  it('gives back the "I have reviewed this" marks too, keeping any changed since the Reset', () => {
    const reviewed = withReview(withReview(before, 'x', { reviewed: true, changedAt: '2026-01-01T00:00:00.000Z' }), 'y', { reviewed: true, changedAt: '2026-01-01T00:00:00.000Z' });
    const since = withReview(clearRecord(reviewed, '2026-01-02T00:00:00.000Z'), 'y', { reviewed: false, changedAt: '2026-01-02T12:00:00.000Z' });
    const undone = restoreCleared(since, reviewed, '2026-01-03T00:00:00.000Z');
    expect(Object.fromEntries([...(undone.reviews ?? [])])).toEqual({
      x: { reviewed: true, changedAt: '2026-01-03T00:00:00.000Z' },
      y: { reviewed: false, changedAt: '2026-01-02T12:00:00.000Z' },
    });
    expect(mergeRecords(since, undone).reviews?.get('x')?.reviewed).toBe(true);
  });
});
