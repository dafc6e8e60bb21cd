import { msg, str } from '@lit/localize';
import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Behaviour, BehaviourProgress, BehaviourTally } from '../../core/index.js';
import type { ProgressSince } from '../../core/progress/progress-since.js';
import type { Snapshot } from '../../core/progress/snapshot.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { statusLabel } from '../../shared/answered-text.js';
import { elementId } from '../../shared/element-ids.js';
import { optionalCount, practicesInPlace } from '../../shared/progress-text.js';
import { snapshotName, thenAndNow } from '../progress-over-time/snapshot-text.js';
import type { RenderContext } from '../../shared/render-context.js';

/**
 * Where the organisation stands on each behaviour: a table, so every reader
 * gets the numbers, whose middle column draws each score as an SVG bar
 * (hidden from assistive technology, which reads the percent beside it).
 * Five bars need no charting library. Each title links to its behaviour,
 * its status beside it as in a GOV.UK task list.
 * With a snapshot chosen (`since`), a last column says each score then and now.
 */
export function behaviourChart(
  { locale, langOf }: RenderContext,
  behaviours: readonly Behaviour[],
  tallies: readonly BehaviourTally[],
  progress: readonly BehaviourProgress[],
  goTo: (event: Event, targetId: string) => void,
  since?: ProgressSince,
  /** The snapshots kept, so the chosen one is named as it is listed (snapshotName). */
  snapshots: readonly Snapshot[] = [],
) {
  return html`
    <table class="chart" part="chart">
      <caption class="chart-caption">${msg('Progress by behaviour', { desc: 'Caption of the chart/table of each behaviour’s score.' })}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">${msg('Behaviour', { desc: 'Column heading in the progress-by-behaviour table.' })}</th>
          <th scope="col">${msg('Status', { id: 'chart-column-status', desc: 'Column heading in the progress-by-behaviour table: Not started, In progress or Completed.' })}</th>
          <th scope="col">${msg('Score', { desc: 'Column heading: the percent of a behaviour’s practices in place.' })}</th>
          <th scope="col">${msg('Practices in place', { id: 'chart-column-count', desc: 'Column heading: the count of practices in place, e.g. "3 of 8 practices in place".' })}</th>
          ${since ? html`<th scope="col">${changeSince(locale, since, snapshots)}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${behaviours.map((behaviour, index) => {
          const tally = tallies[index];
          return html`<tr class="chart-row">
            <th scope="row" class="chart-label">
              <span class="chart-number">${formatNumber(locale, index + 1)}.</span>
              <a href="#${elementId.behaviourHeading(behaviour.id)}" lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))} @click=${(event: Event) => goTo(event, elementId.behaviourHeading(behaviour.id))}
                >${behaviour.title}</a
              >
            </th>
            <td class="chart-status"><strong class="status-tag status-tag--${progress[index].status}">${statusLabel(progress[index].status)}</strong></td>
            <td class="chart-bar-cell">
              <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                ${svg`<rect class="chart-track" x="0" y="0" width="100" height="10"></rect>
                <rect class="chart-fill" x="0" y="0" width=${tally.percent} height="10"></rect>`}
              </svg>
              <span class="chart-percent">${formatPercent(locale, tally.percent)}</span>
            </td>
            <td class="chart-count">${[practicesInPlace(locale, tally), optionalCount(locale, tally)].filter(Boolean).join(', ')}</td>
            ${since ? html`<td class="chart-count chart-since">${thenAndNow(locale, since.then.behaviours[index].percent, tally.percent)}</td>` : ''}
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}

function changeSince(locale: string, since: ProgressSince, snapshots: readonly Snapshot[]): string {
  const name = snapshotName(locale, since.snapshot, snapshots);
  return msg(str`Since ${name}`, { desc: 'Column heading in the progress-by-behaviour table: each score then (in the chosen snapshot) and now.' });
}
