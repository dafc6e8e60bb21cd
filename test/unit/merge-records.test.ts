import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import { clearRecord, emptyRecord, withResponse, type ProgressRecord } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import type { OrganisationProfile } from '../../src/core/tailoring/profile.js';
import { contentOf, siblingRecordArb } from './arbitraries.js';

const T = {
  nine: '2026-03-04T09:00:00.000Z',
  ten: '2026-03-04T10:00:00.000Z',
  tenPastTen: '2026-03-04T10:10:00.000Z',
  eleven: '2026-03-04T11:00:00.000Z',
  noon: '2026-03-04T12:00:00.000Z',
};

const answer = (level: string, changedAt: string, fields: Partial<PracticeResponse> = {}): PracticeResponse => ({
  level,
  notApplicable: false,
  note: '',
  changedAt,
  ...fields,
});

function recordWith(entries: [string, PracticeResponse][], clearedAt?: string): ProgressRecord {
  return {
    frameworkId: 'ncvo-collaborative-behaviours',
    frameworkVersion: '2021.1',
    ...(clearedAt === undefined ? {} : { clearedAt }),
    responses: new Map(entries),
  };
}

/** The latest time at which either record was reset, if ever. */
const lastReset = (a: ProgressRecord, b: ProgressRecord): string | undefined =>
  [a.clearedAt, b.clearedAt].filter((t): t is string => t !== undefined).sort().at(-1);

describe('mergeRecords: worked examples', () => {
  it('keeps the newer response for a practice both tabs changed', () => {
    const local = recordWith([['p1', answer('in-place', T.ten)]]);
    const incoming = recordWith([['p1', answer('not-yet', T.eleven, { note: 'Unticked after review' })]]);
    expect(mergeRecords(local, incoming).responses.get('p1')).toEqual(answer('not-yet', T.eleven, { note: 'Unticked after review' }));
    expect(mergeRecords(incoming, local).responses.get('p1')).toEqual(answer('not-yet', T.eleven, { note: 'Unticked after review' }));
  });

  it('keeps the local response when it is the newer one', () => {
    const local = recordWith([['p1', answer('in-place', T.noon)]]);
    const incoming = recordWith([['p1', answer('not-yet', T.eleven)]]);
    expect(mergeRecords(local, incoming).responses.get('p1')?.level).toBe('in-place');
  });

  it('keeps responses only one tab has', () => {
    const local = recordWith([['p1', answer('in-place', T.ten)]]);
    const incoming = recordWith([['p2', answer('in-place', T.eleven)]]);
    const merged = mergeRecords(local, incoming);
    expect([...merged.responses.keys()].sort()).toEqual(['p1', 'p2']);
  });

  it('compares whole responses, so a newer note-only change carries its level with it', () => {
    const local = recordWith([['p1', answer('in-place', T.ten)]]);
    const incoming = recordWith([['p1', answer('not-yet', T.eleven, { note: 'Ask Sam' })]]);
    expect(mergeRecords(local, incoming).responses.get('p1')).toEqual(answer('not-yet', T.eleven, { note: 'Ask Sam' }));
  });

  it('takes the framework id and version from the local record', () => {
    const local = { ...recordWith([]), frameworkVersion: '2021.2' };
    const incoming = { ...recordWith([]), frameworkVersion: '2021.1' };
    const merged = mergeRecords(local, incoming);
    expect(merged.frameworkId).toBe('ncvo-collaborative-behaviours');
    expect(merged.frameworkVersion).toBe('2021.2');
  });

  it('has no clearedAt when neither record was reset', () => {
    const merged = mergeRecords(recordWith([['p1', answer('in-place', T.ten)]]), recordWith([]));
    expect('clearedAt' in merged).toBe(false);
  });

  it('does not change either record it merges', () => {
    const local = recordWith([['p1', answer('in-place', T.ten)]]);
    const incoming = recordWith([['p1', answer('not-yet', T.eleven)], ['p2', answer('in-place', T.nine)]], T.ten);
    const localBefore = contentOf(local);
    const incomingBefore = contentOf(incoming);
    mergeRecords(local, incoming);
    expect(contentOf(local)).toEqual(localBefore);
    expect(contentOf(incoming)).toEqual(incomingBefore);
  });

  it('picks the same response from either side when two responses share a time', () => {
    const a = recordWith([['p1', answer('in-place', T.ten)]]);
    const b = recordWith([['p1', answer('not-yet', T.ten, { note: 'same instant' })]]);
    expect(mergeRecords(a, b).responses.get('p1')).toEqual(mergeRecords(b, a).responses.get('p1'));
  });
});

