import { describe, expect, it } from 'vitest';
import { clearRecord, emptyRecord, withoutExcessUnknown, withProfile, withResponse } from '../../src/core/progress/progress-record.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';

const answer = (level: string, changedAt = '2026-03-04T10:15:00.000Z'): PracticeResponse => ({
  level,
  notApplicable: false,
  note: '',
  changedAt,
});

describe('progress records', () => {
  it('emptyRecord names the framework and has no responses and no reset', () => {
    const record = emptyRecord('ncvo-collaborative-behaviours', '2021.1');
    expect(record).toEqual({ frameworkId: 'ncvo-collaborative-behaviours', frameworkVersion: '2021.1', responses: new Map() });
    expect('clearedAt' in record).toBe(false);
  });

  it('withResponse adds or replaces one practice\'s response in a new record, leaving the old one as it was', () => {
    const empty = emptyRecord('f', '1');
    const one = withResponse(empty, 'p1', answer('in-place'));
    const replaced = withResponse(one, 'p1', answer('not-yet'));
    expect(empty.responses.size).toBe(0);
    expect(one.responses.get('p1')?.level).toBe('in-place');
    expect(replaced.responses.get('p1')?.level).toBe('not-yet');
    expect(replaced.responses.size).toBe(1);
    expect(replaced.responses).not.toBe(one.responses);
  });

  it('withResponse keeps the framework identity and reset time', () => {
    const cleared = clearRecord(emptyRecord('f', '1'), '2026-03-01T00:00:00.000Z');
    expect(withResponse(cleared, 'p1', answer('in-place'))).toMatchObject({
      frameworkId: 'f',
      frameworkVersion: '1',
      clearedAt: '2026-03-01T00:00:00.000Z',
    });
  });

  it('clearRecord removes every response and notes when, without changing the original', () => {
    const record = withResponse(withResponse(emptyRecord('f', '1'), 'p1', answer('in-place')), 'p2', answer('not-yet'));
    const cleared = clearRecord(record, '2026-03-05T08:00:00.000Z');
    expect(cleared).toEqual({ frameworkId: 'f', frameworkVersion: '1', clearedAt: '2026-03-05T08:00:00.000Z', responses: new Map() });
    expect(record.responses.size).toBe(2);
  });
});

describe('the organisation profile in a record', () => {
  const profile = { size: 'medium', role: 'both', changedAt: '2026-03-04T10:00:00.000Z' } as const;

  it('an empty record has no profile', () => {
    expect('profile' in emptyRecord('f', '1')).toBe(false);
  });

  it('withProfile sets or replaces the profile in a new record, keeping everything else', () => {
    const record = withResponse(clearRecord(emptyRecord('f', '1'), '2026-03-01T00:00:00.000Z'), 'p1', answer('in-place'));
    const given = withProfile(record, profile);
    expect(given).toEqual({ ...record, profile });
    expect(given.responses).toBe(record.responses);
    expect('profile' in record).toBe(false);
    const replaced = withProfile(given, { size: 'micro', changedAt: '2026-03-05T10:00:00.000Z' });
    expect(replaced.profile).toEqual({ size: 'micro', changedAt: '2026-03-05T10:00:00.000Z' });
    expect(given.profile).toBe(profile);
  });

  it('withResponse keeps the profile', () => {
    expect(withResponse(withProfile(emptyRecord('f', '1'), profile), 'p1', answer('in-place')).profile).toBe(profile);
  });

  it('clearRecord (Reset) removes the responses but keeps the profile', () => {
    const record = withResponse(withProfile(emptyRecord('f', '1'), profile), 'p1', answer('in-place'));
    const cleared = clearRecord(record, '2026-03-05T08:00:00.000Z');
    expect(cleared).toEqual({ frameworkId: 'f', frameworkVersion: '1', clearedAt: '2026-03-05T08:00:00.000Z', responses: new Map(), profile });
  });
});

describe('bounded growth', () => {
  it('keeps a record with every NCVO practice answered and every note full far below localStorage’s ~5 MB', async () => {
    const { NOTE_MAX_LENGTH } = await import('../../src/core/progress/note-limit.js');
    const { serializeRecord } = await import('../../src/core/progress/record-codec.js');
    const ncvo = (await import('../../framework/ncvo-collaborative-behaviours.json')).default;
    // Quotes and backslashes are the worst case: JSON doubles them.
    const note = '"\\'.repeat(NOTE_MAX_LENGTH / 2);
    const responses = new Map(
      ncvo.behaviours.flatMap((behaviour) => behaviour.practices).map((practice) => [
        practice.id,
        { level: 'in-place', notApplicable: false, note, changedAt: '2026-11-25T10:00:00.000Z' },
      ]),
    );
    const text = serializeRecord({ frameworkId: ncvo.id, frameworkVersion: ncvo.version, responses }, '2026-11-25T10:00:00.000Z');
    // localStorage counts UTF-16 code units; browsers allow about 5 million per site.
    expect(text.length).toBeLessThan(150_000);
    expect(text.length).toBeGreaterThan(30 * NOTE_MAX_LENGTH);
  });
});

describe('withoutExcessUnknown', () => {
  const answer: PracticeResponse = { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T10:15:00.000Z' };
  const recordWith = (known: number, unknown: number) => {
    let record = emptyRecord('f', '1');
    for (let index = 0; index < known; index += 1) record = withResponse(record, `known-${index}`, answer);
    for (let index = 0; index < unknown; index += 1) record = withResponse(record, `gone-${index}`, answer);
    return record;
  };
  const known = new Set(Array.from({ length: 30 }, (_, index) => `known-${index}`));

  it('leaves a record with up to 1,000 answers to unlisted practices as it is', () => {
    const record = recordWith(30, 1000);
    expect(withoutExcessUnknown(record, known)).toEqual({ record, dropped: 0 });
  });

  it('keeps every answer to a listed practice and the first 1,000 others, and counts the rest', () => {
    const { record, dropped } = withoutExcessUnknown(recordWith(30, 1500), known);
    expect(dropped).toBe(500);
    expect(record.responses.size).toBe(1030);
    expect([...known].every((id) => record.responses.has(id))).toBe(true);
  });
});
