import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import { buildCsv } from '../../src/core/exchange/csv.js';
import {
  buildExportFile,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportFileName,
  MAX_IMPORT_BYTES,
  readImportFile,
  SET_ASIDE_VERSION,
  type SetAsideCopy,
  type ImportProblem,
  type ImportReading,
} from '../../src/core/exchange/export-file.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { mergeRecords } from '../../src/core/progress/merge-records.js';
import { asReplacement, type ProgressRecord } from '../../src/core/progress/progress-record.js';
import { serializeRecord } from '../../src/core/progress/record-codec.js';
import type { PracticeResponse } from '../../src/core/progress/response.js';
import type { OrganisationProfile } from '../../src/core/tailoring/profile.js';
import {
  contentOf,
  frameworkWithResponsesArb,
  idArb,
  practiceIdsOf,
  profileArb,
  recordArb,
  siblingRecordArb,
  timestampArb,
} from './arbitraries.js';

const EXPORTED_AT = '2026-11-25T09:30:00.000Z';
const ID_MESSAGE = 'must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit';

function parsed(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsed(ncvoJson);

const answer = (fields: Partial<PracticeResponse> = {}): PracticeResponse => ({
  level: 'in-place',
  notApplicable: false,
  note: '',
  changedAt: '2026-03-04T10:15:00.000Z',
  ...fields,
});

/** Progress a person might export: ticks, a not-applicable, notes, a retired practice and level. */
const sampleRecord = (): ProgressRecord => ({
  frameworkId: ncvo.id,
  frameworkVersion: ncvo.version,
  clearedAt: '2026-03-01T08:00:00.000Z',
  responses: new Map([
    ['competes-ethically', answer({ note: 'Agreed at the May board' })],
    ['buys-in-services', answer({ level: 'not-yet', notApplicable: true, note: 'We do not buy services' })],
    ['explores-diverse-partners', answer({ level: 'not-yet', note: '   ' })],
    ['shares-decision-making-power', answer({ level: 'retired-level', note: 'Ŵyr ŷd â’r côr' })],
    ['retired-practice', answer({ note: 'From the 2019 framework' })],
    ['constructor', answer({ level: 'not-yet' })],
  ]),
});

const PROFILE: OrganisationProfile = { size: 'micro', role: 'not-yet', changedAt: '2026-03-02T12:00:00.000Z' };

const sampleFile = (): string => buildExportFile(sampleRecord(), ncvo, EXPORTED_AT);

/** The sample export as plain data, to break one piece at a time. */
function sampleDocument(): Record<string, any> {
  return JSON.parse(sampleFile());
}

const read = (document: unknown): ImportReading => readImportFile(JSON.stringify(document), ncvo);

function problemOf(reading: ImportReading): ImportProblem {
  if (reading.ok) throw new Error('expected the file to be refused, but it was read');
  return reading.problem;
}

function detailsOf(reading: ImportReading): readonly string[] {
  const problem = problemOf(reading);
  if (problem.kind !== 'invalid') throw new Error(`expected an invalid file, got ${problem.kind}`);
  return problem.details;
}

function readingOf(reading: ImportReading): ImportReading & { ok: true } {
  if (!reading.ok) throw new Error(`expected the file to be read, got ${JSON.stringify(reading.problem)}`);
  return reading;
}

const PROBLEM_KINDS = ['too-large', 'not-json', 'not-an-export', 'newer-version', 'other-framework', 'invalid'];

describe('buildExportFile', () => {
  it('writes the format, the framework, the reset time and every response as pretty JSON', () => {
    const text = sampleFile();
    expect(text).toContain('\n  "format": "collab-checklist-export",\n  "formatVersion": 1,\n');
    expect(JSON.parse(text)).toEqual({
      format: 'collab-checklist-export',
      formatVersion: 1,
      exportedAt: EXPORTED_AT,
      framework: { id: 'ncvo-collaborative-behaviours', version: ncvoJson.version, title: 'Putting collaboration into practice' },
      clearedAt: '2026-03-01T08:00:00.000Z',
      responses: Object.fromEntries(sampleRecord().responses),
    });
  });

  it('puts the fields in a readable order, and leaves out clearedAt when there was no reset', () => {
    expect(Object.keys(JSON.parse(sampleFile()))).toEqual(['format', 'formatVersion', 'exportedAt', 'framework', 'clearedAt', 'responses']);
    const { clearedAt: _, ...neverReset } = sampleRecord();
    expect(Object.keys(JSON.parse(buildExportFile(neverReset, ncvo, EXPORTED_AT)))).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'framework',
      'responses',
    ]);
  });

  it('keeps responses to practices the framework does not list, including one keyed "constructor"', () => {
    const responses = JSON.parse(sampleFile()).responses;
    expect(Object.keys(responses)).toContain('retired-practice');
    expect(Object.prototype.hasOwnProperty.call(responses, 'constructor')).toBe(true);
    expect(responses.constructor).toEqual(answer({ level: 'not-yet' }));
  });

  it('writes only the four fields of each response, whatever else an object carries', () => {
    const carrying = { ...answer(), secret: 'not for the file' } as PracticeResponse;
    const text = buildExportFile({ ...sampleRecord(), responses: new Map([['competes-ethically', carrying]]) }, ncvo, EXPORTED_AT);
    expect(text).not.toContain('secret');
    expect(Object.keys(JSON.parse(text).responses['competes-ethically'])).toEqual(['level', 'notApplicable', 'note', 'changedAt']);
  });
});

