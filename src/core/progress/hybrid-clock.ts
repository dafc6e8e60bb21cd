/**
 * Change times for records that merge by "newer wins" (merge-records.ts).
 *
 * A wall clock alone cannot be trusted for that: a tab or computer whose
 * clock runs fast stamps changes that beat every later change until real
 * time catches up, and a clock put back makes new changes look old. So this
 * is a hybrid logical clock: each time it gives is the wall clock's time,
 * unless that is not later than every time it has given or seen (in a
 * stored record, another tab's save), in which case it is one millisecond
 * after the latest of those. A change made after seeing a record therefore
 * always carries a later time than anything in it, whatever the wall clock
 * says, and two changes in one millisecond still get two times.
 */
export class HybridClock {
  #latest = 0;

  constructor(private readonly wallClock: () => number = hostWallClock) {}

  /** A time (ISO 8601, UTC) later than every time given or seen so far. */
  now(): string {
    // A wall clock that gives no usable time (NaN) is passed over, as one put back is.
    const wall = this.wallClock();
    this.#latest = isTime(wall) && wall > this.#latest ? wall : this.#latest + 1;
    return new Date(this.#latest).toISOString();
  }

  /** Takes note of a time found in a record, so the next `now()` is later. */
  observe(time: string | undefined): void {
    const value = time === undefined ? Number.NaN : Date.parse(time);
    if (value > this.#latest) this.#latest = value;
  }
}

/**
 * This computer's time (ISO 8601, UTC), for dates people read. Not the
 * hybrid clock's: after one save from a clock a year fast, that runs a year
 * ahead until real time catches up, and every snapshot would be dated so.
 * The hybrid clock only orders changes.
 */
export const wallTime = (): string => new Date(hostWallClock()).toISOString();

/** Whether `value` is a time a Date can hold (toISOString throws a RangeError on others). */
const isTime = (value: number) => !Number.isNaN(new Date(value).getTime());

let warnedOfDateNow = false;

/**
 * Date.now, unless the host page broke it: one returning NaN threw a
 * RangeError that stopped the widget starting. `new Date()` reads the
 * system clock without Date.now, so it stands in, with one warning for
 * the site's developers.
 */
function hostWallClock(): number {
  const now = Date.now();
  if (isTime(now)) return now;
  if (!warnedOfDateNow) {
    warnedOfDateNow = true;
    console.warn('<collab-checklist>: Date.now() is broken on this page; using new Date().');
  }
  return new Date().getTime();
}
