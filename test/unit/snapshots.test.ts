import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { buildExportFile, readImportFile } from '../../src/core/exchange/export-file.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import { asReplacement, clearRecord, withResponse, type ProgressRecord } from '../../src/core/progress/progress-record.js';
import { progressSince } from '../../src/core/progress/progress-since.js';
import { scoreChecklist } from '../../src/core/scoring.js';
import { readRecord, serializeRecord } from '../../src/core/progress/record-codec.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import { deleteSnapshot, newSnapshotId, takeSnapshot } from '../../src/core/progress/snapshot-change.js';
import { isDeleted, MAX_DELETED_SNAPSHOTS, MAX_READ_SNAPSHOTS, MAX_SNAPSHOTS, SNAPSHOT_ID, snapshotIdentity, withImportedSnapshots, type Snapshot } from '../../src/core/progress/snapshot.js';
import { fewTimestampsArb, frameworkWithResponsesArb, practiceIdsOf, responseArb, twoLevelScaleArb } from './arbitraries.js';

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsed(ncvoJson);
const ncvoIds = new Set(practiceIdsOf(ncvo));
/** Two practices of one behaviour. */
const pairIndex = ncvo.behaviours.findIndex((behaviour) => behaviour.practices.length > 1);
const [first, second] = ncvo.behaviours[pairIndex].practices.map((practice) => practice.id);
const SAVED_AT = '2026-06-01T12:00:00.000Z';

/** The nth minute of 4 March 2026, as the widget writes times. */
const at = (minute: number) => new Date(Date.UTC(2026, 2, 4, 10, minute)).toISOString();

const answer = (level: string, changedAt = at(0), fields: Partial<PracticeResponse> = {}): PracticeResponse => ({
  level,
  notApplicable: false,
  note: '',
  changedAt,
  ...fields,
});

const baseRecord = (): ProgressRecord => ({
  frameworkId: ncvo.id,
  frameworkVersion: ncvo.version,
  responses: new Map([
    [first, answer('in-place', at(0), { note: 'Agreed at the board' })],
    [second, answer('not-yet', at(0), { notApplicable: true })],
    ['retired-practice', answer('in-place')],
  ]),
});

function taken(record: ProgressRecord, takenAt: string, label?: string): ProgressRecord {
  const result = takeSnapshot(record, takenAt, ncvoIds, label);
  if (!result.ok) throw new Error('snapshot refused');
  return result.record;
}

/** A snapshot as plain data, order taken out, for comparing. */
const plain = (snapshot: Snapshot) => ({ ...snapshot, answers: [...snapshot.answers].sort(([a], [b]) => (a < b ? -1 : 1)) });

