import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import type { ProgressRecord } from '../../src/core/progress/progress-record.js';
import {
  PROGRESS_FORMAT,
  PROGRESS_FORMAT_VERSION,
  readRecord,
  serializeRecord,
  type RecordReading,
} from '../../src/core/progress/record-codec.js';
import { applyChange, type PracticeResponse } from '../../src/core/progress/response.js';
import { DEFAULT_RATING_SCALE as SCALE } from '../../src/core/framework/framework-schema.js';
import type { OrganisationProfile } from '../../src/core/tailoring/profile.js';
import { recordArb, timestampArb } from './arbitraries.js';

const SAVED_AT = '2026-03-04T10:20:00.000Z';

const response = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({
  level: 'in-place',
  notApplicable: false,
  note: '',
  changedAt: '2026-03-04T10:15:00.000Z',
  ...fields,
});

const sampleRecord = (): ProgressRecord => ({
  frameworkId: 'ncvo-collaborative-behaviours',
  frameworkVersion: '2021.1',
  responses: new Map([
    ['competes-ethically', response({ note: 'Agreed at the May board' })],
    ['buys-in-services', response({ level: 'not-yet', notApplicable: true })],
  ]),
});

const PROFILE: OrganisationProfile = { size: 'small', role: 'joins', changedAt: '2026-03-04T10:10:00.000Z' };

/** A stored document as the widget writes it, as plain data to break one piece at a time. */
function storedDocument(): Record<string, any> {
  return JSON.parse(serializeRecord(sampleRecord(), SAVED_AT));
}

function read(document: unknown): RecordReading {
  return readRecord(JSON.stringify(document));
}

function problemsOf(reading: RecordReading): readonly string[] {
  if (reading.kind !== 'unreadable') throw new Error(`expected an unreadable record, got ${reading.kind}`);
  return reading.problems;
}

function recordOf(reading: RecordReading): ProgressRecord {
  if (reading.kind !== 'record') throw new Error(`expected a record, got ${JSON.stringify(reading)}`);
  return reading.record;
}

describe('serializeRecord', () => {
  it('writes a JSON document marked as collab-checklist progress, format version 1', () => {
    const document = storedDocument();
    expect(document).toEqual({
      format: 'collab-checklist-progress',
      formatVersion: 1,
      framework: { id: 'ncvo-collaborative-behaviours', version: '2021.1' },
      savedAt: SAVED_AT,
      responses: {
        'competes-ethically': { level: 'in-place', notApplicable: false, note: 'Agreed at the May board', changedAt: '2026-03-04T10:15:00.000Z' },
        'buys-in-services': { level: 'not-yet', notApplicable: true, note: '', changedAt: '2026-03-04T10:15:00.000Z' },
      },
    });
    expect(PROGRESS_FORMAT).toBe('collab-checklist-progress');
    expect(PROGRESS_FORMAT_VERSION).toBe(1);
  });

  it('leaves clearedAt out until there has been a reset, then writes it', () => {
    expect('clearedAt' in storedDocument()).toBe(false);
    const cleared = JSON.parse(serializeRecord({ ...sampleRecord(), clearedAt: '2026-03-01T09:00:00.000Z' }, SAVED_AT));
    expect(cleared.clearedAt).toBe('2026-03-01T09:00:00.000Z');
  });

  it('leaves the profile out until one is given, then writes it as given', () => {
    expect('profile' in storedDocument()).toBe(false);
    const document = JSON.parse(serializeRecord({ ...sampleRecord(), profile: PROFILE }, SAVED_AT));
    expect(document.profile).toEqual({ size: 'small', role: 'joins', changedAt: '2026-03-04T10:10:00.000Z' });
    const sizeOnly = JSON.parse(serializeRecord({ ...sampleRecord(), profile: { size: 'major', changedAt: PROFILE.changedAt } }, SAVED_AT));
    expect(sizeOnly.profile).toEqual({ size: 'major', changedAt: '2026-03-04T10:10:00.000Z' });
  });

  it('writes a practice id such as "__proto__" as an ordinary key, without touching any prototype', () => {
    const record: ProgressRecord = { ...sampleRecord(), responses: new Map([['__proto__', response()]]) };
    const text = serializeRecord(record, SAVED_AT);
    expect(text).toContain('"__proto__":{');
    expect(({} as Record<string, unknown>).level).toBeUndefined();
  });
});

