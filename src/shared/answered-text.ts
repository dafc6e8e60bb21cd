import { msg, str } from '@lit/localize';
import type { AnsweredCount, BehaviourStatus } from '../core/index.js';
import { formatNumber } from '../i18n/format.js';

/** A behaviour's status, in the words of the GOV.UK task list. */
export function statusLabel(status: BehaviourStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Not started', { desc: 'Status of a behaviour nobody has answered yet (as in the GOV.UK task list).' });
    case 'in-progress':
      return msg('In progress', { desc: 'Status of a behaviour with some practices answered but not yet marked reviewed.' });
    case 'completed':
      return msg('Completed', { desc: 'Status of a behaviour whose every practice is answered: ticked, not applicable, or "Not yet" (as in the GOV.UK task list).' });
  }
}

/**
 * "5 of 8 answered": how many practices someone has looked at, ticked or
 * not. The words after the numbers do not change with the count in English
 * or Welsh, so one message serves every plural form.
 */
export function answeredCount(locale: string, count: AnsweredCount): string {
  const answered = formatNumber(locale, count.answered);
  const total = formatNumber(locale, count.total);
  return msg(str`${answered} of ${total} answered`, { desc: 'How many practices have been answered (ticked, marked not applicable, or "Not yet"), e.g. "5 of 8 answered".' });
}