describe('the set-aside part of an export file', () => {
  /** What a browser set aside: a damaged record, and one with answers beyond the cap to practices the checklist does not list. */
  const SET_ASIDE: SetAsideCopy[] = [
    { copiedAt: '2026-11-20T09:00:00.000Z', data: '{"format":"collab-checklist-progress","formatVersion":1,"responses":{"x":{"note":{}}}}' },
    { copiedAt: '2026-11-21T09:00:00.000Z', data: 'not JSON at all: "quotes", \\ and Ŵ kept exactly' },
  ];
  const withSetAside = () => buildExportFile(sampleRecord(), ncvo, EXPORTED_AT, SET_ASIDE);

  it('is written last, versioned on its own, with each copy exactly as it was stored', () => {
    const document = JSON.parse(withSetAside());
    expect(Object.keys(document).at(-1)).toBe('setAside');
    expect(document.setAside).toEqual({ version: SET_ASIDE_VERSION, copies: SET_ASIDE });
    // The rest of the file is what it was without it.
    const { setAside: _, ...rest } = document;
    expect(rest).toEqual(sampleDocument());
  });

  it('is left out when nothing was set aside, so such files are as they were', () => {
    expect(buildExportFile(sampleRecord(), ncvo, EXPORTED_AT, [])).toBe(sampleFile());
    expect(sampleFile()).not.toContain('setAside');
  });

  it('comes back from an import with the same answers as a file without it', () => {
    const reading = readingOf(readImportFile(withSetAside(), ncvo));
    expect(reading.setAside).toEqual(SET_ASIDE);
    const plain = readingOf(readImportFile(sampleFile(), ncvo));
    expect(contentOf(reading.record)).toEqual(contentOf(plain.record));
    expect(reading.summary).toEqual(plain.summary);
    expect(plain.setAside).toEqual([]);
  });

  it('round-trips any set-aside data, for any framework and progress', () => {
    const copyArb = fc.record({ copiedAt: timestampArb, data: fc.string({ unit: 'binary', maxLength: 200 }) });
    fc.assert(
      fc.property(frameworkWithResponsesArb(), fc.array(copyArb, { maxLength: 5 }), timestampArb, ({ framework, responses }, copies, at) => {
        const record: ProgressRecord = { frameworkId: framework.id, frameworkVersion: framework.version, responses };
        const reading = readingOf(readImportFile(buildExportFile(record, framework, at, copies), framework));
        expect(reading.setAside).toEqual(copies);
        expect(contentOf(reading.record)).toEqual(contentOf(record));
      }),
      { numRuns: 200 },
    );
  });

  it('never stops the answers being imported: a damaged part, or one of a later version, is left unread', () => {
    const plain = readingOf(readImportFile(sampleFile(), ncvo));
    for (const setAside of [
      null,
      'text',
      [],
      { version: SET_ASIDE_VERSION + 1, copies: [{ copiedAt: EXPORTED_AT, data: 'from a later version' }] },
      { version: SET_ASIDE_VERSION, copies: [{ copiedAt: 'yesterday', data: 'x' }] },
      { version: SET_ASIDE_VERSION, copies: [{ copiedAt: EXPORTED_AT, data: { not: 'text' } }] },
      { version: SET_ASIDE_VERSION, copies: Array.from({ length: 101 }, () => ({ copiedAt: EXPORTED_AT, data: 'x' })) },
    ]) {
      const reading = readingOf(read({ ...sampleDocument(), setAside }));
      expect(reading.setAside, JSON.stringify(setAside).slice(0, 80)).toEqual([]);
      expect(contentOf(reading.record)).toEqual(contentOf(plain.record));
    }
  });

  it('is not taken from Object.prototype', () => {
    const polluted = Object.prototype as { setAside?: unknown };
    polluted.setAside = { version: SET_ASIDE_VERSION, copies: [{ copiedAt: EXPORTED_AT, data: 'planted' }] };
    try {
      expect(readingOf(readImportFile(sampleFile(), ncvo)).setAside).toEqual([]);
    } finally {
      delete polluted.setAside;
    }
  });
});

describe('exportFileName', () => {
  const titled = (title: string, id = ncvo.id): Framework => ({ ...ncvo, title, id });

  it('names the file after the framework title and the date', () => {
    expect(exportFileName(ncvo, EXPORTED_AT, 'json')).toBe('putting-collaboration-into-practice-2026-11-25.json');
    expect(exportFileName(ncvo, EXPORTED_AT, 'csv')).toBe('putting-collaboration-into-practice-2026-11-25.csv');
  });

  it('takes the accents off Welsh letters and writes punctuation as single hyphens', () => {
    expect(exportFileName(titled('Rhoi cydweithio ar waith'), EXPORTED_AT, 'csv')).toBe('rhoi-cydweithio-ar-waith-2026-11-25.csv');
    expect(exportFileName(titled('Ŵyl  ŷd — â’r CÔR!'), EXPORTED_AT, 'json')).toBe('wyl-yd-a-r-cor-2026-11-25.json');
    expect(exportFileName(titled('...Hello, world...'), EXPORTED_AT, 'json')).toBe('hello-world-2026-11-25.json');
  });

  it('falls back to the framework id when the title has no Latin letters or digits', () => {
    expect(exportFileName(titled('وضع التعاون موضع التنفيذ'), EXPORTED_AT, 'json')).toBe('ncvo-collaborative-behaviours-2026-11-25.json');
    expect(exportFileName(titled('協力', 'Pilot_Framework.v2'), EXPORTED_AT, 'csv')).toBe('pilot-framework-v2-2026-11-25.csv');
  });

  it('keeps a long title to 60 characters, not ending in a hyphen', () => {
    const name = exportFileName(titled(`${'a'.repeat(59)} beyond the limit`), EXPORTED_AT, 'json');
    expect(name).toBe(`${'a'.repeat(59)}-2026-11-25.json`);
    const long = exportFileName(titled('Collaboration '.repeat(20)), EXPORTED_AT, 'json');
    expect(long.length).toBeLessThanOrEqual(60 + '-2026-11-25.json'.length);
  });

  it('gives a lowercase ASCII name for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), timestampArb, fc.constantFrom('json', 'csv' as const), (title, at, extension) => {
        const name = exportFileName(titled(title), at, extension);
        const [, slug, date] = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d{2}-\d{2})\.(json|csv)$/.exec(name) ?? [];
        expect(slug, name).toBeDefined();
        expect(slug.length).toBeLessThanOrEqual(60);
        expect(date).toBe(at.slice(0, 10));
        expect(name.endsWith(`.${extension}`)).toBe(true);
      }),
    );
  });
});

