import * as v from 'valibot';
import type { Framework } from '../framework/framework-schema.js';
import { ID_PATTERN, IdSchema } from '../identifiers.js';
import { describeIssues } from '../issues.js';
import { MAX_UNKNOWN_ANSWERS, type ProgressRecord } from '../progress/progress-record.js';
import { PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION, readRecordData, snapshotData } from '../progress/record-codec.js';
import { knownResponseFields, type PracticeResponse } from '../progress/response.js';
import { allPractices, isInPlace } from '../practices.js';
import type { BehaviourReview } from '../progress/progress-record.js';
import type { OrganisationProfile } from '../tailoring/profile.js';
import { readEachSnapshot, ResponsesSchema, ReviewsSchema, SnapshotSchema, TimestampSchema, ProfileSchema } from '../progress/response-schema.js';
import type { Snapshot } from '../progress/snapshot.js';
import { fields, jsonText, ownData } from '../own-data.js';

/** Marks a JSON document as an export file, so other files are never mistaken for one. */
export const EXPORT_FORMAT = 'collab-checklist-export';
/** Bump only for breaking changes, and keep reading every earlier version. */
export const EXPORT_FORMAT_VERSION = 1;
/**
 * Version of the export file's optional `setAside` part, on its own so it can
 * change without touching the rest of the file: a reader that does not know a
 * version leaves the part unread and imports the answers as usual.
 */
export const SET_ASIDE_VERSION = 1;
/** At most this many copies are read back from a file: far more than a browser ever keeps. */
const MAX_SET_ASIDE_COPIES = 100;

/**
 * Saved data this browser set aside rather than carry on every save (data it
 * could not read, answers beyond MAX_UNKNOWN_ANSWERS to practices the
 * checklist does not list): `data` exactly as it was stored, and when it was
 * copied aside.
 */
export interface SetAsideCopy {
  readonly copiedAt: string;
  readonly data: string;
}

/** Far above any real export (30 practices with long notes is tens of kilobytes), far below what would stall a page. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Why a file cannot be imported. Each kind is phrased for the person by the interface, in their language. */
export type ImportProblem =
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  /** Not JSON at all: another kind of file (a spreadsheet, a document), or an export cut short. */
  | { readonly kind: 'not-json' }
  /** JSON, but not an export from this widget. */
  | { readonly kind: 'not-an-export' }
  /** Written by a later version of the widget. */
  | { readonly kind: 'newer-version'; readonly formatVersion: number }
  /** An export of a different checklist. */
  | { readonly kind: 'other-framework'; readonly frameworkId: string; readonly frameworkTitle?: string }
  /** An export whose content is damaged or was edited into something unsafe to read. */
  | { readonly kind: 'invalid'; readonly details: readonly string[] };

/** What the person is shown before they confirm an import. */
export interface ImportSummary {
  /** When the file was made (a stored-progress backup: when it was saved). */
  readonly exportedAt: string;
  /** The framework version the file was made with. */
  readonly frameworkVersion: string;
  /** Practices of this framework at the top of its scale, not marked not applicable. */
  readonly inPlace: number;
  /** Practices of this framework marked not applicable. */
  readonly notApplicable: number;
  /** Practices of this framework with a note that is not blank. */
  readonly notes: number;
  /** Responses to practices this framework does not list: kept, but not shown. */
  readonly unknownPractices: number;
  /** Every response in the file. */
  readonly responses: number;
  /** The file's snapshots that could not be read, left out: they do not stop the answers being imported. */
  readonly damagedSnapshots: number;
}

export type ImportReading =
  | { readonly ok: true; readonly record: ProgressRecord; readonly summary: ImportSummary; readonly setAside: readonly SetAsideCopy[] }
  | { readonly ok: false; readonly problem: ImportProblem };

