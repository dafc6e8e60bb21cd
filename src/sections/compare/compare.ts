import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CompareProblem } from './compare-controller.js';
import { COMPARED_ANSWERS, type AnswerCounts, type ComparedAnswer, type Comparison } from '../../core/compare/compare-answers.js';
import type { Framework } from '../../core/index.js';
import type { ImportProblem } from '../../core/exchange/export-file.js';
import { formatNumber } from '../../i18n/format.js';
import { heading } from '../../shared/heading.js';
import { isolated } from '../../shared/isolated.js';

export interface ComparisonActions {
  downloadCsv(): void;
  print(): void;
  close(): void;
}


export function answerLabel(answer: ComparedAnswer): string {
  switch (answer) {
    case 'in-place':
      return msg('In place', { desc: 'Comparing colleagues’ answers: the practice is in place.' });
    case 'not-yet':
      return msg('Not yet', { desc: 'Comparing colleagues’ answers: the practice is not yet in place.' });
    case 'not-applicable':
      return msg('Not applicable', { desc: 'Checkbox beside a practice: the practice does not apply to this organisation.' });
    case 'not-answered':
      return msg('Not answered', { desc: 'Comparing colleagues’ answers: the person has not answered this practice.' });
  }
}

/**
 * Colleagues' answers side by side: files that could not be read, the
 * discussion list (where answers differ, with who said what), then each
 * behaviour's counts per practice. Names and file names are isolated
 * (`<bdi>`), so a right-to-left name or a stray direction mark cannot turn
 * the text around it.
 */
/** What a comparison shows: `framework` is in the reader's language, `langOf` marks text still in another. */
export interface ComparisonView {
  readonly headingLevel: number;
  readonly locale: string;
  readonly framework: Framework;
  readonly comparison: Comparison;
  readonly problems: readonly CompareProblem[];
  readonly langOf: (path: string) => string | undefined;
  /**
   * Import's words for a refused file, from the extras chunk, loaded before
   * anyone can compare: importing import-notice.ts here would split it into
   * a file of its own.
   */
  readonly problemText: (locale: string, problem: ImportProblem) => unknown;
}

export function comparisonSection({ headingLevel, locale, framework, comparison, problems, langOf, problemText }: ComparisonView, actions: ComparisonActions) {
  const countsText = (counts: AnswerCounts) =>
    COMPARED_ANSWERS.filter((answer) => counts[answer] > 0)
      .map((answer) => `${answerLabel(answer)}: ${formatNumber(locale, counts[answer])}`)
      .join('; ');
  const practices = new Map(framework.behaviours.flatMap((behaviour) => behaviour.practices.map((practice) => [practice.id, practice.text])));
  const practiceText = (id: string) => html`<span lang=${ifDefined(langOf(`practices.${id}`))}>${practices.get(id) ?? id}</span>`;
  const compared = comparison.behaviours.flatMap((behaviour) => behaviour.practices);
  const people = comparison.names.length;
  return html`
    <section class="comparison" part="comparison" aria-labelledby="comparison-title">
      ${heading(headingLevel, msg('Answers compared', { desc: 'Heading of the comparison of colleagues’ exported answers.' }), { id: 'comparison-title', className: 'actions-title', focusTarget: true })}
      <p class="actions-hint">${msg('Compared in this browser: nothing was sent anywhere, and your own answers have not changed.', { desc: 'Reassurance at the top of the comparison of colleagues’ answers.' })}</p>
      ${problems.map(({ fileName: chosenName, problem }) => {
        const fileName = isolated(chosenName);
        return html`<div class="notice" role="alert" part="notice">
          <p class="notice-title">${msg(str`“${fileName}” could not be compared`, { desc: 'Title of the error shown when one of the files chosen to compare is refused; the value is the file name.' })}</p>
          ${problemText(locale, problem)}
        </div>`;
      })}
      ${people === 0
        ? html`<p>${msg('None of the files could be compared.', { desc: 'Shown when every file chosen to compare was refused.' })}</p>`
        : html`
            <p>${msg(str`Files compared: ${formatNumber(locale, people)}`, { desc: 'Count of the files compared; the list of names follows.' })}</p>
            <ul class="comparison-people">
              ${comparison.names.map((name) => html`<li><bdi>${name}</bdi></li>`)}
            </ul>
            ${heading(headingLevel + 1, msg(str`Where answers differ (${formatNumber(locale, comparison.disagreements.length)})`, { desc: 'Heading of the list of practices where colleagues gave different answers; the value is how many.' }), { className: 'next-steps-title' })}
            ${comparison.disagreements.length === 0
              ? html`<p>${msg('Everyone gave the same answers.', { desc: 'Shown in the comparison when no practice has different answers.' })}</p>`
              : html`<ol class="discussion-list">
                  ${compared
                    .filter((practice) => practice.differs)
                    .map(
                      (practice) => html`<li>
                        ${practiceText(practice.practiceId)}
                        <span class="next-step-reason">${countsText(practice.counts)}</span>
                        <ul class="comparison-answers">
                          ${practice.answers.map((answer, index) => html`<li><bdi>${comparison.names[index]}</bdi>: ${answerLabel(answer)}</li>`)}
                        </ul>
                      </li>`,
                    )}
                </ol>`}
            ${heading(headingLevel + 1, msg('Answers by behaviour', { desc: 'Heading of the tables counting colleagues’ answers per practice.' }), { className: 'next-steps-title' })}
            ${framework.behaviours.map((behaviour, b) => {
              const counted = comparison.behaviours[b];
              return html`<table class="chart comparison-table">
                <caption class="chart-caption" lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</caption>
                <thead>
                  <tr class="chart-row">
                    <th scope="col" class="chart-label">${msg('Practice', { desc: 'Spreadsheet column heading: the practice text.' })}</th>
                    ${COMPARED_ANSWERS.map((answer) => html`<th scope="col">${answerLabel(answer)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${counted.practices.map(
                    (practice) => html`<tr class="chart-row">
                      <th scope="row" class="chart-label">${practiceText(practice.practiceId)}</th>
                      ${COMPARED_ANSWERS.map((answer) => html`<td>${formatNumber(locale, practice.counts[answer])}</td>`)}
                    </tr>`,
                  )}
                </tbody>
                <tfoot>
                  <tr class="chart-row">
                    <th scope="row" class="chart-label">${msg('All practices in this behaviour', { desc: 'Comparison table: the row adding up every practice of a behaviour.' })}</th>
                    ${COMPARED_ANSWERS.map((answer) => html`<td>${formatNumber(locale, counted.counts[answer])}</td>`)}
                  </tr>
                </tfoot>
              </table>`;
            })}
          `}
      <div class="button-row comparison-buttons">
        ${people === 0
          ? nothing
          : html`<button type="button" class="button button--secondary" part="button" @click=${actions.downloadCsv}>
                ${msg('Download comparison (CSV)', { desc: 'Button: downloads the comparison of colleagues’ answers as a spreadsheet.' })}
              </button>
              <button type="button" class="button button--secondary" part="button" @click=${actions.print}>
                ${msg('Print comparison', { desc: 'Button: prints the comparison of colleagues’ answers.' })}
              </button>`}
        <button type="button" class="button button--secondary" part="button" @click=${actions.close}>
          ${msg('Close comparison', { desc: 'Button: hides the comparison of colleagues’ answers.' })}
        </button>
      </div>
    </section>
  `;
}
