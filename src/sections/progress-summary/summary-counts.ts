import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { AnsweredCount, ChecklistProgress, Tally } from '../../core/index.js';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

/**
 * The summary's sentences, as a GOV.UK task list starts: behaviours
 * completed, then practices answered, apart from the bar of what is in
 * place, so 0 % never stands for "not started"; and tailoring's optional
 * practices. They come with the extras, a moment after the bar, to keep the
 * first load small.
 */
export function summaryCounts(locale: string, progress: ChecklistProgress, overall: Tally) {
  const completed = progress.behaviours.filter((behaviour) => behaviour.status === 'completed').length;
  return html`${progress.overall.answered === 0
      ? html`<p class="summary-completed">${msg('You have not answered any practices yet.', { desc: 'Top of the progress summary before anything is answered.' })}</p>`
      : html`<p class="summary-completed">${behavioursCompleted(locale, completed, progress.behaviours.length)}</p>
          <p>${practicesAnswered(locale, progress.overall)}</p>`}
    ${overall.optional > 0 ? html`<p class="summary-optional">${optionalLine(locale, overall)}</p>` : ''}`;
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

/**
 * The summary's one line on tailoring's optional practices, a sentence of
 * its own so that it wraps as one (no "·" to start a line on a phone).
 */
export function optionalLine(locale: string, tally: Tally): string {
  const count = formatNumber(locale, tally.optional);
  return plural(locale, tally.optional, {
    one: () => msg(str`${count} optional practice is left out of these counts until you answer it.`, { id: 'optional-line-one', desc: 'Progress summary, about tailoring: optional practices not yet answered are not counted; plural category "one".' }),
    other: () => msg(str`${count} optional practices are left out of these counts until you answer them.`, { id: 'optional-line-other', desc: 'Progress summary, about tailoring: optional practices not yet answered are not counted, e.g. "5 optional practices are left out of these counts until you answer them."' }),
  });
}