const ExportSchema = v.object(fields({
  format: v.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}"`),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION, `must be ${EXPORT_FORMAT_VERSION}`),
  exportedAt: TimestampSchema,
  framework: v.object(fields({ id: IdSchema, version: v.string('must be text'), title: v.string('must be text') })),
  clearedAt: v.optional(TimestampSchema),
  responses: ResponsesSchema,
  profile: v.optional(ProfileSchema),
  // Optional within version 1: v.object drops keys it does not list, so older readers ignore it.
  reviews: v.optional(ReviewsSchema),
  // Added within version 1 like `reviews`: older readers drop it and import the answers.
  // Each snapshot is read on its own (readEachSnapshot), so a damaged one is left out, not a reason to refuse the file.
  snapshots: v.optional(v.array(v.unknown(), 'must be a list')),
}));

const SetAsideSchema = v.object(fields({
  version: v.literal(SET_ASIDE_VERSION),
  copies: v.pipe(v.array(v.object(fields({ copiedAt: TimestampSchema, data: v.string() }))), v.maxLength(MAX_SET_ASIDE_COPIES)),
}));

/**
 * The export file: the person's progress as readable JSON, to keep, move to
 * another browser or hand to a colleague. Responses to practices the
 * framework no longer lists are written too, as they are kept in the record,
 * and so is what this browser set aside (`setAside`): the export, made when
 * the person asks, is where that is kept, not every save.
 */
export function buildExportFile(record: ProgressRecord, framework: Framework, exportedAt: string, setAside: readonly SetAsideCopy[] = []): string {
  const document = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    ...(record.clearedAt === undefined ? {} : { clearedAt: record.clearedAt }),
    // Copied field by field, like each response, so nothing else rides along.
    ...(record.profile
      ? {
          profile: {
            ...(record.profile.size === undefined ? {} : { size: record.profile.size }),
            ...(record.profile.role === undefined ? {} : { role: record.profile.role }),
            ...(record.profile.filledInBy === undefined ? {} : { filledInBy: record.profile.filledInBy }),
            ...(record.profile.organisation === undefined ? {} : { organisation: record.profile.organisation }),
            changedAt: record.profile.changedAt,
          },
        }
      : {}),
    // Object.fromEntries defines own properties, so no key can reach a prototype;
    // each response is copied field by field so nothing else rides along.
    responses: Object.fromEntries(
      [...record.responses].map(([id, response]) => [id, knownResponseFields(response)]),
    ),
    // "I have reviewed this behaviour" marks, as saved progress holds them; only when there are any.
    ...(record.reviews?.size
      ? { reviews: Object.fromEntries([...record.reviews].map(([id, { reviewed, changedAt }]) => [id, { reviewed, changedAt }])) }
      : {}),
    // "Save a snapshot": the dated copies of the answers, oldest first; only when there are any.
    ...(record.snapshots?.length ? { snapshots: record.snapshots.map(snapshotData) } : {}),
    // Last, so the answers a person reads come first; only when something was set aside.
    ...(setAside.length === 0 ? {} : { setAside: { version: SET_ASIDE_VERSION, copies: setAside.map(({ copiedAt, data }) => ({ copiedAt, data })) } }),
  };
  return jsonText(document, 2);
}

/** A file Export or Download CSV made, and what it holds: what the person is told once it is handed to the browser. */
export interface MadeFile {
  readonly kind: 'export' | 'csv';
  readonly fileName: string;
  /** When it was made (ISO 8601, UTC). */
  readonly madeAt: string;
  /** Counted as Import counts a file (summarise), so the two never describe one file differently. */
  readonly inPlace: number;
  readonly notApplicable: number;
  readonly notes: number;
  /** Snapshots in an export file; a CSV holds none. */
  readonly snapshots: number;
}

export function madeFile(kind: MadeFile['kind'], framework: Framework, record: ProgressRecord, fileName: string, madeAt: string): MadeFile {
  const { inPlace, notApplicable, notes } = summarise(framework, record.responses, madeAt, framework.version);
  return { kind, fileName, madeAt, inPlace, notApplicable, notes, snapshots: kind === 'export' ? (record.snapshots?.length ?? 0) : 0 };
}

const MAX_SLUG_LENGTH = 60;

/**
 * A name people recognise in their downloads folder: the framework title as
 * a lowercase ASCII slug, then `exportedOn`, the person's local date
 * (`localDate`, not the UTC one), e.g.
 * `putting-collaboration-into-practice-2026-11-25.json`. A title with no
 * Latin letters or digits (Arabic, say) falls back to the framework id.
 */