describe('readRecord reads what serializeRecord wrote', () => {
  it('round-trips a sample record exactly', () => {
    const record = sampleRecord();
    expect(recordOf(readRecord(serializeRecord(record, SAVED_AT)))).toStrictEqual(record);
  });

  it('round-trips any record exactly: ids, notes, levels, not applicable, times and reset', () => {
    fc.assert(
      fc.property(recordArb, timestampArb, (record, savedAt) => {
        const back = recordOf(readRecord(serializeRecord(record, savedAt)));
        expect(back.frameworkId).toBe(record.frameworkId);
        expect(back.frameworkVersion).toBe(record.frameworkVersion);
        expect('clearedAt' in back).toBe(record.clearedAt !== undefined);
        expect(back.clearedAt).toBe(record.clearedAt);
        expect(back.responses).toBeInstanceOf(Map);
        expect(back.responses.size).toBe(record.responses.size);
        for (const [id, answer] of record.responses) expect(back.responses.get(id)).toStrictEqual(answer);
        expect('profile' in back).toBe(record.profile !== undefined);
        expect(back.profile).toStrictEqual(record.profile);
      }),
    );
  });

  it('round-trips a record with a profile exactly, whichever answers it holds', () => {
    for (const profile of [PROFILE, { size: 'medium', changedAt: PROFILE.changedAt }, { role: 'not-yet', changedAt: PROFILE.changedAt }, { changedAt: PROFILE.changedAt }] as const) {
      const record = { ...sampleRecord(), profile };
      expect(recordOf(readRecord(serializeRecord(record, SAVED_AT)))).toStrictEqual(record);
    }
  });

  it('is stable: serialising what was read gives the same text', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const text = serializeRecord(record, SAVED_AT);
        expect(serializeRecord(recordOf(readRecord(text)), SAVED_AT)).toBe(text);
      }),
    );
  });

  it('keeps responses to practices no framework lists, and levels no scale has', () => {
    const document = storedDocument();
    document.responses['retired-practice'] = response({ level: 'mostly', note: 'from the 2019 edition' });
    const record = recordOf(read(document));
    expect(record.responses.get('retired-practice')).toEqual(response({ level: 'mostly', note: 'from the 2019 edition' }));
    expect(record.responses.size).toBe(3);
  });

  it('keeps responses to practices whose ids are names found on every object ("constructor", "prototype", "toString")', () => {
    const document = storedDocument();
    for (const id of ['constructor', 'prototype', 'toString', 'hasOwnProperty']) document.responses[id] = response({ note: id });
    const record = recordOf(read(document));
    for (const id of ['constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(record.responses.get(id)).toEqual(response({ note: id }));
    }
    expect(record.responses.size).toBe(6);
  });

  it('reads an empty set of responses', () => {
    const document = storedDocument();
    document.responses = {};
    expect(recordOf(read(document)).responses.size).toBe(0);
  });

  it('reads a record with fields it does not know, such as ones a later minor change might add, and holds them as they are', () => {
    const document = storedDocument();
    document.device = 'laptop';
    document.responses['competes-ethically'].evidence = 'minutes.pdf';
    const record = recordOf(read(document));
    expect(record.responses.get('competes-ethically')).toEqual({ ...response({ note: 'Agreed at the May board' }), evidence: 'minutes.pdf' });
    expect(record.extra).toEqual({ device: 'laptop' });
  });
});