describe('readImportFile: reading an export', () => {
  it('gives the file\'s responses and reset time, for this framework', () => {
    const { record } = readingOf(readImportFile(sampleFile(), ncvo));
    expect(record.frameworkId).toBe(ncvo.id);
    expect(record.frameworkVersion).toBe(ncvo.version);
    expect(contentOf(record)).toEqual(contentOf(sampleRecord()));
  });

  it('keeps responses to practices the framework does not list, and levels its scale does not have', () => {
    const { record } = readingOf(readImportFile(sampleFile(), ncvo));
    expect(record.responses.get('retired-practice')).toEqual(answer({ note: 'From the 2019 framework' }));
    expect(record.responses.get('constructor')).toEqual(answer({ level: 'not-yet' }));
    expect(record.responses.get('shares-decision-making-power')?.level).toBe('retired-level');
  });

  it('summarises what the file holds', () => {
    expect(readingOf(readImportFile(sampleFile(), ncvo)).summary).toEqual({
      exportedAt: EXPORTED_AT,
      frameworkVersion: ncvoJson.version,
      inPlace: 1, // competes-ethically; retired-practice is in place but not in the framework
      notApplicable: 1,
      notes: 3, // the blank note and the retired practice's note do not count
      unknownPractices: 2,
      responses: 6,
      damagedSnapshots: 0,
    });
  });

  it('counts a practice called "constructor" like any other when the framework has one', () => {
    const withConstructor = parsed({
      ...ncvoJson,
      behaviours: [{ id: 'b1', title: 'Behaviour', practices: [{ id: 'constructor', text: 'Builds things' }] }],
    });
    const file = buildExportFile(
      { ...sampleRecord(), responses: new Map([['constructor', answer({ note: 'yes' })]]) },
      withConstructor,
      EXPORTED_AT,
    );
    expect(readingOf(readImportFile(file, withConstructor)).summary).toMatchObject({ inPlace: 1, notes: 1, unknownPractices: 0, responses: 1 });
  });

  it('takes this framework\'s version for the record and reports the file\'s in the summary', () => {
    const document = sampleDocument();
    document.framework.version = '2019.3';
    const { record, summary } = readingOf(read(document));
    expect(record.frameworkVersion).toBe(ncvoJson.version);
    expect(summary.frameworkVersion).toBe('2019.3');
  });

  it('reads a file whose title is now different (a translated or renamed framework)', () => {
    const document = sampleDocument();
    document.framework.title = 'Rhoi cydweithio ar waith';
    expect(read(document).ok).toBe(true);
  });

  it('writes times the one way and drops fields a response should not have', () => {
    const document = sampleDocument();
    document.exportedAt = '2026-11-25T09:30:00Z';
    document.clearedAt = '2026-03-01T08:00:00.5Z';
    document.responses['competes-ethically'].changedAt = '2026-03-04T10:15:00Z';
    document.responses['competes-ethically'].extra = 'ignored';
    document.extra = { anything: true };
    const { record, summary } = readingOf(read(document));
    expect(summary.exportedAt).toBe('2026-11-25T09:30:00.000Z');
    expect(record.clearedAt).toBe('2026-03-01T08:00:00.500Z');
    expect(record.responses.get('competes-ethically')).toEqual(answer({ note: 'Agreed at the May board' }));
    expect(Object.keys(record.responses.get('competes-ethically')!)).toEqual(['level', 'notApplicable', 'note', 'changedAt']);
  });

  it('reads a file that has no reset time and no responses', () => {
    const document = sampleDocument();
    delete document.clearedAt;
    document.responses = {};
    const { record, summary } = readingOf(read(document));
    expect('clearedAt' in record).toBe(false);
    expect(record.responses.size).toBe(0);
    expect(summary).toMatchObject({ inPlace: 0, notApplicable: 0, notes: 0, unknownPractices: 0, responses: 0 });
  });

  it('reads a file an editor saved with a byte order mark', () => {
    expect(readImportFile(`\uFEFF${sampleFile()}`, ncvo).ok).toBe(true);
  });

  it('gives back exactly the responses and reset time exported, for any framework and progress', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), fc.option(timestampArb, { nil: undefined }), timestampArb, ({ framework, responses }, clearedAt, at) => {
        const record: ProgressRecord = {
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          ...(clearedAt === undefined ? {} : { clearedAt }),
          responses,
        };
        const { record: back, summary } = readingOf(readImportFile(buildExportFile(record, framework, at), framework));
        expect(contentOf(back)).toEqual(contentOf(record));
        expect('clearedAt' in back).toBe(clearedAt !== undefined);
        expect(summary.exportedAt).toBe(at);
        expect(summary.responses).toBe(responses.size);
      }),
      { numRuns: 300 },
    );
  });

  it('summarises any file consistently with its responses', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), ({ framework, responses }) => {
        const record: ProgressRecord = { frameworkId: framework.id, frameworkVersion: framework.version, responses };
        const { summary } = readingOf(readImportFile(buildExportFile(record, framework, EXPORTED_AT), framework));
        const known = new Set(practiceIdsOf(framework));
        const top = framework.ratingScale.at(-1)!.id;
        const ofFramework = [...responses].filter(([id]) => known.has(id)).map(([, response]) => response);
        expect(summary.unknownPractices).toBe(responses.size - ofFramework.length);
        expect(summary.notApplicable).toBe(ofFramework.filter((r) => r.notApplicable).length);
        expect(summary.inPlace).toBe(ofFramework.filter((r) => !r.notApplicable && r.level === top).length);
        expect(summary.notes).toBe(ofFramework.filter((r) => r.note.trim() !== '').length);
        expect(summary.inPlace + summary.notApplicable).toBeLessThanOrEqual(known.size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readImportFile: reading stored progress (a backup copied out of the browser)', () => {
  const SAVED_AT = '2026-03-04T10:20:00.000Z';

  it('reads it like an export, with its save time as the export time', () => {
    const { record, summary } = readingOf(readImportFile(serializeRecord(sampleRecord(), SAVED_AT), ncvo));
    expect(contentOf(record)).toEqual(contentOf(sampleRecord()));
    expect(summary).toMatchObject({ exportedAt: SAVED_AT, frameworkVersion: ncvoJson.version, inPlace: 1, responses: 6 });
  });

  it('gives back exactly the responses and reset time saved, for any record of this framework', () => {
    fc.assert(
      fc.property(recordArb, timestampArb, (record, savedAt) => {
        const ours = { ...record, frameworkId: ncvo.id };
        const { record: back, summary } = readingOf(readImportFile(serializeRecord(ours, savedAt), ncvo));
        expect(contentOf(back)).toEqual(contentOf(ours));
        expect(back.frameworkVersion).toBe(ncvo.version);
        expect(summary.frameworkVersion).toBe(record.frameworkVersion);
      }),
    );
  });

  it('refuses one for another framework, one from a newer version, and a damaged one', () => {
    const stored = JSON.parse(serializeRecord(sampleRecord(), SAVED_AT));
    expect(problemOf(read({ ...stored, framework: { id: 'other', version: '1' } }))).toEqual({ kind: 'other-framework', frameworkId: 'other' });
    expect(problemOf(read({ ...stored, formatVersion: 2 }))).toEqual({ kind: 'newer-version', formatVersion: 2 });
    expect(detailsOf(read({ ...stored, savedAt: 'yesterday' }))).toEqual([
      'savedAt must be a UTC time such as 2026-03-04T10:15:00.000Z',
    ]);
  });
});