describe('takeSnapshot and deleteSnapshot', () => {
  it('copies level and not applicable of the framework’s practices, not notes or retired practices', () => {
    const record = baseRecord();
    const result = takeSnapshot(record, at(5), ncvoIds, '  Board baseline  ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot).toEqual({
      id: expect.stringMatching(SNAPSHOT_ID),
      takenAt: at(5),
      label: 'Board baseline',
      answers: new Map([
        [first, { level: 'in-place', notApplicable: false }],
        [second, { level: 'not-yet', notApplicable: true }],
      ]),
    });
    expect(record.snapshots).toBeUndefined();
    expect(result.record.responses).toBe(record.responses);
  });

  it('leaves out a blank label', () => {
    const result = takeSnapshot(baseRecord(), at(5), ncvoIds, '   ');
    expect(result.ok && 'label' in result.snapshot).toBe(false);
  });

  it(`refuses a snapshot beyond ${MAX_SNAPSHOTS}, naming the limit, and never drops the oldest`, () => {
    let record = baseRecord();
    for (let i = 0; i < MAX_SNAPSHOTS; i += 1) record = taken(record, at(i + 1));
    expect(record.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(takeSnapshot(record, at(30), ncvoIds)).toEqual({ ok: false, problem: 'full', max: MAX_SNAPSHOTS });
    const freed = deleteSnapshot(record, at(5), at(31));
    expect(freed.snapshots?.map((snapshot) => snapshot.takenAt)).not.toContain(at(5));
    expect(takeSnapshot(freed, at(32), ncvoIds).ok).toBe(true);
  });

  it('gives a snapshot a time of its own when the wall clock repeats one kept or deleted (its time is its identity)', () => {
    const record = deleteSnapshot(taken(taken(baseRecord(), at(1)), at(2)), at(2), at(3));
    const again = takeSnapshot(record, at(1), ncvoIds);
    expect(again.ok && again.snapshot.takenAt).toBe(new Date(Date.parse(at(1)) + 1).toISOString());
    const afterDeleted = takeSnapshot(record, at(2), ncvoIds);
    expect(afterDeleted.ok && afterDeleted.record.snapshots?.length, 'not hidden by the deletion').toBe(2);
  });

  it('remembers a deletion, so a tab still holding the snapshot cannot bring it back', () => {
    const withTwo = taken(taken(baseRecord(), at(1), 'Baseline'), at(2));
    const deletedHere = deleteSnapshot(withTwo, at(1), at(3));
    expect(deletedHere.deletedSnapshots).toEqual([{ id: withTwo.snapshots![0].id, takenAt: at(1), deletedAt: at(3) }]);
    for (const merged of [mergeRecords(deletedHere, withTwo), mergeRecords(withTwo, deletedHere)]) {
      expect(merged.snapshots?.map((snapshot) => snapshot.takenAt)).toEqual([at(2)]);
    }
  });

  it(`remembers at most ${MAX_DELETED_SNAPSHOTS} deletions, the latest`, () => {
    let record = baseRecord();
    for (let i = 0; i < MAX_DELETED_SNAPSHOTS + 5; i += 1) record = deleteSnapshot(taken(record, at(i)), at(i), at(100 + i));
    expect(record.deletedSnapshots).toHaveLength(MAX_DELETED_SNAPSHOTS);
    expect(record.deletedSnapshots?.map((entry) => entry.takenAt)).not.toContain(at(0));
    expect(record.snapshots).toBeUndefined();
  });

  it('keeps snapshots through a Reset: they are history, not answers', () => {
    const record = taken(baseRecord(), at(1));
    const cleared = clearRecord(record, at(2));
    expect(cleared.responses.size).toBe(0);
    expect(cleared.snapshots).toEqual(record.snapshots);
    expect(mergeRecords(cleared, record).snapshots).toEqual(record.snapshots);
  });

  it('leaves an imported record’s snapshots to withImportedSnapshots: an import replaces answers, not history', () => {
    const record = taken(baseRecord(), at(1), 'Baseline');
    expect(asReplacement(record, at(9)).snapshots).toBeUndefined();
  });
});

describe('then and now', () => {
  it('scores the snapshot’s answers and the current ones per behaviour', () => {
    const record = taken(baseRecord(), at(1));
    const later = withResponse(withResponse(record, second, answer('in-place', at(2))), first, answer('not-yet', at(2)));
    const since = progressSince(ncvo, record.snapshots![0], scoreChecklist(ncvo, later.responses), later.responses);
    expect(since.then.behaviours[pairIndex]).toMatchObject({ inPlace: 1, notApplicable: 1 });
    expect(since.now.behaviours[pairIndex]).toMatchObject({ inPlace: 1, notApplicable: 0 });
    expect(since.then.overall.notApplicable).toBe(1);
    expect(since.now.overall.notApplicable).toBe(0);
  });
});