describe('mergeRecords: Reset', () => {
  it('removes responses changed before another tab\'s reset and keeps ones changed after it', () => {
    // This tab still holds answers from 9:00 and 11:00; the other tab was reset at 10:00.
    const local = recordWith([
      ['p1', answer('in-place', T.nine)],
      ['p2', answer('in-place', T.eleven)],
    ]);
    const incoming = clearRecord(recordWith([]), T.ten);
    const merged = mergeRecords(local, incoming);
    expect(merged.clearedAt).toBe(T.ten);
    expect([...merged.responses.keys()]).toEqual(['p2']);
    expect(contentOf(mergeRecords(incoming, local))).toEqual(contentOf(merged));
  });

  it('does not let a tab that missed the reset bring old responses back', () => {
    const before = recordWith([['p1', answer('in-place', T.nine)], ['p2', answer('in-place', T.nine)]]);
    const resetHere = withResponse(clearRecord(before, T.ten), 'p3', answer('in-place', T.eleven));
    const merged = mergeRecords(resetHere, before);
    expect([...merged.responses.keys()]).toEqual(['p3']);
  });

  it('keeps the later of two resets', () => {
    const a = recordWith([['p1', answer('in-place', T.tenPastTen)]], T.ten);
    const b = recordWith([], T.eleven);
    expect(mergeRecords(a, b).clearedAt).toBe(T.eleven);
    expect(mergeRecords(b, a).clearedAt).toBe(T.eleven);
    expect(mergeRecords(a, b).responses.size).toBe(0);
  });

  it('drops an older response even when the newer one for that practice came before the reset too', () => {
    const a = recordWith([['p1', answer('in-place', T.nine)]]);
    const b = recordWith([['p1', answer('not-yet', T.ten)]], T.eleven);
    expect(mergeRecords(a, b).responses.has('p1')).toBe(false);
  });
});