describe('readImportFile: files that are not an export', () => {
  it.each([
    ['an empty file', ''],
    ['white space', '  \n'],
    ['plain text', 'Our collaboration notes'],
    ['a spreadsheet saved from the checklist', buildCsv([['Behaviour', 'Practice'], ['Compete', 'In place']])],
    ['a JSON object with a trailing comma', '{"format": "collab-checklist-export",}'],
    ['JSON with a NaN in it', '{"formatVersion": NaN}'],
  ])('calls %s not JSON', (_name, text) => {
    expect(readImportFile(text, ncvo)).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a list holding an export', `[${'{"format":"collab-checklist-export","formatVersion":1}'}]`],
    ['a number', '42'],
    ['a string', '"collab-checklist-export"'],
    ['true', 'true'],
    ['an empty object', '{}'],
    ['another format', '{"format":"something-else","formatVersion":1}'],
    ['a format marker in different case', '{"format":"Collab-Checklist-Export","formatVersion":1}'],
    ['the framework file itself', JSON.stringify(ncvoJson)],
  ])('calls %s not an export', (_name, text) => {
    expect(readImportFile(text, ncvo)).toEqual({ ok: false, problem: { kind: 'not-an-export' } });
  });

  it('refuses every shortened copy of an export, without throwing', () => {
    const text = sampleFile();
    for (let length = 0; length < text.length; length += 1) {
      const reading = readImportFile(text.slice(0, length), ncvo);
      expect(reading.ok, `the first ${length} characters`).toBe(false);
    }
    expect(readImportFile(text, ncvo).ok).toBe(true);
  });
});

describe('readImportFile: size', () => {
  /** An export padded with a note of multi-byte letters to exactly `bytes` bytes of UTF-8. */
  function exportOfBytes(bytes: number): string {
    const base = new TextEncoder().encode(buildExportFile({ ...sampleRecord(), responses: new Map([['competes-ethically', answer()]]) }, ncvo, EXPORTED_AT)).length;
    const room = bytes - base;
    // Welsh "ẁ" is three bytes in one UTF-16 unit, "ŵ" two, "a" one.
    const note = 'ẁ'.repeat(Math.floor(room / 3)) + ['', 'a', 'ŵ'][room % 3];
    const text = buildExportFile({ ...sampleRecord(), responses: new Map([['competes-ethically', answer({ note })]]) }, ncvo, EXPORTED_AT);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
    return text;
  }

  it('reads an export of exactly the largest size allowed', () => {
    const text = exportOfBytes(MAX_IMPORT_BYTES);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES / 2);
    expect(readImportFile(text, ncvo).ok).toBe(true);
  });

  it('refuses an export one byte over, counting bytes of UTF-8 rather than characters', () => {
    const text = exportOfBytes(MAX_IMPORT_BYTES + 1);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES / 2);
    expect(readImportFile(text, ncvo)).toEqual({ ok: false, problem: { kind: 'too-large', maxBytes: MAX_IMPORT_BYTES } });
  });

  it('refuses two-byte letters just over the limit, and one-byte letters only beyond it', () => {
    expect(problemOf(readImportFile('ŵ'.repeat(MAX_IMPORT_BYTES / 2 + 1), ncvo)).kind).toBe('too-large');
    expect(problemOf(readImportFile('ŵ'.repeat(MAX_IMPORT_BYTES / 2), ncvo)).kind).toBe('not-json');
    expect(problemOf(readImportFile('a'.repeat(MAX_IMPORT_BYTES), ncvo)).kind).toBe('not-json');
    expect(problemOf(readImportFile('a'.repeat(MAX_IMPORT_BYTES + 1), ncvo)).kind).toBe('too-large');
  });

  describe('before parsing', () => {
    afterEach(() => vi.restoreAllMocks());

    it('does not parse a file that is too large', () => {
      const parse = vi.spyOn(JSON, 'parse');
      readImportFile(exportOfBytes(MAX_IMPORT_BYTES + 1), ncvo);
      expect(parse).not.toHaveBeenCalled();
      readImportFile(sampleFile(), ncvo);
      expect(parse).toHaveBeenCalled();
    });
  });
});

describe('readImportFile: versions and frameworks', () => {
  it('reports a newer format version, whatever else the file holds', () => {
    expect(readImportFile('{"format":"collab-checklist-export","formatVersion":2,"everything":"changed"}', ncvo)).toEqual({
      ok: false,
      problem: { kind: 'newer-version', formatVersion: 2 },
    });
    const document = sampleDocument();
    document.formatVersion = 3;
    document.framework.id = 'another-checklist';
    expect(problemOf(read(document))).toEqual({ kind: 'newer-version', formatVersion: 3 });
  });

  it('does not take a version written as text, or an older one, as newer', () => {
    const document = sampleDocument();
    document.formatVersion = '2';
    expect(detailsOf(read(document))).toEqual([`formatVersion must be ${EXPORT_FORMAT_VERSION}`]);
    document.formatVersion = 0;
    expect(detailsOf(read(document))).toEqual(['formatVersion must be 1']);
  });

  it('names the other checklist a file belongs to, by id and title', () => {
    const document = sampleDocument();
    document.framework = { id: 'ncvo-governance-checklist', version: '1', title: 'Governance checklist' };
    expect(read(document)).toEqual({
      ok: false,
      problem: { kind: 'other-framework', frameworkId: 'ncvo-governance-checklist', frameworkTitle: 'Governance checklist' },
    });
  });

  it('names the other checklist even when the rest of the file is damaged', () => {
    const document = sampleDocument();
    document.framework.id = 'another-checklist';
    document.responses = 'broken';
    expect(problemOf(read(document))).toMatchObject({ kind: 'other-framework', frameworkId: 'another-checklist' });
  });

  it.each([
    ['missing', undefined],
    ['blank', '   '],
    ['not text', 7],
    ['enormous', 'x'.repeat(301)],
  ])('names the other checklist by id alone when its title is %s', (_name, title) => {
    const document = sampleDocument();
    document.framework = { id: 'another-checklist', version: '1', title };
    expect(problemOf(read(document))).toEqual({ kind: 'other-framework', frameworkId: 'another-checklist' });
  });

  it('does not call a framework id that is not an id another checklist: the file is invalid', () => {
    const document = sampleDocument();
    document.framework.id = '__proto__';
    expect(detailsOf(read(document))).toEqual([`framework.id ${ID_MESSAGE}`]);
  });
});