describe('saved progress with snapshots', () => {
  it('round-trips through serialise and read, notes left out of the snapshot', () => {
    const record = deleteSnapshot(taken(taken(baseRecord(), at(1), 'Baseline'), at(2)), at(2), at(3));
    const reading = readRecord(serializeRecord(record, SAVED_AT));
    expect(reading.kind).toBe('record');
    if (reading.kind !== 'record') return;
    expect(reading.record.snapshots?.map(plain)).toEqual(record.snapshots?.map(plain));
    expect(reading.record.deletedSnapshots).toEqual(record.deletedSnapshots);
    expect(reading.record.extra).toBeUndefined();
    expect(JSON.stringify(JSON.parse(serializeRecord(record, SAVED_AT)).snapshots)).not.toContain('Agreed at the board');
  });

  it('is kept, unread, by a widget that does not know snapshots: unknown top-level fields ride along in `extra`', () => {
    // What an older widget sees: a field it does not know. Under another name here, so this widget reads it as unknown.
    const document = JSON.parse(serializeRecord(taken(baseRecord(), at(1), 'Baseline'), SAVED_AT));
    document.snapshotsFromALaterVersion = document.snapshots;
    delete document.snapshots;
    const reading = readRecord(JSON.stringify(document));
    if (reading.kind !== 'record') throw new Error(reading.kind);
    const written = JSON.parse(serializeRecord(withResponse(reading.record, first, answer('not-yet', at(4))), SAVED_AT));
    expect(written.snapshotsFromALaterVersion).toEqual(document.snapshotsFromALaterVersion);
  });

  it('drops a bad snapshot and keeps every answer and every good snapshot', () => {
    const document = JSON.parse(serializeRecord(taken(taken(baseRecord(), at(1), 'Good'), at(2)), SAVED_AT));
    const text = JSON.stringify(document).replace('"answers":{', '"answers":{"__proto__":{"level":"x","notApplicable":false},').replace(/("takenAt":"2026-03-04T10:02:00.000Z")/, '$1,"label":5');
    const reading = readRecord(text);
    expect(reading.kind).toBe('unreadable');
    if (reading.kind !== 'unreadable') return;
    expect(reading.salvaged?.responses.size).toBe(3);
    expect(reading.salvaged?.snapshots).toBeUndefined();

    const oneBad = JSON.parse(serializeRecord(taken(taken(baseRecord(), at(1), 'Good'), at(2)), SAVED_AT));
    oneBad.snapshots[1].label = 5;
    const salvaged = readRecord(JSON.stringify(oneBad));
    if (salvaged.kind !== 'unreadable') throw new Error(salvaged.kind);
    expect(salvaged.salvaged?.responses.size).toBe(3);
    expect(salvaged.salvaged?.snapshots?.map((snapshot) => snapshot.label)).toEqual(['Good']);
  });

  it(`keeps the newest ${MAX_READ_SNAPSHOTS} of more, never unreadable for too many; refuses two at one time and a prototype key in answers`, () => {
    const document = JSON.parse(serializeRecord(taken(baseRecord(), at(1)), SAVED_AT));
    // Newest first in the file, to show the order kept is by time, not by place in the list.
    const many = { ...document, snapshots: Array.from({ length: MAX_READ_SNAPSHOTS + 12 }, (_, i) => ({ takenAt: at(200 - i), answers: {} })) };
    const read = readRecord(JSON.stringify(many));
    if (read.kind !== 'record') throw new Error(read.kind);
    expect(read.record.snapshots).toHaveLength(MAX_READ_SNAPSHOTS);
    expect(read.record.snapshots?.[0].takenAt).toBe(at(200 - MAX_READ_SNAPSHOTS + 1));
    expect(read.record.snapshots?.at(-1)?.takenAt).toBe(at(200));
    // Salvage (another field bad) keeps the newest too, not the first in the list.
    const salvaged = readRecord(JSON.stringify({ ...many, clearedAt: 'yesterday' }));
    if (salvaged.kind !== 'unreadable') throw new Error(salvaged.kind);
    expect(salvaged.salvaged?.snapshots?.at(-1)?.takenAt).toBe(at(200));
    expect(salvaged.salvaged?.snapshots).toHaveLength(MAX_READ_SNAPSHOTS);
    const twice = { ...document, snapshots: [document.snapshots[0], document.snapshots[0]] };
    expect(readRecord(JSON.stringify(twice)).kind).toBe('unreadable');
    const polluted = JSON.stringify(document).replace('"answers":{', '"answers":{"__proto__":{"level":"in-place","notApplicable":false},');
    const reading = readRecord(polluted);
    expect(reading.kind).toBe('unreadable');
    if (reading.kind === 'unreadable') expect(reading.salvaged?.responses.size).toBe(3);
  });
});