describe('readRecord: "Who" and "By when" (optional within format version 1)', () => {
  it('reads them back as written, and reads responses from before they existed', () => {
    const record = { ...sampleRecord(), responses: new Map([['competes-ethically', response({ note: 'Policy', owner: 'Siân', due: '2027-01-31' })]]) };
    expect(recordOf(readRecord(serializeRecord(record, SAVED_AT))).responses.get('competes-ethically')).toEqual(response({ note: 'Policy', owner: 'Siân', due: '2027-01-31' }));
    expect(recordOf(read(storedDocument())).responses.get('competes-ethically')).toStrictEqual(response({ note: 'Agreed at the May board' }));
  });

  it('trims a "Who" and drops a blank "Who" or "By when" rather than refuse them', () => {
    const document = storedDocument();
    Object.assign(document.responses['competes-ethically'], { owner: '  Board  ', due: '' });
    Object.assign(document.responses['buys-in-services'], { owner: ' ' });
    const { responses } = recordOf(read(document));
    expect(responses.get('competes-ethically')).toStrictEqual(response({ note: 'Agreed at the May board', owner: 'Board' }));
    expect(responses.get('buys-in-services')).toStrictEqual(response({ level: 'not-yet', notApplicable: true }));
  });

  it.each([
    ['a date that does not exist', '2026-02-30'],
    ['a date written the British way', '31/03/2026'],
    ['a time, not a date', '2026-03-31T10:00:00.000Z'],
    ['a number', 20260331],
  ])('refuses a "By when" that is %s, naming the practice and field', (_name, due) => {
    const document = storedDocument();
    document.responses['competes-ethically'].due = due;
    expect(problemsOf(read(document))).toEqual([
      typeof due === 'number' ? 'responses.competes-ethically.due must be text' : 'responses.competes-ethically.due must be a date written YYYY-MM-DD, such as 2026-03-31',
    ]);
  });

  it('keeps the organisation name, trimmed, when it saves', () => {
    const document = storedDocument();
    document.profile = { ...PROFILE, organisation: ' Cymdeithas Tai ' };
    const record = recordOf(read(document));
    expect(JSON.parse(serializeRecord(record, SAVED_AT)).profile).toEqual({ ...PROFILE, organisation: 'Cymdeithas Tai' });
  });

  it('cuts a "Who" longer than a name rather than refuse it, and refuses one that is not text', () => {
    const document = storedDocument();
    document.responses['competes-ethically'].owner = 'x'.repeat(101);
    expect(recordOf(read(document)).responses.get('competes-ethically')?.owner).toBe('x'.repeat(100));
    document.responses['competes-ethically'].owner = ['Siân'];
    expect(problemsOf(read(document))).toEqual(['responses.competes-ethically.owner must be text']);
  });
});