describe('readImportFile: damaged or edited exports', () => {
  it('reports what is wrong and where', () => {
    const document = sampleDocument();
    delete document.framework;
    document.exportedAt = 'today';
    document.responses['competes-ethically'].level = 3;
    document.responses['competes-ethically'].notApplicable = 'no';
    document.responses['buys-in-services'].changedAt = '2026-02-30T10:15:00.000Z';
    delete document.responses['explores-diverse-partners'].note;
    expect(detailsOf(read(document))).toEqual([
      'exportedAt must be a UTC time such as 2026-03-04T10:15:00.000Z',
      'framework is missing',
      'responses.competes-ethically.level must be text',
      'responses.competes-ethically.notApplicable must be true or false',
      'responses.buys-in-services.changedAt must be a UTC time such as 2026-03-04T10:15:00.000Z',
      'responses.explores-diverse-partners.note is missing',
    ]);
  });

  it('reports responses written as a list, and a response that is not an object', () => {
    const document = sampleDocument();
    document.responses = [answer()];
    expect(detailsOf(read(document))).toEqual(['responses must be an object keyed by practice id']);
    const other = sampleDocument();
    other.responses['competes-ethically'] = 'in place';
    expect(detailsOf(read(other))).toHaveLength(1);
    expect(detailsOf(read(other))[0]).toMatch(/^responses\.competes-ethically /);
  });

  it('reports a bad reset time and a framework without a title', () => {
    const document = sampleDocument();
    document.clearedAt = '2026-03-01';
    delete document.framework.title;
    expect(detailsOf(read(document))).toEqual([
      'framework.title is missing',
      'clearedAt must be a UTC time such as 2026-03-04T10:15:00.000Z',
    ]);
  });

  it('reports a level that is not an id, and practice ids that are not ids', () => {
    const document = sampleDocument();
    document.responses['competes-ethically'].level = 'in place';
    document.responses['a b'] = answer();
    document.responses[''] = answer();
    const details = detailsOf(read(document));
    expect(details).toContain(`responses.competes-ethically.level ${ID_MESSAGE}`);
    expect(details).toContain(`responses.a b ${ID_MESSAGE}`);
    expect(details).toHaveLength(3);
  });

  it('reports a level or time of the wrong kind, whatever JSON value it is', () => {
    const field = fc.constantFrom('level', 'notApplicable', 'note', 'changedAt');
    const wrong = (name: string) => (value: unknown) =>
      name === 'notApplicable' ? typeof value !== 'boolean' : name === 'note' ? typeof value !== 'string' : typeof value !== 'string' || !/^[A-Za-z0-9]/.test(value);
    fc.assert(
      fc.property(
        field.chain((name) => fc.tuple(fc.constant(name), fc.jsonValue().filter(wrong(name)))),
        fc.constantFrom('competes-ethically', 'retired-practice', 'constructor'),
        ([name, value], id) => {
          const document = sampleDocument();
          document.responses[id][name] = value;
          const details = detailsOf(read(document));
          expect(details).toHaveLength(1);
          expect(details[0].startsWith(`responses.${id}.${name} `)).toBe(true);
        },
      ),
    );
  });
});

describe('readImportFile: keys that could reach a prototype', () => {
  const POLLUTING_KEYS = ['polluted', 'level', 'notApplicable', 'note', 'changedAt', 'id', 'title', 'format'];
  afterEach(() => {
    // If a test did pollute the prototype, do not let it leak into others.
    for (const key of POLLUTING_KEYS) delete (Object.prototype as Record<string, unknown>)[key];
  });

  const notPolluted = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const key of POLLUTING_KEYS) expect(Object.prototype.hasOwnProperty.call(Object.prototype, key), key).toBe(false);
  };

  it('refuses a response keyed "__proto__", naming the key, and pollutes nothing', () => {
    const text = sampleFile().replace(
      '"responses": {',
      '"responses": {"__proto__": {"polluted": true, "level": "in-place", "notApplicable": false, "note": "", "changedAt": "2026-03-04T10:15:00.000Z"},',
    );
    expect(text).toContain('"__proto__"');
    expect(detailsOf(readImportFile(text, ncvo))).toEqual([`responses.__proto__ ${ID_MESSAGE}`]);
    notPolluted();
  });

  it('ignores "__proto__" where it is not a response key, and pollutes nothing', () => {
    const text = sampleFile()
      .replace('"format": ', '"__proto__": {"polluted": true, "format": "x"},\n  "format": ')
      .replace('"id": "ncvo-collaborative-behaviours"', '"__proto__": {"polluted": true}, "id": "ncvo-collaborative-behaviours"')
      .replace('"note": "Agreed at the May board"', '"__proto__": {"polluted": true}, "note": "Agreed at the May board"');
    expect((text.match(/__proto__/g) ?? []).length).toBe(3);
    const { record } = readingOf(readImportFile(text, ncvo));
    expect(record.responses.get('competes-ethically')).toEqual(answer({ note: 'Agreed at the May board' }));
    notPolluted();
  });

  it('keeps responses keyed "constructor", "prototype", "toString" and "hasOwnProperty" as ordinary practices', () => {
    const document = sampleDocument();
    for (const id of ['prototype', 'toString', 'hasOwnProperty']) document.responses[id] = answer({ note: id });
    const { record, summary } = readingOf(read(document));
    expect(record.responses.get('constructor')).toEqual(answer({ level: 'not-yet' }));
    expect(record.responses.get('prototype')?.note).toBe('prototype');
    expect(record.responses.get('toString')?.note).toBe('toString');
    expect(record.responses.get('hasOwnProperty')?.note).toBe('hasOwnProperty');
    expect(summary.unknownPractices).toBe(5);
    notPolluted();
  });
});