describe('export files with snapshots', () => {
  it('writes them and reads them back on import', () => {
    const record = taken(baseRecord(), at(1), 'Baseline');
    const file = buildExportFile(record, ncvo, SAVED_AT);
    expect(Object.keys(JSON.parse(file))).toContain('snapshots');
    const reading = readImportFile(file, ncvo);
    if (!reading.ok) throw new Error(reading.problem.kind);
    expect(reading.record.snapshots?.map(plain)).toEqual(record.snapshots?.map(plain));
  });

  it('reads them from a stored-progress backup too', () => {
    const record = taken(baseRecord(), at(1), 'Baseline');
    const reading = readImportFile(serializeRecord(record, SAVED_AT), ncvo);
    if (!reading.ok) throw new Error(reading.problem.kind);
    expect(reading.record.snapshots?.map(plain)).toEqual(record.snapshots?.map(plain));
  });

  it('imports the answers of a file with damaged snapshots, leaving those out and counting them', () => {
    const record = taken(taken(taken(baseRecord(), at(1), 'Good'), at(2)), at(3));
    const document = JSON.parse(buildExportFile(record, ncvo, SAVED_AT));
    document.snapshots[1].answers[first] = { level: 'in-place', notApplicable: 'yes' };
    document.snapshots[2].takenAt = 'yesterday';
    const reading = readImportFile(JSON.stringify(document), ncvo);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    expect(reading.summary.damagedSnapshots).toBe(2);
    expect(reading.record.snapshots?.map((snapshot) => snapshot.label)).toEqual(['Good']);
    expect(reading.record.responses.size).toBe(3);
    // A stored-progress backup likewise.
    const stored = JSON.parse(serializeRecord(record, SAVED_AT));
    stored.snapshots[0].takenAt = 'yesterday';
    const backup = readImportFile(JSON.stringify(stored), ncvo);
    if (!backup.ok) throw new Error(JSON.stringify(backup.problem));
    expect([backup.summary.damagedSnapshots, backup.record.snapshots?.length]).toEqual([1, 2]);
    // A prototype key costs only its snapshot.
    const polluted = buildExportFile(taken(baseRecord(), at(1)), ncvo, SAVED_AT).replace('"answers": {', '"answers": {"__proto__":{"level":"in-place","notApplicable":false},');
    const pollutedReading = readImportFile(polluted, ncvo);
    expect(pollutedReading.ok && [pollutedReading.summary.damagedSnapshots, pollutedReading.record.snapshots]).toEqual([1, undefined]);
    // Snapshots that are not a list at all are a damaged file.
    expect(readImportFile(JSON.stringify({ ...document, snapshots: {} }), ncvo).ok).toBe(false);
  });

  it('keeps only the answers to practices the checklist lists, and leaves out a blank name', () => {
    const document = JSON.parse(buildExportFile(taken(baseRecord(), at(1)), ncvo, SAVED_AT));
    for (let i = 0; i < 1000; i += 1) document.snapshots[0].answers[`unknown-${i}`] = { level: 'in-place', notApplicable: false };
    document.snapshots[0].label = '';
    const reading = readImportFile(JSON.stringify(document), ncvo);
    if (!reading.ok) throw new Error(reading.problem.kind);
    const [snapshot] = reading.record.snapshots!;
    expect([...snapshot.answers.keys()].every((id) => ncvoIds.has(id))).toBe(true);
    expect([...snapshot.answers.keys()].sort()).toEqual([first, second].sort());
    expect(snapshot).not.toHaveProperty('label');
  });
});

describe('withImportedSnapshots', () => {
  const many = (count: number, from: number): Snapshot[] => Array.from({ length: count }, (_, i) => ({ takenAt: at(from + i), answers: new Map() }));

  it(`keeps the person’s own first and adds the file’s newest that fit within ${MAX_SNAPSHOTS}`, () => {
    const own = many(MAX_SNAPSHOTS - 3, 0);
    const file = many(10, 100);
    const result = withImportedSnapshots({ snapshots: own }, file);
    expect(result.fields.snapshots?.map((snapshot) => snapshot.takenAt)).toEqual([...own, ...file.slice(-3)].map((snapshot) => snapshot.takenAt));
    expect([result.added, result.leftOut]).toEqual([3, 7]);
  });

  it('adds none when full, and never passes the limit (12 own and a file of 100 stay 12)', () => {
    const own = many(MAX_SNAPSHOTS, 0);
    const result = withImportedSnapshots({ snapshots: own }, many(100, 100));
    expect(result.fields.snapshots).toEqual(own);
    expect([result.added, result.leftOut]).toEqual([0, 100]);
  });

  it('neither adds nor counts a snapshot kept or deleted here', () => {
    const own = many(2, 0);
    const result = withImportedSnapshots({ snapshots: own, deletedSnapshots: [{ takenAt: at(5), deletedAt: at(6) }] }, [...many(2, 0), ...many(1, 5), ...many(1, 9)]);
    expect(result.fields.snapshots?.map((snapshot) => snapshot.takenAt)).toEqual([at(0), at(1), at(9)]);
    expect(result.fields.deletedSnapshots).toHaveLength(1);
    expect([result.added, result.leftOut]).toEqual([1, 0]);
  });
});