describe('mergeRecords: properties', () => {
  it('is commutative: both tabs reach the same responses and reset time', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, (a, b) => {
        expect(contentOf(mergeRecords(a, b))).toEqual(contentOf(mergeRecords(b, a)));
      }),
      { numRuns: 500 },
    );
  });

  it('is associative: the order three tabs sync in does not matter', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, siblingRecordArb, (a, b, c) => {
        expect(contentOf(mergeRecords(mergeRecords(a, b), c))).toEqual(contentOf(mergeRecords(a, mergeRecords(b, c))));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: merging a result again, with itself or either input, changes nothing', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, (a, b) => {
        const merged = mergeRecords(a, b);
        expect(contentOf(mergeRecords(merged, merged))).toEqual(contentOf(merged));
        expect(contentOf(mergeRecords(merged, a))).toEqual(contentOf(merged));
        expect(contentOf(mergeRecords(merged, b))).toEqual(contentOf(merged));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a record as it was when merged with itself, if it has nothing older than its reset', () => {
    fc.assert(
      fc.property(siblingRecordArb, (record) => {
        const consistent: ProgressRecord = {
          ...record,
          responses: new Map([...record.responses].filter(([, r]) => record.clearedAt === undefined || r.changedAt > record.clearedAt)),
        };
        expect(contentOf(mergeRecords(consistent, consistent))).toEqual(contentOf(consistent));
      }),
    );
  });

  it('never drops a response that is newer than every reset, and keeps the newest for its practice', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, (a, b) => {
        const merged = mergeRecords(a, b);
        const reset = lastReset(a, b);
        for (const id of new Set([...a.responses.keys(), ...b.responses.keys()])) {
          const candidates = [a.responses.get(id), b.responses.get(id)].filter((r): r is PracticeResponse => r !== undefined);
          const newest = candidates.map((r) => r.changedAt).sort().at(-1)!;
          if (reset === undefined || newest > reset) {
            expect(merged.responses.get(id)?.changedAt).toBe(newest);
            expect(candidates).toContainEqual(merged.responses.get(id));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps nothing changed at or before the latest reset, and invents nothing', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, (a, b) => {
        const merged = mergeRecords(a, b);
        const reset = lastReset(a, b);
        expect(merged.clearedAt).toBe(reset);
        for (const [id, response] of merged.responses) {
          if (reset !== undefined) expect(response.changedAt > reset).toBe(true);
          expect([a.responses.get(id), b.responses.get(id)]).toContainEqual(response);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('merging with an empty record of the same framework keeps everything newer than the reset', () => {
    fc.assert(
      fc.property(siblingRecordArb, (record) => {
        const empty = emptyRecord(record.frameworkId, record.frameworkVersion);
        expect(contentOf(mergeRecords(record, empty))).toEqual(contentOf(mergeRecords(record, record)));
      }),
    );
  });
});

describe('mergeRecords: the organisation profile', () => {
  const profile = (changedAt: string, fields: Partial<OrganisationProfile> = {}): OrganisationProfile => ({ size: 'small', changedAt, ...fields });
  const withProfileAt = (record: ProgressRecord, given: OrganisationProfile): ProgressRecord => ({ ...record, profile: given });

  it('keeps the newer profile, from either side', () => {
    const local = withProfileAt(recordWith([]), profile(T.ten, { size: 'micro', role: 'joins' }));
    const incoming = withProfileAt(recordWith([]), profile(T.eleven, { size: 'large' }));
    expect(mergeRecords(local, incoming).profile).toEqual({ size: 'large', changedAt: T.eleven });
    expect(mergeRecords(incoming, local).profile).toEqual({ size: 'large', changedAt: T.eleven });
  });

  it('keeps a profile only one side has, and adds none when neither has one', () => {
    const given = withProfileAt(recordWith([['p1', answer('in-place', T.ten)]]), profile(T.nine));
    const without = recordWith([['p2', answer('in-place', T.eleven)]]);
    expect(mergeRecords(given, without).profile).toEqual(profile(T.nine));
    expect(mergeRecords(without, given).profile).toEqual(profile(T.nine));
    expect('profile' in mergeRecords(without, recordWith([]))).toBe(false);
  });

  it('keeps the profile through another tab\'s later reset: it describes the organisation, not the answers', () => {
    const local = withProfileAt(recordWith([['p1', answer('in-place', T.nine)]]), profile(T.nine));
    const incoming = clearRecord(recordWith([]), T.eleven);
    const merged = mergeRecords(local, incoming);
    expect(merged.responses.size).toBe(0);
    expect(merged.profile).toEqual(profile(T.nine));
  });

  it('picks the same profile from either side when two profiles share a time', () => {
    const a = withProfileAt(recordWith([]), profile(T.ten, { size: 'micro' }));
    const b = withProfileAt(recordWith([]), profile(T.ten, { size: 'major', role: 'leads' }));
    expect(mergeRecords(a, b).profile).toEqual(mergeRecords(b, a).profile);
  });

  it('is commutative, associative and idempotent for the profile too', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, siblingRecordArb, (a, b, c) => {
        expect(mergeRecords(a, b).profile).toEqual(mergeRecords(b, a).profile);
        expect(mergeRecords(mergeRecords(a, b), c).profile).toEqual(mergeRecords(a, mergeRecords(b, c)).profile);
        const merged = mergeRecords(a, b);
        expect(mergeRecords(merged, merged).profile).toEqual(merged.profile);
        expect(mergeRecords(merged, a).profile).toEqual(merged.profile);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the newest profile either side has, whatever the resets, and invents none', () => {
    fc.assert(
      fc.property(siblingRecordArb, siblingRecordArb, (a, b) => {
        const merged = mergeRecords(a, b);
        const given = [a.profile, b.profile].filter((p): p is OrganisationProfile => p !== undefined);
        expect('profile' in merged).toBe(given.length > 0);
        if (given.length === 0) return;
        expect(given).toContainEqual(merged.profile);
        expect(merged.profile?.changedAt).toBe(given.map((p) => p.changedAt).sort().at(-1));
      }),
      { numRuns: 500 },
    );
  });
});