describe('readImportFile: anything at all', () => {
  /** A reading must be either a record or one of the known problems: never a throw. */
  const checkRefused = (text: string) => {
    const reading = readImportFile(text, ncvo);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(PROBLEM_KINDS).toContain(reading.problem.kind);
  };

  it('refuses any string without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkRefused), { numRuns: 500 });
  });

  it('refuses any JSON value without throwing', () => {
    fc.assert(fc.property(fc.json(), checkRefused), { numRuns: 500 });
  });

  it('refuses anything JSON.stringify can write, without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        checkRefused(String(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses objects that carry the format marker but arbitrary content, without throwing', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            format: fc.constant(EXPORT_FORMAT),
            formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
            exportedAt: fc.oneof(fc.constant(EXPORTED_AT), fc.jsonValue()),
            framework: fc.oneof(fc.constant({ id: ncvo.id, version: '1', title: 'T' }), fc.jsonValue()),
            responses: fc.oneof(fc.dictionary(fc.oneof(idArb, fc.string()), fc.jsonValue()), fc.jsonValue()),
          },
          { requiredKeys: ['format'] },
        ).filter((document) => {
          // Keep only documents that are certainly invalid: some field is missing or of the wrong kind.
          const framework = document.framework as { id?: unknown; version?: unknown; title?: unknown } | null;
          const valid =
            document.formatVersion === 1 &&
            document.exportedAt === EXPORTED_AT &&
            typeof framework === 'object' &&
            framework !== null &&
            framework.id === ncvo.id &&
            typeof framework.version === 'string' &&
            typeof framework.title === 'string' &&
            typeof document.responses === 'object' &&
            document.responses !== null &&
            !Array.isArray(document.responses) &&
            Object.keys(document.responses).length === 0;
          return !valid;
        }),
        (document) => checkRefused(JSON.stringify(document)),
      ),
      { numRuns: 500 },
    );
  });
});

