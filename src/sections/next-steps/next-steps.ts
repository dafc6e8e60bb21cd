import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { actionPlan, allPractices, type ActionPlan, type ActionStatus, type Framework, type PlanItem, type PracticeResponse, type Suggestion } from '../../core/index.js';
import { formatIsoDate, formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';

/** What the plan is made from, on screen and on paper alike. */
export interface PlanView {
  /** The framework as shown, perhaps translated. */
  readonly framework: Framework;
  readonly responses: ReadonlyMap<string, PracticeResponse>;
  readonly suggestions: readonly Suggestion[];
  /** The person's calendar date, `YYYY-MM-DD`: a By when before it is Overdue. */
  readonly today: string;
}

/** Why a step is suggested, in a sentence that never repeats the step's own text. */
export function reasonText(framework: Framework, suggestion: Suggestion, practiceText: string): string {
  switch (suggestion.reason) {
    case 'starting-point':
      return msg('A good place to start for organisations like yours.', { desc: 'Why a next step is suggested: the framework names it as a starting point.' });
    case 'responsibility':
      return msg('This falls mostly to organisations with more power or money, like yours.', { desc: 'Why a next step is suggested to a larger organisation or usual lead.' });
    case 'weakest-behaviour': {
      const title = framework.behaviours.find((behaviour) => behaviour.id === suggestion.behaviourId)?.title ?? '';
      // A behaviour of one practice may have the same words for both (NCVO's first does).
      if (!title || sameText(title, practiceText))
        return msg('From one of your least developed behaviours.', { desc: 'Why a next step is suggested, when the practice has the same words as its behaviour’s title.' });
      return msg(str`From one of your least developed behaviours: ${title}`, { desc: 'Why a next step is suggested; the value is a behaviour title.' });
    }
  }
}

/** The same words, whatever the spacing, case or closing full stop. */
function sameText(a: string, b: string): boolean {
  const plain = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.。]$/, '').toLocaleLowerCase();
  return plain(a) === plain(b);
}

/** A status in words (never colour alone), as on screen and on paper. */
export function statusText(status: ActionStatus): string {
  switch (status) {
    case 'done':
      return msg('Done', { desc: 'Status of an action in the action plan: its practice is now in place.' });
    case 'overdue':
      return msg('Overdue', { desc: 'Status of an action in the action plan: its By when date has passed and the practice is not in place.' });
    case 'not-yet':
      return msg('Not yet', { desc: 'Comparing colleagues’ answers: the practice is not yet in place.' });
  }
}

/**
 * The action plan as a board's action log: "Agreed actions" (a Who or a
 * By when is given), then "Next steps to agree" (a note only, or
 * suggested), each a table of Action, Who, By when and Status, then how
 * many practices not yet in place are in neither. The screen, Print and
 * Print a plan all draw it from one actionPlan, so they cannot disagree.
 */