export function exportFileName(framework: Framework, exportedOn: string, extension: 'json' | 'csv'): string {
  const name = slug(framework.title) || slug(framework.id) || 'checklist';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedOn)?.[0];
  return `${date ? `${name}-${date}` : name}.${extension}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD') // "ŵ" becomes "w" and a combining circumflex, which the next line drops
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-$/, '');
}

/**
 * Reads a file a person chose to import, checking everything before
 * anything is used. Never throws: every way a file can be wrong is an
 * `ImportProblem`. The record returned belongs to `framework` (its id and
 * version) and holds the file's responses exactly, including responses to
 * practices the framework does not list and levels its scale does not have
 * (scoring counts those as the lowest level).
 *
 * Besides export files, this accepts stored progress as record-codec writes
 * it (`"format": "collab-checklist-progress"`): people who have copied their
 * progress out of the browser's storage as a backup can bring it back the
 * same way, and it is checked just as strictly.
 */
export function readImportFile(text: string, framework: Framework): ImportReading {
  // Measured before parsing, so a huge file costs no more than this.
  if (utf8Length(text) > MAX_IMPORT_BYTES) return problem({ kind: 'too-large', maxBytes: MAX_IMPORT_BYTES });

  let data: unknown;
  try {
    // A byte order mark (added by some editors) is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return problem({ kind: 'not-json' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem({ kind: 'not-an-export' });

  const fields = data as Record<string, unknown>;
  if (fields.format !== EXPORT_FORMAT && fields.format !== PROGRESS_FORMAT) return problem({ kind: 'not-an-export' });
  // Before anything else is looked at: a later version may have changed everything else.
  const latest = fields.format === EXPORT_FORMAT ? EXPORT_FORMAT_VERSION : PROGRESS_FORMAT_VERSION;
  if (typeof fields.formatVersion === 'number' && fields.formatVersion > latest) {
    return problem({ kind: 'newer-version', formatVersion: fields.formatVersion });
  }

  const other = otherFramework(fields.framework, framework);
  if (other) return problem(other);

  const read = fields.format === EXPORT_FORMAT ? readExport(data) : readStoredProgress(data);
  if ('kind' in read) return problem(read);
  const known = new Set(framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => practice.id)));
  if ([...read.responses.keys()].filter((id) => !known.has(id)).length > MAX_UNKNOWN_ANSWERS) {
    return problem({ kind: 'invalid', details: [`responses has answers to more than ${MAX_UNKNOWN_ANSWERS} practices this checklist does not list`] });
  }

  const { snapshots, unreadable } = readEachSnapshot(read.snapshots ?? [], SnapshotSchema);
  const record: ProgressRecord = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    ...(read.clearedAt === undefined ? {} : { clearedAt: read.clearedAt }),
    responses: read.responses,
    ...(read.profile ? { profile: read.profile } : {}),
    ...(read.reviews?.size ? { reviews: read.reviews } : {}),
    ...(snapshots.length ? { snapshots: snapshots.map((snapshot) => ({ ...snapshot, answers: onlyListed(snapshot.answers, known) })) } : {}),
  };
  const summary = { ...summarise(framework, read.responses, read.exportedAt, read.frameworkVersion), damagedSnapshots: unreadable };
  return { ok: true, record, summary, setAside: readSetAside(Object.hasOwn(fields, 'setAside') ? fields.setAside : undefined) };
}

/**
 * A snapshot's answers to the practices the checklist lists: a snapshot
 * records where the organisation stood on this checklist, and answers to
 * anything else would only weigh down every save.
 */
function onlyListed(answers: Snapshot['answers'], known: ReadonlySet<string>): Snapshot['answers'] {
  return new Map([...answers].filter(([id]) => known.has(id)));
}

/**
 * The `setAside` part of an export file, read on its own: it is a copy kept
 * for safety, so a part that is damaged or of a later version is left unread
 * rather than stop the answers from being imported.
 */
function readSetAside(part: unknown): SetAsideCopy[] {
  if (part === undefined) return [];
  const parsed = v.safeParse(SetAsideSchema, ownData(part));
  return parsed.success ? parsed.output.copies : [];
}

interface FileContent {
  readonly exportedAt: string;
  readonly frameworkVersion: string;
  readonly clearedAt?: string;
  readonly responses: Map<string, PracticeResponse>;
  readonly profile?: OrganisationProfile;
  readonly reviews?: ReadonlyMap<string, BehaviourReview>;
  /** As the file holds them: each is read on its own (readEachSnapshot). */
  readonly snapshots?: readonly unknown[];
}

function readExport(data: unknown): FileContent | ImportProblem {
  const parsed = v.safeParse(ExportSchema, ownData(data));
  if (!parsed.success) return { kind: 'invalid', details: describeIssues(parsed.issues, '') };
  const { exportedAt, framework, clearedAt, responses, profile, reviews, snapshots } = parsed.output;
  return { exportedAt, frameworkVersion: framework.version, clearedAt, responses: new Map<string, PracticeResponse>(responses), profile, reviews, snapshots };
}

function readStoredProgress(data: unknown): FileContent | ImportProblem {
  // Snapshots are read on their own, as in an export file, so a damaged one is left out rather than refuse the answers.
  const { snapshots, ...rest } = data as Record<string, unknown>;
  if (snapshots !== undefined && !Array.isArray(snapshots)) return { kind: 'invalid', details: ['snapshots must be a list'] };
  const reading = readRecordData(rest);
  // readImportFile has already caught a newer version; handled again here only for completeness.
  if (reading.kind === 'newer') return { kind: 'newer-version', formatVersion: reading.formatVersion };
  if (reading.kind === 'unreadable') return { kind: 'invalid', details: reading.problems };
  const { record } = reading;
  // readRecordData has checked savedAt is a UTC time; written the canonical way like every other time.
  const savedAt = new Date((data as { savedAt: string }).savedAt).toISOString();
  // Exactly the fields an import reads from an export file: an import replaces, it does not carry fields over.
  const responses = new Map<string, PracticeResponse>();
  for (const [id, response] of record.responses) responses.set(id, knownResponseFields(response));
  const reviews = new Map([...(record.reviews ?? [])].map(([id, { reviewed, changedAt }]) => [id, { reviewed, changedAt }]));
  // Snapshots too (deletions are this browser's own history, not carried over).
  return { exportedAt: savedAt, frameworkVersion: record.frameworkVersion, clearedAt: record.clearedAt, responses, profile: record.profile, reviews, snapshots };
}

/** A file for another checklist is named as such, even if it has other problems too. */
function otherFramework(fileFramework: unknown, framework: Framework): ImportProblem | undefined {
  if (typeof fileFramework !== 'object' || fileFramework === null) return undefined;
  const { id, title } = fileFramework as { id?: unknown; title?: unknown };
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || id === framework.id) return undefined;
  // The title is shown to the person, so only a plausible one: not blank, not enormous.
  const plausibleTitle = typeof title === 'string' && /\S/.test(title) && title.length <= 300;
  return { kind: 'other-framework', frameworkId: id, ...(plausibleTitle ? { frameworkTitle: title } : {}) };
}

function summarise(
  framework: Framework,
  responses: ReadonlyMap<string, PracticeResponse>,
  exportedAt: string,
  frameworkVersion: string,
): Omit<ImportSummary, 'damagedSnapshots'> {
  const practiceIds = new Set(allPractices(framework).map((practice) => practice.id));
  let inPlace = 0;
  let notApplicable = 0;
  let notes = 0;
  let unknownPractices = 0;
  for (const [id, response] of responses) {
    if (!practiceIds.has(id)) {
      unknownPractices += 1;
      continue;
    }
    if (response.notApplicable) notApplicable += 1;
    else if (isInPlace(response, framework.ratingScale)) inPlace += 1;
    if (/\S/.test(response.note)) notes += 1;
  }
  return { exportedAt, frameworkVersion, inPlace, notApplicable, notes, unknownPractices, responses: responses.size };
}

function problem(found: ImportProblem): ImportReading {
  return { ok: false, problem: found };
}

/** UTF-8 length without encoding text that is plainly too long (every UTF-16 unit is at least one byte). */
function utf8Length(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