describe('saved progress keeps what a later version adds to snapshots', () => {
  it('keeps fields a later version may add to a snapshot, its answers or a deletion, writing them back; an export leaves them out', () => {
    const document = JSON.parse(serializeRecord(deleteSnapshot(taken(taken(baseRecord(), at(1)), at(2)), at(2), at(3)), SAVED_AT));
    document.snapshots[0].comment = 'AGM';
    document.snapshots[0].answers[first].confidence = 'high';
    document.deletedSnapshots[0].deletedBy = 'Ann';
    const reading = readRecord(JSON.stringify(document));
    if (reading.kind !== 'record') throw new Error(reading.kind);
    const saved = JSON.parse(serializeRecord(reading.record, SAVED_AT));
    expect(saved.snapshots[0].comment).toBe('AGM');
    expect(saved.snapshots[0].answers[first].confidence).toBe('high');
    expect(saved.deletedSnapshots[0].deletedBy).toBe('Ann');
    const exported = JSON.parse(buildExportFile(reading.record, ncvo, SAVED_AT));
    expect(exported.snapshots[0]).not.toHaveProperty('comment');
    expect(exported.snapshots[0].answers[first]).toEqual({ level: 'in-place', notApplicable: false });
  });
});

/** A record as a tab might hold it: snapshots taken and deleted at a handful of times. */
const historyArb: fc.Arbitrary<ProgressRecord> = fc
  .array(fc.tuple(fc.constantFrom('take', 'delete'), fewTimestampsArb, fewTimestampsArb, fc.option(fc.constantFrom('A', 'B'), { nil: undefined }), fc.uuid()), { maxLength: 8 })
  .map((steps) => {
    let record = baseRecord();
    for (const [step, time, deletedAt, label, id] of steps) {
      if (step === 'delete') record = deleteSnapshot(record, time, deletedAt);
      else if (!record.snapshots?.some((snapshot) => snapshot.takenAt === time)) {
        const result = takeSnapshot(record, time, ncvoIds, label, id);
        if (result.ok) record = result.record;
      }
    }
    return record;
  });

const historyOf = (record: ProgressRecord) => ({ snapshots: record.snapshots?.map(plain), deleted: record.deletedSnapshots });

