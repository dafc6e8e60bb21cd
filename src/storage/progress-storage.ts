import {
  emptyRecord,
  mergedIfAdds,
  mergeRecords,
  readRecord,
  recordData,
  serializeRecord,
  type ProgressRecord,
  type RecordReading,
  withoutExcessUnknown,
} from '../core/index.js';
import type { SetAsideCopy } from '../core/exchange/export-file.js';
import { holdsData, jsonText } from '../core/own-data.js';

/** Where saved progress stands. The element turns each kind into a plain message. */
export type StorageState =
  /** Every change is saved in this browser. */
  | { readonly kind: 'saving' }
  /** The browser refuses storage (disabled, private mode): progress lives only in this page. */
  | { readonly kind: 'unavailable' }
  /** This site's storage is full: the latest changes live only in this page. */
  | { readonly kind: 'full' }
  /** Storage accepted a write but does not hold it (a host's no-op or broken shim): changes live only in this page. */
  | { readonly kind: 'not-kept' }
  /** A newer version of the widget saved this record; it is left untouched and changes stay in this page. */
  | { readonly kind: 'newer-version' }
  /**
   * The saved data could not be read as a whole; it was copied to
   * `backupKey`. Every response readable on its own was kept (`kept` of
   * them, none when the data was not saved progress at all), and
   * `setAside` says what was not.
   */
  | { readonly kind: 'recovered'; readonly backupKey: string; readonly kept: number; readonly setAside: readonly string[] }
  /** The saved data could not be read nor copied aside, so it is left untouched and changes stay in this page. */
  | { readonly kind: 'unreadable-kept' }
  /** The storage-key holds SET_ASIDE_MARK, so it could reach another key's set-aside copies: nothing is read or saved under it. */
  | { readonly kind: 'reserved-key' };

type ReadOnlyReason = 'newer-version' | 'unreadable-kept' | 'reserved-key';

export type SaveResult = { readonly saved: ProgressRecord } | { readonly failed: 'full' | 'unavailable' | 'not-kept' | ReadOnlyReason };

/** Browsers name a full store differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

export interface Loaded {
  readonly record: ProgressRecord;
  readonly state: StorageState;
}

/** Every key this widget writes starts with this, so a site can find (and clear) them. */
export const STORAGE_PREFIX = 'collab-checklist:';

/** What sets a copy aside from the progress of its key. */
export const SET_ASIDE_MARK = ':unreadable:';

/** Where saved data that could not be carried on every save is copied aside: `collab-checklist:<key>:unreadable:<time>`. */
export const setAsideKey = (key: string, copiedAt: string) => `${key}${SET_ASIDE_MARK}${copiedAt}`;

/**
 * Saved progress for one storage key in localStorage. Writes merge with
 * what is already stored, so another tab's newer edits survive.
 * Any storage error switches to keeping progress in memory, never throws.
 */
export class ProgressStorage {
  readonly key: string;
  #writable = true;
  #readOnlyReason: ReadOnlyReason = 'newer-version';
  /** Whether the key could reach another key's set-aside copies (see load). */
  readonly #reserved: boolean;
  /** The stored text last read or written and its record: most reads find it unchanged and need not parse it again. */
  #known?: { readonly text: string; readonly record: ProgressRecord };

  constructor(
    storageKey: string,
    private readonly frameworkId: string,
    private readonly frameworkVersion: string,
    /** The framework's practice ids: answers to others are kept only up to MAX_UNKNOWN_ANSWERS. */
    private readonly knownPractices: ReadonlySet<string>,
    private readonly storage: () => Storage = () => window.localStorage,
  ) {
    this.key = STORAGE_PREFIX + storageKey;
    this.#reserved = storageKey.includes(SET_ASIDE_MARK);
  }