describe('the organisation profile in an export', () => {
  const withSampleProfile = (): ProgressRecord => ({ ...sampleRecord(), profile: PROFILE });

  it('writes the profile after the reset time and before the responses, and leaves it out when there is none', () => {
    const document = JSON.parse(buildExportFile(withSampleProfile(), ncvo, EXPORTED_AT));
    expect(document.profile).toEqual({ size: 'micro', role: 'not-yet', changedAt: '2026-03-02T12:00:00.000Z' });
    expect(Object.keys(document)).toEqual(['format', 'formatVersion', 'exportedAt', 'framework', 'clearedAt', 'profile', 'responses']);
    expect('profile' in sampleDocument()).toBe(false);
  });

  it('writes only the profile\'s own fields, and only the answers given', () => {
    const carrying = { role: 'leads', changedAt: PROFILE.changedAt, secret: 'not for the file' } as OrganisationProfile;
    const text = buildExportFile({ ...sampleRecord(), profile: carrying }, ncvo, EXPORTED_AT);
    expect(text).not.toContain('secret');
    expect(JSON.parse(text).profile).toEqual({ role: 'leads', changedAt: PROFILE.changedAt });
  });

  it('reads the profile back from an export, and from a stored-progress backup', () => {
    expect(readingOf(readImportFile(buildExportFile(withSampleProfile(), ncvo, EXPORTED_AT), ncvo)).record.profile).toStrictEqual(PROFILE);
    expect(readingOf(readImportFile(serializeRecord(withSampleProfile(), EXPORTED_AT), ncvo)).record.profile).toStrictEqual(PROFILE);
    const { record } = readingOf(readImportFile(sampleFile(), ncvo));
    expect('profile' in record).toBe(false);
  });

  it('gives back exactly the profile exported, or none, for any framework and progress', () => {
    fc.assert(
      fc.property(frameworkWithResponsesArb(), fc.option(profileArb(), { nil: undefined }), timestampArb, ({ framework, responses }, profile, at) => {
        const record: ProgressRecord = {
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          responses,
          ...(profile === undefined ? {} : { profile }),
        };
        const { record: back } = readingOf(readImportFile(buildExportFile(record, framework, at), framework));
        expect('profile' in back).toBe(profile !== undefined);
        expect(back.profile).toStrictEqual(profile);
        expect(contentOf(back)).toEqual(contentOf(record));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the name of whoever filled it in, reads it back, and reads files from before there was one', () => {
    const named = { ...PROFILE, filledInBy: 'Siân Gwŷn' };
    const text = buildExportFile({ ...sampleRecord(), profile: named }, ncvo, EXPORTED_AT);
    expect(JSON.parse(text).profile).toEqual({ size: 'micro', role: 'not-yet', filledInBy: 'Siân Gwŷn', changedAt: '2026-03-02T12:00:00.000Z' });
    expect(readingOf(readImportFile(text, ncvo)).record.profile).toStrictEqual(named);
    // An export file of version 1 as written before the field existed.
    const older = sampleDocument();
    older.profile = { size: 'micro', changedAt: '2026-03-02T12:00:00.000Z' };
    expect(readingOf(readImportFile(JSON.stringify(older), ncvo)).record.profile).toStrictEqual({ size: 'micro', changedAt: '2026-03-02T12:00:00.000Z' });
  });

  it('keeps "Who", "By when" and the organisation name through export and import, and reads files from before them', () => {
    const record: ProgressRecord = {
      ...sampleRecord(),
      profile: { ...PROFILE, organisation: 'Cymdeithas Tai Gwŷr' },
      responses: new Map([['competes-ethically', answer({ note: 'Write it down', owner: 'Siân', due: '2027-01-31' })]]),
    };
    const text = buildExportFile(record, ncvo, EXPORTED_AT);
    const document = JSON.parse(text);
    expect(document.formatVersion).toBe(1);
    expect(document.responses['competes-ethically']).toEqual({ level: 'in-place', notApplicable: false, note: 'Write it down', owner: 'Siân', due: '2027-01-31', changedAt: '2026-03-04T10:15:00.000Z' });
    expect(document.profile.organisation).toBe('Cymdeithas Tai Gwŷr');
    const back = readingOf(readImportFile(text, ncvo)).record;
    expect(back.responses).toEqual(record.responses);
    expect(back.profile).toStrictEqual(record.profile);
    expect(readingOf(readImportFile(sampleFile(), ncvo)).record.responses.get('competes-ethically')).toStrictEqual(answer({ note: 'Agreed at the May board' }));
  });

  it('refuses a file with a "By when" that is not a real date or a "Who" that is not text, naming the practice and field', () => {
    const document = sampleDocument();
    document.responses['competes-ethically'].due = '2026-02-30';
    document.responses['buys-in-services'].owner = 7;
    expect(detailsOf(read(document))).toEqual([
      'responses.competes-ethically.due must be a date written YYYY-MM-DD, such as 2026-03-31',
      'responses.buys-in-services.owner must be text',
    ]);
    document.responses['buys-in-services'].owner = ['Trustees'];
    document.responses['competes-ethically'].due = '2026-02-28';
    document.profile = { organisation: false, changedAt: '2026-03-02T12:00:00.000Z' };
    expect(detailsOf(read(document))).toEqual(['responses.buys-in-services.owner must be text', 'profile.organisation must be text']);
  });

  it('cuts a "Who" or organisation name longer than a name, trimmed, rather than refuse the file, and leaves out blank ones', () => {
    const document = sampleDocument();
    document.responses['competes-ethically'].owner = `  ${'x'.repeat(99)}😀 and more`;
    document.responses['buys-in-services'].owner = '   ';
    document.profile = { organisation: ` ${'y'.repeat(120)}`, changedAt: '2026-03-02T12:00:00.000Z' };
    const { record } = readingOf(read(document));
    expect(record.responses.get('competes-ethically')?.owner).toBe('x'.repeat(99));
    expect(Object.hasOwn(record.responses.get('buys-in-services')!, 'owner')).toBe(false);
    expect(record.profile?.organisation).toBe('y'.repeat(100));
    document.profile = { organisation: '  ', changedAt: '2026-03-02T12:00:00.000Z' };
    expect(readingOf(read(document)).record.profile).toStrictEqual({ changedAt: '2026-03-02T12:00:00.000Z' });
  });

  it('refuses a name that is not text, and cuts one longer than a name rather than refuse the file', () => {
    const document = sampleDocument();
    document.profile = { filledInBy: `${'x'.repeat(99)}😀 and more`, changedAt: '2026-03-02T12:00:00.000Z' };
    const cut = read(document);
    expect(cut.ok && cut.record.profile?.filledInBy, 'a longer name is cut, never through a character, and the file still reads').toBe('x'.repeat(99));
    document.profile = { filledInBy: 7, changedAt: '2026-03-02T12:00:00.000Z' };
    expect(detailsOf(read(document))).toEqual(['profile.filledInBy must be text']);
  });

  it('refuses a file whose profile has answers it does not know, naming each', () => {
    const document = sampleDocument();
    document.profile = { size: 'huge', role: 1, changedAt: '2026-03-02T12:00:00.000Z' };
    expect(detailsOf(read(document))).toEqual([
      'profile.size must be one of micro, small, medium, large, major, super-major',
      'profile.role must be one of leads, joins, both, not-yet',
    ]);
    document.profile = { size: 'small', changedAt: 'yesterday' };
    expect(detailsOf(read(document))).toEqual(['profile.changedAt must be a UTC time such as 2026-03-04T10:15:00.000Z']);
  });
});

describe('"I have reviewed this behaviour" marks in an export', () => {
  const REVIEWS = new Map([
    ['acts-with-integrity', { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' }],
    ['shares-power', { reviewed: false, changedAt: '2026-03-04T12:00:00.000Z' }],
  ]);
  const withReviews = (): ProgressRecord => ({ ...sampleRecord(), reviews: REVIEWS });

  it('writes the reviews as saved progress holds them, only their own fields, and none when there are none', () => {
    const carrying = new Map([['acts-with-integrity', { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z', secret: 'x' }]]);
    expect(JSON.parse(buildExportFile({ ...sampleRecord(), reviews: carrying }, ncvo, EXPORTED_AT)).reviews).toEqual({
      'acts-with-integrity': { reviewed: true, changedAt: '2026-03-04T11:00:00.000Z' },
    });
    expect(JSON.parse(buildExportFile(withReviews(), ncvo, EXPORTED_AT)).formatVersion).toBe(1);
    expect('reviews' in sampleDocument()).toBe(false);
  });

  it('reads the reviews back from an export, and from a stored-progress backup', () => {
    expect(readingOf(readImportFile(buildExportFile(withReviews(), ncvo, EXPORTED_AT), ncvo)).record.reviews).toStrictEqual(REVIEWS);
    expect(readingOf(readImportFile(serializeRecord(withReviews(), EXPORTED_AT), ncvo)).record.reviews).toStrictEqual(REVIEWS);
    expect('reviews' in readingOf(readImportFile(sampleFile(), ncvo)).record).toBe(false);
  });

  it('refuses damaged reviews', () => {
    const document = { ...sampleDocument(), reviews: { 'acts-with-integrity': { reviewed: 'yes', changedAt: EXPORTED_AT } } };
    expect(read(document).ok).toBe(false);
  });

  it('stamps imported reviews with the import time, so they replace another tab\'s', () => {
    const imported = readingOf(readImportFile(buildExportFile(withReviews(), ncvo, EXPORTED_AT), ncvo)).record;
    const applied = asReplacement(imported, '2026-11-25T10:00:00.000Z');
    expect(Object.fromEntries(applied.reviews ?? [])).toEqual({
      'acts-with-integrity': { reviewed: true, changedAt: '2026-11-25T10:00:00.000Z' },
      'shares-power': { reviewed: false, changedAt: '2026-11-25T10:00:00.000Z' },
    });
    const olderTab: ProgressRecord = { ...sampleRecord(), reviews: new Map([['acts-with-integrity', { reviewed: false, changedAt: '2026-11-25T09:59:00.000Z' }]]) };
    expect(mergeRecords(olderTab, applied).reviews?.get('acts-with-integrity')?.reviewed).toBe(true);
  });
});

describe('asReplacement', () => {
  const IMPORTED_AT = '2026-11-25T10:00:00.000Z';

  it('stamps the profile with the import time too, keeping its answers', () => {
    const applied = asReplacement({ ...sampleRecord(), profile: PROFILE }, '2026-11-25T10:00:00Z');
    expect(applied.profile).toStrictEqual({ size: 'micro', role: 'not-yet', changedAt: IMPORTED_AT });
    expect('profile' in asReplacement(sampleRecord(), IMPORTED_AT)).toBe(false);
  });

  it('leaves the profile it is given as it was', () => {
    const imported = { ...sampleRecord(), profile: PROFILE };
    asReplacement(imported, IMPORTED_AT);
    expect(imported.profile).toEqual({ size: 'micro', role: 'not-yet', changedAt: '2026-03-02T12:00:00.000Z' });
  });

  it('lets an imported profile replace another tab\'s, even one changed after the file was made', () => {
    const olderTab: ProgressRecord = { ...sampleRecord(), profile: { size: 'super-major', changedAt: '2026-11-25T09:59:00.000Z' } };
    const applied = asReplacement({ ...sampleRecord(), profile: PROFILE }, IMPORTED_AT);
    for (const merged of [mergeRecords(olderTab, applied), mergeRecords(applied, olderTab)]) {
      expect(merged.profile).toStrictEqual({ ...PROFILE, changedAt: IMPORTED_AT });
    }
  });

  it('after an import, any older tab merges to the imported profile; a file without one leaves the tab\'s profile in place', () => {
    const importedAtArb = fc.date({ min: new Date('2026-03-06T00:00:00.000Z'), max: new Date('2030-01-01T00:00:00.000Z'), noInvalidDate: true });
    fc.assert(
      fc.property(siblingRecordArb, recordArb, importedAtArb, (olderTab, imported, at) => {
        const importedAt = at.toISOString();
        const applied = asReplacement(imported, importedAt);
        const expected = imported.profile ? { ...imported.profile, changedAt: importedAt } : olderTab.profile;
        for (const merged of [mergeRecords(olderTab, applied), mergeRecords(applied, olderTab)]) {
          expect(merged.profile).toStrictEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stamps every response with the import time and resets just before it', () => {
    const imported = readingOf(readImportFile(sampleFile(), ncvo)).record;
    const applied = asReplacement(imported, IMPORTED_AT);
    expect(applied.clearedAt).toBe('2026-11-25T09:59:59.999Z');
    expect(applied.frameworkId).toBe(ncvo.id);
    expect(applied.frameworkVersion).toBe(ncvo.version);
    expect([...applied.responses.keys()]).toEqual([...imported.responses.keys()]);
    for (const [id, response] of applied.responses) {
      expect(response).toEqual({ ...imported.responses.get(id), changedAt: IMPORTED_AT });
    }
  });

  it('leaves the record it is given as it was', () => {
    const imported = sampleRecord();
    const before = contentOf(imported);
    asReplacement(imported, IMPORTED_AT);
    expect(contentOf(imported)).toEqual(before);
  });

  it('writes the import time the one way times are compared', () => {
    const applied = asReplacement(sampleRecord(), '2026-11-25T10:00:00Z');
    expect(applied.responses.get('competes-ethically')?.changedAt).toBe(IMPORTED_AT);
  });

  it('refuses something that is not a time', () => {
    expect(() => asReplacement(sampleRecord(), 'now')).toThrow(RangeError);
  });

  it('keeps every imported response when the result is saved and merged with itself', () => {
    // A reset at the import time itself would drop everything stamped at that time.
    const applied = asReplacement(sampleRecord(), IMPORTED_AT);
    expect(contentOf(mergeRecords(applied, applied))).toEqual(contentOf(applied));
  });

  it('replaces what another tab still holds: answers the file lacks do not come back', () => {
    const olderTab: ProgressRecord = {
      ...sampleRecord(),
      responses: new Map([
        ['competes-ethically', answer({ level: 'not-yet', changedAt: '2026-11-25T09:59:00.000Z' })],
        ['recognises-value-of-others', answer({ changedAt: '2026-11-25T09:59:59.999Z' })],
      ]),
    };
    const applied = asReplacement({ ...sampleRecord(), responses: new Map([['competes-ethically', answer({ note: 'from the file' })]]) }, IMPORTED_AT);
    for (const merged of [mergeRecords(olderTab, applied), mergeRecords(applied, olderTab)]) {
      expect([...merged.responses]).toEqual([['competes-ethically', answer({ note: 'from the file', changedAt: IMPORTED_AT })]]);
    }
  });

  it('lets an edit made in another tab after the import win as usual', () => {
    const laterTab: ProgressRecord = {
      ...sampleRecord(),
      responses: new Map([['competes-ethically', answer({ level: 'not-yet', changedAt: '2026-11-25T10:00:00.001Z' })]]),
    };
    const applied = asReplacement(sampleRecord(), IMPORTED_AT);
    expect(mergeRecords(applied, laterTab).responses.get('competes-ethically')?.level).toBe('not-yet');
    expect(mergeRecords(applied, laterTab).responses.size).toBe(sampleRecord().responses.size);
  });

  it('makes any older tab\'s record merge to exactly the import, from either side', () => {
    // siblingRecordArb's times are all before 2026-03-06.
    const importedAtArb = fc.date({ min: new Date('2026-03-06T00:00:00.000Z'), max: new Date('2030-01-01T00:00:00.000Z'), noInvalidDate: true });
    fc.assert(
      fc.property(siblingRecordArb, recordArb, importedAtArb, (olderTab, imported, at) => {
        const importedAt = at.toISOString();
        const applied = asReplacement(imported, importedAt);
        const expected = [...imported.responses].map(([id, response]) => [id, { ...response, changedAt: importedAt }]);
        for (const merged of [mergeRecords(olderTab, applied), mergeRecords(applied, olderTab)]) {
          expect(contentOf(merged)).toEqual(contentOf({ ...applied, responses: new Map(expected as [string, PracticeResponse][]) }));
          expect(merged.clearedAt).toBe(applied.clearedAt);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readImportFile bounds answers to practices the framework does not list', () => {
  const withUnknown = (count: number) => {
    const document = sampleDocument();
    const answer = { level: 'in-place', notApplicable: false, note: '', changedAt: '2026-03-04T10:15:00.000Z' };
    for (let index = 0; index < count; index += 1) document.responses[`retired-${index}`] = answer;
    return document;
  };

  // The sample already answers two practices the framework does not list.
  it('reads a file with up to 1,000 of them', () => {
    expect(read(withUnknown(998)).ok).toBe(true);
  });

  it('refuses a file with more, saying why, so they are not carried on every save', () => {
    const reading = read(withUnknown(999));
    expect(reading.ok ? undefined : reading.problem).toEqual({
      kind: 'invalid',
      details: ['responses has answers to more than 1000 practices this checklist does not list'],
    });
  });
});