describe('readRecord reports unreadable data with the place and the problem', () => {
  it.each([
    ['empty text', ''],
    ['truncated JSON', '{"format":"collab-checklist-progress",'],
    ['plain text', 'my progress'],
  ])('%s is not JSON', (_name, text) => {
    expect(readRecord(text)).toEqual({ kind: 'unreadable', problems: ['The saved data is not valid JSON.'] });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"progress"'],
  ])('JSON %s is not a record', (_name, text) => {
    const problems = problemsOf(readRecord(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The file /);
  });

  it('rejects a document without the progress format marker', () => {
    const document = storedDocument();
    document.format = 'some-other-app';
    expect(problemsOf(read(document))).toEqual(['format must be "collab-checklist-progress"']);
    delete document.format;
    expect(problemsOf(read(document))).toEqual([expect.stringMatching(/^format /)]);
  });

  it.each(['framework', 'savedAt', 'responses', 'formatVersion'])('rejects a document missing %s, naming it', (field) => {
    const document = storedDocument();
    delete document[field];
    const problems = problemsOf(read(document));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${field} `));
  });

  it('rejects a response missing a field, naming the practice and field', () => {
    const document = storedDocument();
    delete document.responses['buys-in-services'].notApplicable;
    const problems = problemsOf(read(document));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^responses\.buys-in-services\.notApplicable /);
  });

  it('rejects a response with the wrong kind of value', () => {
    const document = storedDocument();
    document.responses['competes-ethically'].notApplicable = 'no';
    document.responses['competes-ethically'].note = null;
    expect(problemsOf(read(document))).toEqual([
      'responses.competes-ethically.notApplicable must be true or false',
      'responses.competes-ethically.note must be text',
    ]);
  });

  it('rejects responses that are a list rather than keyed by practice id', () => {
    const document = storedDocument();
    document.responses = [response()];
    expect(problemsOf(read(document))).toEqual(['responses must be an object keyed by practice id']);
  });

  it.each([
    ['not a time at all', 'yesterday'],
    ['a local time without Z', '2026-03-04T10:15:00'],
    ['a time with an offset', '2026-03-04T10:15:00+01:00'],
    ['a date without a time', '2026-03-04'],
    ['month 13', '2026-13-04T10:15:00.000Z'],
    ['30 February', '2026-02-30T10:15:00.000Z'],
    ['hour 24', '2026-03-04T24:00:00.000Z'],
    ['a number', 1772619300000],
  ])('rejects a changedAt that is %s', (_name, changedAt) => {
    const document = storedDocument();
    document.responses['competes-ethically'].changedAt = changedAt;
    const problems = problemsOf(read(document));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^responses\.competes-ethically\.changedAt must be/);
  });

  it('rejects a bad savedAt or clearedAt, naming which', () => {
    const document = storedDocument();
    document.savedAt = 'now';
    document.clearedAt = '2026-03-04 10:15';
    const problems = problemsOf(read(document));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^savedAt must be a UTC time/);
    expect(problems[1]).toMatch(/^clearedAt must be a UTC time/);
  });

  describe('practice ids that could reach a prototype', () => {
    afterEach(() => {
      // Belt and braces: if a test did pollute the prototype, do not let it leak into others.
      for (const key of ['level', 'notApplicable', 'note', 'changedAt']) delete (Object.prototype as Record<string, unknown>)[key];
    });

    const protoDocument = () =>
      serializeRecord(sampleRecord(), SAVED_AT).replace(
        '"responses":{',
        '"responses":{"__proto__":{"level":"in-place","notApplicable":false,"note":"","changedAt":"2026-03-04T10:15:00.000Z"},',
      );

    it('reports a response keyed "__proto__" as unreadable, naming the key', () => {
      const problems = problemsOf(readRecord(protoDocument()));
      expect(problems).toEqual([
        'responses.__proto__ must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit',
      ]);
    });

    it('does not pollute Object.prototype while reading a "__proto__" key', () => {
      readRecord(protoDocument());
      const plain: Record<string, unknown> = {};
      expect(plain.level).toBeUndefined();
      expect(plain.changedAt).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'level')).toBe(false);
    });

    it('reports other ids the format does not allow, such as "_private" and "a b"', () => {
      const document = storedDocument();
      document.responses._private = response();
      document.responses['a b'] = response();
      const problems = problemsOf(read(document));
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^responses\._private must be 1 to 80/);
      expect(problems[1]).toMatch(/^responses\.a b must be 1 to 80/);
    });
  });

  it('rejects a profile with answers it does not know, naming each', () => {
    const document = storedDocument();
    document.profile = { size: 'huge', role: 1, changedAt: '2026-03-04T10:10:00.000Z' };
    expect(problemsOf(read(document))).toEqual([
      'profile.size must be one of micro, small, medium, large, major, super-major',
      'profile.role must be one of leads, joins, both, not-yet',
    ]);
  });

  it('rejects a profile without a time, with a bad time, or that is not an object', () => {
    const document = storedDocument();
    document.profile = { size: 'small' };
    expect(problemsOf(read(document))).toEqual([expect.stringMatching(/^profile\.changedAt /)]);
    document.profile = { size: 'small', changedAt: 'last week' };
    expect(problemsOf(read(document))).toEqual(['profile.changedAt must be a UTC time such as 2026-03-04T10:15:00.000Z']);
    document.profile = 'small';
    expect(problemsOf(read(document))).toEqual([expect.stringMatching(/^profile /)]);
  });

  it('reads a profile with no answers, and keeps fields a later version may add to it, writing them back', () => {
    const document = storedDocument();
    document.profile = { changedAt: '2026-03-04T10:10:00.000Z', sector: 'health' };
    const record = recordOf(read(document));
    expect(record.profile).toStrictEqual({ changedAt: '2026-03-04T10:10:00.000Z', sector: 'health' });
    expect(JSON.parse(serializeRecord(record, '2026-03-04T10:20:00.000Z')).profile.sector).toBe('health');
  });

  it('collects every problem rather than stopping at the first', () => {
    const document = storedDocument();
    document.framework.id = '';
    document.savedAt = 'later';
    document.responses['competes-ethically'].level = 3;
    expect(problemsOf(read(document))).toHaveLength(3);
  });
});

describe('readRecord leaves progress from a later version alone', () => {
  it('reports formatVersion 2 as newer, not unreadable', () => {
    const document = storedDocument();
    document.formatVersion = 2;
    expect(read(document)).toEqual({ kind: 'newer', formatVersion: 2 });
  });

  it('reports a newer format as newer even when its content is otherwise unrecognisable', () => {
    expect(readRecord('{"formatVersion":7,"everything":"changed"}')).toEqual({ kind: 'newer', formatVersion: 7 });
  });

  it('does not treat a formatVersion written as text as newer', () => {
    const document = storedDocument();
    document.formatVersion = '2';
    expect(problemsOf(read(document))).toEqual(['formatVersion must be 1']);
  });
});

describe('readRecord writes every time the same way', () => {
  it('normalises times written without milliseconds so that later times compare as later', () => {
    const document = storedDocument();
    document.savedAt = '2026-03-04T10:20:00Z';
    document.clearedAt = '2026-03-04T10:00:00.5Z';
    document.responses['competes-ethically'].changedAt = '2026-03-04T10:15:00Z';
    document.profile = { size: 'micro', changedAt: '2026-03-04T10:10:00.25Z' };
    const record = recordOf(read(document));
    expect(record.profile?.changedAt).toBe('2026-03-04T10:10:00.250Z');
    expect(record.clearedAt).toBe('2026-03-04T10:00:00.500Z');
    expect(record.responses.get('competes-ethically')?.changedAt).toBe('2026-03-04T10:15:00.000Z');
  });

  it('lets an edit at 10:15:00.500 beat one at 10:15:00 read from a file that left out milliseconds', () => {
    const fromFile = storedDocument();
    fromFile.responses['competes-ethically'] = response({ level: 'not-yet', changedAt: '2026-03-04T10:15:00Z' });
    const local: ProgressRecord = {
      ...sampleRecord(),
      responses: new Map([['competes-ethically', response({ level: 'in-place', changedAt: '2026-03-04T10:15:00.500Z' })]]),
    };
    const merged = mergeRecords(local, recordOf(read(fromFile)));
    expect(merged.responses.get('competes-ethically')?.level).toBe('in-place');
  });
});

describe('fields a newer minor version added to a record of this format', () => {
  const withExtras = () => {
    const document = storedDocument();
    document.reviewedBy = { name: 'Board', on: '2026-03-01' };
    document.responses['competes-ethically'].evidence = ['minutes-2026-02.pdf'];
    return document;
  };

  it('are kept when the record is read and saved again, top level and on each response', () => {
    const saved = JSON.parse(serializeRecord(recordOf(read(withExtras())), '2026-03-05T09:00:00.000Z'));
    expect(saved.reviewedBy).toEqual({ name: 'Board', on: '2026-03-01' });
    expect(saved.responses['competes-ethically'].evidence).toEqual(['minutes-2026-02.pdf']);
    expect(saved.savedAt, 'known fields are this version\'s').toBe('2026-03-05T09:00:00.000Z');
  });

  it('survive a change to that response and a merge with another tab\'s copy', () => {
    const record = recordOf(read(withExtras()));
    const changed = applyChange(record.responses.get('competes-ethically'), { note: 'Reviewed' }, SCALE, '2026-03-05T09:00:00.000Z');
    const merged = mergeRecords(sampleRecord(), { ...record, responses: new Map([...record.responses, ['competes-ethically', changed]]) });
    const saved = JSON.parse(serializeRecord(merged, '2026-03-05T09:00:01.000Z'));
    expect(saved.reviewedBy).toEqual({ name: 'Board', on: '2026-03-01' });
    expect(saved.responses['competes-ethically']).toMatchObject({ note: 'Reviewed', evidence: ['minutes-2026-02.pdf'] });
  });

  it('cannot replace the fields this version writes', () => {
    const document = withExtras();
    const record = { ...recordOf(read(document)), extra: { format: 'something-else', formatVersion: 9, reviewedBy: 'x' } };
    const saved = JSON.parse(serializeRecord(record, SAVED_AT));
    expect([saved.format, saved.formatVersion]).toEqual([PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION]);
  });
});

describe('readRecord salvages what it can from a record with a bad field', () => {
  it('keeps the level and note of a response whose "Who" or "By when" is bad, and names the field', () => {
    const document = storedDocument();
    document.responses['competes-ethically'].due = '2026-02-30';
    document.responses['buys-in-services'].owner = { name: 'Siân' };
    const reading = read(document);
    if (reading.kind !== 'unreadable') throw new Error(reading.kind);
    expect(reading.problems).toEqual([
      'responses.competes-ethically.due must be a date written YYYY-MM-DD, such as 2026-03-31',
      'responses.buys-in-services.owner must be text',
    ]);
    expect(reading.salvaged!.responses.get('competes-ethically')).toEqual(response({ note: 'Agreed at the May board' }));
    expect(reading.salvaged!.responses.get('buys-in-services')).toEqual(response({ level: 'not-yet', notApplicable: true }));
  });

  it('drops only the bad one of "Who" and "By when": a bad date keeps a good name, and the other way round', () => {
    const document = storedDocument();
    Object.assign(document.responses['competes-ethically'], { note: 'keep me', owner: 'Ann', due: '2026-02-30' });
    Object.assign(document.responses['buys-in-services'], { owner: 7, due: '2027-01-31' });
    const reading = read(document);
    if (reading.kind !== 'unreadable') throw new Error(reading.kind);
    expect(reading.salvaged!.responses.get('competes-ethically')).toMatchObject({ note: 'keep me', owner: 'Ann' });
    expect(reading.salvaged!.responses.get('competes-ethically')).not.toHaveProperty('due');
    expect(reading.salvaged!.responses.get('buys-in-services')).toMatchObject({ due: '2027-01-31' });
    expect(reading.salvaged!.responses.get('buys-in-services')).not.toHaveProperty('owner');
  });

  it('keeps every readable response, the reset and the profile, and names what was set aside', () => {
    const document = storedDocument();
    document.clearedAt = '2026-03-01T00:00:00.000Z';
    document.profile = PROFILE;
    document.responses['buys-in-services'].note = { text: 'an object' };
    document.responses['__proto__x'] = response();
    const reading = read(document);
    if (reading.kind !== 'unreadable') throw new Error(reading.kind);
    expect(reading.problems).toContain('responses.buys-in-services.note must be text');
    expect([...reading.salvaged!.responses.keys()]).toEqual(['competes-ethically']);
    expect(reading.salvaged).toMatchObject({ clearedAt: '2026-03-01T00:00:00.000Z', profile: PROFILE, frameworkId: 'ncvo-collaborative-behaviours' });
  });

  it('salvages nothing from data that is not this version\'s saved progress', () => {
    const document = storedDocument();
    document.format = 'something-else';
    const reading = read(document);
    expect(reading.kind === 'unreadable' && reading.salvaged).toBe(undefined);
  });
});