  load(now: string): Loaded {
    const fresh = emptyRecord(this.frameworkId, this.frameworkVersion);
    // Key "team:unreadable:<time>" is where key "team" sets copies aside:
    // saved there, it would ride in team's export, and importing that would
    // overwrite team's newer answers. Refused rather than escaped, so a key
    // never silently means two places (docs/decisions.md, issue 24).
    if (this.#reserved) return this.#readOnly(fresh, { kind: 'reserved-key' });
    let text: string | null;
    try {
      text = this.storage().getItem(this.key);
    } catch {
      // Not read-only: storage that comes back later is used (the save merges with what is stored).
      return { record: fresh, state: { kind: 'unavailable' } };
    }
    if (text === null) return { record: fresh, state: { kind: 'saving' } };

    const reading = readRecord(text);
    if (reading.kind === 'newer') return this.#readOnly(fresh, { kind: 'newer-version' });
    const readable = reading.kind === 'record' ? reading.record : reading.salvaged;
    const bounded = readable && withoutExcessUnknown(this.#adopt(readable), this.knownPractices);
    if (reading.kind === 'record' && !bounded?.dropped) return { record: bounded!.record, state: { kind: 'saving' } };

    // Unreadable, or too big to carry on every save: copy it aside as it is, keep what can be kept.
    const problems = reading.kind === 'record' ? [] : reading.problems;
    const setAside = bounded?.dropped ? [...problems, `${bounded.dropped} answers to practices this checklist does not list`] : problems;
    const backupKey = setAsideKey(this.key, now);
    const record = bounded?.record ?? fresh;
    try {
      this.storage().setItem(backupKey, text);
      // What could be read is saved at once, so it is there after a reload even with no change.
      if (bounded) this.storage().setItem(this.key, serializeRecord(record, now));
      else this.storage().removeItem(this.key);
    } catch {
      return this.#readOnly(fresh, { kind: 'unreadable-kept' });
    }
    return { record, state: { kind: 'recovered', backupKey, kept: record.responses.size, setAside } };
  }

  /** The copy of unreadable data kept under `backupKey`, to offer as a download; `undefined` if it is gone. */
  readBackup(backupKey: string): string | undefined {
    try {
      return this.storage().getItem(backupKey) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps copies set aside in another browser (read from an import file) as
   * this browser's own, so the next export carries them too. Written once, on
   * import; a copy that does not fit is still in the file it came from.
   */
  keepSetAside(copies: readonly SetAsideCopy[]): void {
    if (this.#reserved) return;
    for (const { copiedAt, data } of copies) {
      try {
        this.storage().setItem(setAsideKey(this.key, copiedAt), data);
      } catch {
        return;
      }
    }
  }

  /**
   * What is stored now, if another tab changed it since this storage last
   * read or wrote it, and it is a record this version reads; never throws.
   * Unchanged text is the record its controller already holds, so there is
   * nothing to take in (and nothing to merge on every click).
   */
  storedSinceSeen(): ProgressRecord | undefined {
    try {
      const text = this.storage().getItem(this.key);
      const reading = text === null || text === this.#known?.text ? undefined : this.#read(text);
      return reading?.kind === 'record' ? reading.record : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Saves `record` merged with whatever another tab stored meanwhile and
   * returns the merged record, or why nothing could be saved.
   */
  save(record: ProgressRecord, now: string): SaveResult {
    if (!this.#writable) return { failed: this.#readOnlyReason };
    try {
      const stored = this.storage().getItem(this.key);
      let merged = record;
      if (stored !== null) {
        const reading = this.#read(stored);
        // Another tab stored something this version cannot read: leave it alone, as load() does.
        if (reading.kind !== 'record') {
          this.#writable = false;
          this.#readOnlyReason = reading.kind === 'newer' ? 'newer-version' : 'unreadable-kept';
          return { failed: this.#readOnlyReason };
        }
        merged = mergeRecords(record, reading.record);
      }
      const data = recordData(merged, now);
      const text = jsonText(data);
      this.storage().setItem(this.key, text);
      // Read back: a page may have replaced setItem with something that keeps
      // nothing, and "saved automatically" must not be said of that. Parsed
      // and compared with the data meant, not with the text written: text
      // made wrong on the way (a host's toJSON) would match itself.
      // Not latched: the next change tries again.
      if (!holdsData(this.storage().getItem(this.key), data)) return { failed: 'not-kept' };
      this.#known = { text, record: merged };
      return { saved: merged };
    } catch (error) {
      // Not latched: the next change tries again, so storage that comes back is used.
      return { failed: isQuotaError(error) ? 'full' : 'unavailable' };
    }
  }

  /**
   * Brings storage and `own` (what this tab holds) together after a save or
   * another tab's: when storage lacks something `own` has (another tab
   * wrote over this tab's save in the same instant, from its own view of
   * storage), the merge is written back; otherwise nothing is written.
   * Returns what storage holds now merged with `own`, for the tab to take
   * in, or `undefined` when there is nothing to do: storage unchanged since
   * this tab wrote `own`, emptied (a site clearing its keys is not undone),
   * or not readable. Called under the tab lock (tab-lock.ts), so no other
   * tab's reconciliation comes between the read and the write.
   */
  reconcile(own: ProgressRecord, now: string): SaveResult | undefined {
    if (!this.#writable) return undefined;
    let text: string | null;
    try {
      text = this.storage().getItem(this.key);
    } catch {
      return undefined;
    }
    if (text === null || (text === this.#known?.text && own === this.#known.record)) return undefined;
    const reading = this.#read(text);
    if (reading.kind !== 'record') return undefined;
    return mergedIfAdds(reading.record, own) ? this.save(own, now) : { saved: mergeRecords(own, reading.record) };
  }

  /** Reads a value another tab wrote (from a `storage` event); `undefined` if it is not a readable record. */
  readExternal(text: string): ProgressRecord | undefined {
    const reading = this.#read(text);
    return reading.kind === 'record' ? reading.record : undefined;
  }

  #read(text: string): RecordReading {
    if (this.#known?.text === text) return { kind: 'record', record: this.#known.record };
    const reading = readRecord(text);
    if (reading.kind !== 'record') return reading;
    const record = this.#adopt(reading.record);
    this.#known = { text, record };
    return { kind: 'record', record };
  }

  /** Responses are kept across framework versions; the record now belongs to this one. */
  #adopt(record: ProgressRecord): ProgressRecord {
    return { ...record, frameworkId: this.frameworkId, frameworkVersion: this.frameworkVersion };
  }

  #readOnly(record: ProgressRecord, state: StorageState & { kind: ReadOnlyReason }): Loaded {
    this.#writable = false;
    this.#readOnlyReason = state.kind;
    return { record, state };
  }
}
