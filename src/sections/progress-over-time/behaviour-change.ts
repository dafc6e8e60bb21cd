import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Behaviour } from '../../core/index.js';
import type { ProgressSince } from '../../core/progress/progress-since.js';
import type { Snapshot } from '../../core/progress/snapshot.js';
import { elementId, type ChangePlace } from '../../shared/element-ids.js';
import type { RenderContext } from '../../shared/render-context.js';
import { snapshotName, thenAndNow } from './snapshot-text.js';

/** "What changed since 3 March 2026 at 10:15: Board baseline": above the behaviours' changes, on screen and on paper. */
export function changedSince(locale: string, since: ProgressSince, among: readonly Snapshot[]): string {
  const name = snapshotName(locale, since.snapshot, among);
  return msg(str`What changed since ${name}`, { desc: 'Heading above each behaviour’s practices that changed since the chosen snapshot; the value is the snapshot’s time and name.' });
}

/**
 * What changed in the behaviour at `index` since the chosen snapshot:
 * "Then 33%, now 33%", then the practices newly in place, no longer in
 * place and newly not applicable, so that a practice gained and one given
 * up no longer hide behind an unchanged percentage. Each list is named by
 * the behaviour's title (its element has `elementId.changeTitle`, drawn by
 * the caller) and its own label, so a screen reader's list of lists tells
 * them apart. Drawn on screen (Progress over time) and on paper
 * (print-summary.ts), `place` keeping their ids apart.
 */
export function behaviourChange({ locale, langOf }: RenderContext, behaviour: Behaviour, index: number, since: ProgressSince, place: ChangePlace) {
  const change = since.changes[index];
  const lists = [
    { list: 'in', ids: change.newlyInPlace, label: msg('Newly in place', { desc: 'Label of a list of practices in place now that were not in the chosen snapshot.' }) },
    { list: 'out', ids: change.noLongerInPlace, label: msg('No longer in place', { desc: 'Label of a list of practices in place in the chosen snapshot that are not in place now.' }) },
    { list: 'na', ids: change.newlyNotApplicable, label: msg('Newly not applicable', { desc: 'Label of a list of practices marked not applicable since the chosen snapshot.' }) },
  ] as const;
  const title = elementId.changeTitle(behaviour.id, place);
  const textOf = (id: string) => behaviour.practices.find((practice) => practice.id === id)?.text;
  return html`<p class="change-then-now">${thenAndNow(locale, since.then.behaviours[index].percent, since.now.behaviours[index].percent)}</p>
    ${lists.some(({ ids }) => ids.length)
      ? lists.map(({ list, ids, label }) => {
          if (!ids.length) return nothing;
          const labelId = elementId.changeList(behaviour.id, list, place);
          return html`<p class="change-label" id=${labelId}>${label}</p>
            <ul class="change-list change-list--${list}" aria-labelledby="${title} ${labelId}">
              ${ids.map((id) => html`<li lang=${ifDefined(langOf(`practices.${id}`))}>${textOf(id)}</li>`)}
            </ul>`;
        })
      : html`<p class="change-none">${msg('No practice has changed.', { desc: 'Under a behaviour’s score then and now, when no practice is newly in place, no longer in place or newly not applicable.' })}</p>`}`;
}
