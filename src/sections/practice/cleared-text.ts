import { msg } from '@lit/localize';

/** What choosing one of a practice's exclusive answers took away: "In place" or "Not applicable". */
export type Cleared = 'in-place' | 'not-applicable';

export function clearedText(cleared: Cleared): string {
  return cleared === 'in-place'
    ? msg('Marked not applicable, so no longer in place.', { desc: 'Shown beside a practice and announced when ticking "Not applicable" unticks the practice (or clears its level).' })
    : msg('No longer marked not applicable.', { desc: 'Shown beside a practice and announced when choosing a level (ticking "in place") unticks "Not applicable".' });
}
