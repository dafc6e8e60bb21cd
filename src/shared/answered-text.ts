import { msg, str } from '@lit/localize';
import type { AnsweredCount, BehaviourStatus } from '../core/index.js';
import { formatNumber } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';

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

/*
 * The counts at the top, as a GOV.UK task list says them. The noun follows
 * the second number: English needs "one" and "other", and Welsh, which puts
 * the singular after a numeral, says every count one way.
 */

/** "You have completed 2 of 5 behaviours." */
export function behavioursCompleted(locale: string, completed: number, total: number): string {
  const done = formatNumber(locale, completed);
  const all = formatNumber(locale, total);
  return plural(locale, total, {
    one: () => msg(str`You have completed ${done} of ${all} behaviour.`, { id: 'behaviours-completed-one', desc: 'Top of the progress summary, as the GOV.UK task list, when the second number is in plural category "one".' }),
    other: () => msg(str`You have completed ${done} of ${all} behaviours.`, { id: 'behaviours-completed-other', desc: 'Top of the progress summary, as the GOV.UK task list, e.g. "You have completed 2 of 5 behaviours."' }),
  });
}

/** "You have answered 14 of 30 practices.": looked at, whatever the answer; "in place" is the bar below. */
export function practicesAnswered(locale: string, count: AnsweredCount): string {
  const answered = formatNumber(locale, count.answered);
  const total = formatNumber(locale, count.total);
  return plural(locale, count.total, {
    one: () => msg(str`You have answered ${answered} of ${total} practice.`, { id: 'practices-answered-one', desc: 'Progress summary: practices ticked, not applicable or "Not yet", when the second number is in plural category "one".' }),
    other: () => msg(str`You have answered ${answered} of ${total} practices.`, { id: 'practices-answered-other', desc: 'Progress summary: practices ticked, not applicable or "Not yet", e.g. "You have answered 14 of 30 practices."' }),
  });
}
