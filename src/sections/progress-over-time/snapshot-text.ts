import { msg, str } from '@lit/localize';
import type { Snapshot } from '../../core/index.js';
import { formatLocalDay, formatNumber, formatPercent } from '../../i18n/format.js';
import { timeFormat } from '../../i18n/intl-cache.js';
import { isolated } from '../../shared/isolated.js';

/** When a snapshot was taken, where the person is: "3 March 2026 at 10:15". */
export function snapshotTime(locale: string, takenAt: string): string {
  const date = formatLocalDay(locale, takenAt);
  const time = timeFormat(locale).format(new Date(takenAt));
  return msg(str`${date} at ${time}`, { desc: 'When a snapshot was taken, e.g. "3 March 2026 at 10:15".' });
}

/**
 * A snapshot as the person knows it: its time, and its name if it has one.
 * Snapshots of `among` taken in the same minute are numbered in order
 * ("10:15 (2)"), so that every Delete button and choice is named apart.
 */
export function snapshotName(locale: string, snapshot: Snapshot, among: readonly Snapshot[] = []): string {
  const minute = snapshot.takenAt.slice(0, 16);
  const sameMinute = among.filter((each) => each.takenAt.slice(0, 16) === minute);
  const place = sameMinute.findIndex((each) => each.takenAt === snapshot.takenAt) + 1;
  const time = snapshotTime(locale, snapshot.takenAt);
  const number = formatNumber(locale, place);
  const when = sameMinute.length > 1 && place ? msg(str`${time} (${number})`, { desc: 'Two snapshots taken in the same minute are numbered in order, e.g. "3 March 2026 at 10:15 (2)".' }) : time;
  // Isolated: a name with U+202E made "Then 3%, now 6%" after it read "%6 won ,%3 nehT".
  const label = snapshot.label && isolated(snapshot.label);
  return label ? msg(str`${when}: ${label}`, { desc: 'A snapshot with the name the person gave it, e.g. "3 March 2026 at 10:15: Board baseline".' }) : when;
}

/** "Then 20%, now 45%": a behaviour's score in the chosen snapshot and now, in words (not colour). */
export function thenAndNow(locale: string, then: number, now: number): string {
  const before = formatPercent(locale, then);
  const after = formatPercent(locale, now);
  return msg(str`Then ${before}, now ${after}`, { desc: 'A score in a saved snapshot and now, e.g. "Then 20%, now 45%".' });
}

/** The CSV column of the chosen snapshot: "Status on 3 March 2026 at 10:15: Board baseline". */
export function snapshotColumn(locale: string, snapshot: Snapshot, among: readonly Snapshot[]): string {
  const name = snapshotName(locale, snapshot, among);
  return msg(str`Status on ${name}`, { desc: 'Spreadsheet column heading: each practice’s status in the chosen snapshot, e.g. "Status on 3 March 2026 at 10:15: Board baseline".' });
}