export function planTables({ locale, langOf }: RenderContext, view: PlanView, plan: ActionPlan = actionPlan(view.framework, view.responses, view.suggestions, view.today)) {
  const { framework, responses } = view;
  const practices = new Map(allPractices(framework).map((practice) => [practice.id, practice]));
  const who = msg('Who', { desc: 'Label of a text field under a practice’s notes: the person or team taking the next step.' });
  const byWhen = msg('By when', { desc: 'Label of a date field under a practice’s notes: the date the next step should be done by.' });
  const status = msg('Status', { desc: 'Spreadsheet column heading: in place, not yet, or not applicable.' });
  const table = (caption: string, items: readonly PlanItem[]) => html`<table class="plan-table">
    <caption class="plan-caption">${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Action', { desc: 'Column heading of the action plan: the practice and its next step.' })}</th>
        <th scope="col">${who}</th>
        <th scope="col">${byWhen}</th>
        <th scope="col">${status}</th>
      </tr>
    </thead>
    <tbody>
      ${items.map((item) => {
        const text = practices.get(item.practiceId)?.text ?? item.practiceId;
        const note = responses.get(item.practiceId)?.note ?? '';
        return html`<tr class="plan-row ${item.suggested ? 'plan-suggested' : ''}">
          <td class="plan-action">
            <span class="plan-practice"
              >${item.suggested
                ? html`<span class="plan-lead">${msg('For your organisation to consider:', { desc: 'Before a suggested practice, whose text is the framework’s own (in the third person, "Clearly communicate their intention…", or a phrase, "Aligning values…").' })}</span> `
                : nothing}<span class="next-step-text" lang=${ifDefined(langOf(`practices.${item.practiceId}`))}>${text}</span></span
            >
            ${/\S/.test(note) ? html`<span class="plan-note">${note}</span>` : nothing}
            ${item.suggested
              ? html`<span class="plan-why"
                  ><b>${msg('Suggested:', { desc: 'Marks a step the checklist suggests (nobody has written it), before the reason why.' })}</b>
                  <span class="next-step-reason">${reasonText(framework, { practiceId: item.practiceId, behaviourId: item.behaviourId, reason: item.suggested }, text)}</span></span
                >`
              : nothing}
          </td>
          <td data-label=${who}>${item.owner ? html`<bdi>${item.owner}</bdi>` : nothing}</td>
          <td data-label=${byWhen} class="plan-date">${item.due ? formatIsoDate(locale, item.due) : nothing}</td>
          <td data-label=${status}><span class="plan-status plan-status--${item.status}">${statusText(item.status)}</span></td>
        </tr>`;
      })}
    </tbody>
  </table>`;
  const open = plan.agreed.some((item) => item.status !== 'done') || plan.toAgree.length > 0 || plan.unlisted > 0;
  return html`${plan.agreed.length || plan.toAgree.length
      ? html`<p class="plan-hint">${msg('An agreed action has a Who or a By when. The others are for your meeting to agree.', { desc: 'Explains the two tables of the action plan.' })}</p>`
      : nothing}
    ${plan.agreed.length ? table(msg('Agreed actions', { desc: 'Caption of the action plan table of steps with a Who or a By when.' }), plan.agreed) : nothing}
    ${plan.toAgree.length ? table(msg('Next steps to agree', { desc: 'Caption of the action plan table of steps with no Who or By when yet: notes, and the checklist’s suggestions.' }), plan.toAgree) : nothing}
    ${!open
      ? html`<p class="plan-count">${msg('Every applicable practice is in place.', { desc: 'Printed under Next steps when nothing is left to do.' })}</p>`
      : plan.unlisted === 0
        ? nothing
        : plan.agreed.length || plan.toAgree.length
          ? html`<p class="plan-count">${notInPlan(locale, plan.unlisted)}</p>`
          : html`<p class="plan-count">${msg('No next steps have been written yet. Add them under each practice’s notes: what to do, who and by when.', { desc: 'Printed under Action plan when no practice has a next step and none is suggested.' })}</p>`}`;
}

/** "15 other practices not yet in place have no next step written.": counted, rather than listed as empty rows. */
function notInPlan(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  return plural(locale, count, {
    zero: () => msg(str`${n} other practices not yet in place have no next step written.`, { id: 'not-in-plan-zero', desc: 'Under the action plan, plural category "zero" (CLDR). English uses only "one" and "other".' }),
    one: () => msg(str`${n} other practice not yet in place has no next step written.`, { id: 'not-in-plan-one', desc: 'Under the action plan, plural category "one" (CLDR).' }),
    two: () => msg(str`${n} other practices not yet in place have no next step written.`, { id: 'not-in-plan-two', desc: 'Under the action plan, plural category "two" (CLDR). English uses only "one" and "other".' }),
    few: () => msg(str`${n} other practices not yet in place have no next step written.`, { id: 'not-in-plan-few', desc: 'Under the action plan, plural category "few" (CLDR). English uses only "one" and "other".' }),
    many: () => msg(str`${n} other practices not yet in place have no next step written.`, { id: 'not-in-plan-many', desc: 'Under the action plan, plural category "many" (CLDR). English uses only "one" and "other".' }),
    other: () => msg(str`${n} other practices not yet in place have no next step written.`, { id: 'not-in-plan-other', desc: 'Under the action plan, e.g. "15 other practices not yet in place have no next step written." (the plan lists the rest above it).' }),
  });
}

/**
 * The action plan on screen, above the practices: shown once it lists
 * something (a step written, or a suggestion, which waits for something to
 * go on). Hidden on paper, where the printed plan stands in for it.
 */
export function nextSteps(context: RenderContext, view: PlanView) {
  const plan = actionPlan(view.framework, view.responses, view.suggestions, view.today);
  if (plan.agreed.length === 0 && plan.toAgree.length === 0) return nothing;
  return html`
    <section class="next-steps" part="next-steps" aria-labelledby="next-steps-title">
      ${heading(context.headingLevel, msg('Action plan', { desc: 'Heading of the action plan, on screen and on paper: agreed actions, then next steps to agree.' }), { id: 'next-steps-title', className: 'next-steps-title', focusTarget: true })}
      ${planTables(context, view, plan)}
    </section>
  `;
}