describe('snapshots: properties', () => {
  it('taking a snapshot never changes earlier snapshots or the answers', () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom('2026-03-06T00:00:00.000Z', '2026-03-07T00:00:00.000Z'), (record, takenAt) => {
        const before = { snapshots: record.snapshots?.map(plain), responses: [...record.responses] };
        const result = takeSnapshot(record, takenAt, ncvoIds);
        expect({ snapshots: record.snapshots?.map(plain), responses: [...record.responses] }).toEqual(before);
        if (!result.ok) return;
        expect(result.record.responses).toBe(record.responses);
        expect(result.record.snapshots?.filter((snapshot) => snapshot.takenAt !== takenAt).map(plain)).toEqual(before.snapshots ?? []);
      }),
      { numRuns: 200 },
    );
  });

  it('later changes to the answers never change a snapshot', () => {
    fc.assert(
      fc.property(
        frameworkWithResponsesArb(twoLevelScaleArb),
        fc.array(fc.tuple(fc.nat(), responseArb(fc.constantFrom('not-yet', 'in-place'))), { maxLength: 10 }),
        ({ framework, responses }, changes) => {
          const ids = practiceIdsOf(framework);
          const result = takeSnapshot({ frameworkId: framework.id, frameworkVersion: framework.version, responses }, '2026-03-04T10:00:00.000Z', new Set(ids));
          if (!result.ok) throw new Error('refused');
          const before = plain(result.snapshot);
          const thenScore = progressSince(framework, result.snapshot, scoreChecklist(framework, responses), responses).then;
          let record = result.record;
          for (const [index, response] of changes) record = withResponse(record, ids[index % ids.length], response);
          record = clearRecord(record, '2026-03-05T00:00:00.000Z');
          expect(record.snapshots?.map(plain)).toEqual([before]);
          expect(progressSince(framework, record.snapshots![0], scoreChecklist(framework, record.responses), record.responses).then).toEqual(thenScore);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('merging snapshots is commutative and idempotent, and a deletion either tab made wins', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (a, b) => {
        const ab = mergeRecords(a, b);
        expect(historyOf(ab)).toEqual(historyOf(mergeRecords(b, a)));
        expect(historyOf(mergeRecords(ab, ab))).toEqual(historyOf(ab));
        expect(historyOf(mergeRecords(ab, a))).toEqual(historyOf(ab));
        const deletions = [...(a.deletedSnapshots ?? []), ...(b.deletedSnapshots ?? [])];
        const original = new Map([...(a.snapshots ?? []), ...(b.snapshots ?? [])].map((snapshot) => [snapshotIdentity(snapshot), snapshot]));
        for (const snapshot of ab.snapshots ?? []) expect(isDeleted(original.get(snapshotIdentity(snapshot))!, deletions)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('serialise then read gives back the same snapshots', () => {
    fc.assert(
      fc.property(historyArb, (record) => {
        const reading = readRecord(serializeRecord(record, SAVED_AT));
        if (reading.kind !== 'record') throw new Error(reading.kind);
        expect(historyOf(reading.record)).toEqual(historyOf(record));
        const imported = readImportFile(buildExportFile(record, ncvo, SAVED_AT), ncvo);
        if (!imported.ok) throw new Error(imported.problem.kind);
        expect(imported.record.snapshots?.map(plain)).toEqual(record.snapshots?.map(plain));
      }),
      { numRuns: 100 },
    );
  });
});

describe('snapshots taken in several tabs at once (issue 24)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every snapshot taken in one millisecond, each at a time of its own, whatever order the tabs merge in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 2, maxLength: 5 }).chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length }))),
        ([ids, order]) => {
          const tabs = ids.map((id) => takeSnapshotAs(baseRecord(), at(5), id));
          const merged = order.map((id) => tabs[ids.indexOf(id)]).reduce((a, b) => mergeRecords(a, b));
          const reversed = [...tabs].reverse().reduce((a, b) => mergeRecords(a, b));
          expect(merged.snapshots?.map((snapshot) => snapshot.id).sort()).toEqual([...ids].sort());
          expect(new Set(merged.snapshots!.map((snapshot) => snapshot.takenAt)).size, 'one snapshot at each time').toBe(ids.length);
          // Every tab merging the others' records reaches the same list.
          expect(historyOf(mergeRecords(merged, reversed))).toEqual(historyOf(mergeRecords(reversed, merged)));
          expect(mergeRecords(merged, reversed).snapshots?.length).toBe(ids.length);
          // Saved and read back: an older reader's rule (each time once) holds.
          const reading = readRecord(serializeRecord(merged, SAVED_AT));
          expect(reading.kind === 'record' && reading.record.snapshots?.length).toBe(ids.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a moved snapshot can still be deleted, and the deletion reaches a tab holding it at its first time', () => {
    const a = takeSnapshotAs(baseRecord(), at(5), '00000000-0000-4000-8000-000000000001');
    const b = takeSnapshotAs(baseRecord(), at(5), '00000000-0000-4000-8000-000000000002');
    const merged = mergeRecords(a, b);
    const moved = merged.snapshots![1];
    expect(moved.takenAt > at(5)).toBe(true);
    const deleted = deleteSnapshot(merged, moved.takenAt, at(9));
    for (const result of [mergeRecords(deleted, b), mergeRecords(b, deleted), mergeRecords(mergeRecords(deleted, a), b)]) {
      expect(result.snapshots?.map((snapshot) => snapshot.id)).toEqual(['00000000-0000-4000-8000-000000000001']);
    }
  });

  it('reads and merges records saved before ids: a snapshot without id is known by its time, and an older deletion by time removes it', () => {
    const old = JSON.stringify({
      format: 'collab-checklist-progress',
      formatVersion: 1,
      framework: { id: ncvo.id, version: ncvo.version },
      savedAt: at(9),
      responses: {},
      snapshots: [{ takenAt: at(1), label: 'Baseline', answers: { [first]: { level: 'in-place', notApplicable: false } } }, { takenAt: at(2), answers: {} }],
    });
    const reading = readRecord(old);
    if (reading.kind !== 'record') throw new Error(reading.kind);
    expect(reading.record.snapshots?.map((snapshot) => snapshot.id)).toEqual([undefined, undefined]);
    const withNew = takeSnapshotAs(reading.record, at(2), '00000000-0000-4000-8000-000000000003');
    expect(withNew.snapshots?.map((snapshot) => [snapshot.id, snapshot.takenAt])).toEqual([
      [undefined, at(1)],
      [undefined, at(2)],
      ['00000000-0000-4000-8000-000000000003', '2026-03-04T10:02:00.001Z'],
    ]);
    expect(mergeRecords(withNew, reading.record).snapshots?.length).toBe(3);
    // A version before ids deleted by time only.
    const deletedByOld = { ...reading.record, snapshots: reading.record.snapshots!.slice(1), deletedSnapshots: [{ takenAt: at(1), deletedAt: at(3) }] };
    expect(mergeRecords(withNew, deletedByOld).snapshots?.map((snapshot) => snapshot.takenAt)).toEqual([at(2), '2026-03-04T10:02:00.001Z']);
    // An export file written before ids imports its snapshots as before.
    const file = JSON.parse(buildExportFile(reading.record, ncvo, SAVED_AT));
    for (const snapshot of file.snapshots) expect(snapshot).not.toHaveProperty('id');
    const imported = readImportFile(JSON.stringify(file), ncvo);
    if (!imported.ok) throw new Error('refused');
    expect(withImportedSnapshots(withNew, imported.record.snapshots ?? []).added).toBe(0);
    expect(withImportedSnapshots(baseRecord(), imported.record.snapshots ?? []).added).toBe(2);
  });

  it('an export file carries each snapshot’s id, so importing it where the snapshot is kept adds nothing', () => {
    const record = takeSnapshotAs(baseRecord(), at(5), '00000000-0000-4000-8000-000000000004');
    const file = JSON.parse(buildExportFile(record, ncvo, SAVED_AT));
    expect(file.snapshots[0].id).toBe('00000000-0000-4000-8000-000000000004');
    const imported = readImportFile(JSON.stringify(file), ncvo);
    if (!imported.ok) throw new Error('refused');
    expect(withImportedSnapshots(record, imported.record.snapshots ?? []).added).toBe(0);
    // A version before ids exports the same snapshot without its id: still known here, by its time.
    const { id: _id, ...withoutId } = record.snapshots![0];
    expect(withImportedSnapshots(record, [withoutId]).added).toBe(0);
  });

  it('refuses an id that is not one (a tampered record), snapshot by snapshot', () => {
    const record = takeSnapshotAs(takeSnapshotAs(baseRecord(), at(1), '00000000-0000-4000-8000-000000000005'), at(2), '00000000-0000-4000-8000-000000000006');
    const data = JSON.parse(serializeRecord(record, SAVED_AT));
    data.snapshots[0].id = '<img src=x onerror=alert(1)>';
    const reading = readRecord(JSON.stringify(data));
    expect(reading.kind).toBe('unreadable');
    if (reading.kind !== 'unreadable') return;
    expect(reading.salvaged?.snapshots?.map((snapshot) => snapshot.id)).toEqual(['00000000-0000-4000-8000-000000000006']);
  });

  it('gives ids from crypto.randomUUID, and without it (missing or throwing) still gives distinct ids, warning once', () => {
    expect(newSnapshotId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = [undefined, { randomUUID: () => { throw new Error('insecure context'); } }, { randomUUID: () => 'not an id' }];
    for (const crypto of broken) {
      vi.stubGlobal('crypto', crypto);
      const ids = Array.from({ length: 50 }, () => newSnapshotId());
      for (const id of ids) expect(id).toMatch(SNAPSHOT_ID);
      expect(new Set(ids).size).toBe(50);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

function takeSnapshotAs(record: ProgressRecord, takenAt: string, id: string): ProgressRecord {
  const result = takeSnapshot(record, takenAt, ncvoIds, undefined, id);
  if (!result.ok) throw new Error('snapshot refused');
  return result.record;
}
