import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CompareResult } from './compare-controller.js';
import { OWN_COLUMN_ID, TAKE_ALL_ID, UNDO_ID, useButtonId, type AgreedAnswersController } from './agreed-answers-controller.js';
import { answersAllAgreeOn, takenAnswer } from '../../core/compare/agreed-answers.js';
import { comparedAnswer, type ComparedAnswer, type Comparison, type PracticeComparison } from '../../core/compare/compare-answers.js';
import type { ProfileQuestion } from '../../core/compare/compare-profiles.js';
import type { ComparedFile } from '../../core/compare/compare-files.js';
import type { Framework, OrganisationSize, PartnershipRole, PracticeResponse } from '../../core/index.js';
import type { ImportProblem } from '../../core/exchange/export-file.js';
import { answerLabel } from './answer-label.js';
import { downloadComparisonCsv } from './compare-csv-download.js';
import { formatIsoDate, formatLocalDay, formatNumber, formatPercent } from '../../i18n/format.js';
import { heading } from '../../shared/heading.js';
import { isolated } from '../../shared/isolated.js';
import { practicesInPlace } from '../../shared/progress-text.js';

export interface ComparisonActions {
  print(): void;
  close(): void;
}

/** What a comparison shows: `framework` is in the reader's language, `langOf` marks text still in another. */
export interface ComparisonView {
  readonly headingLevel: number;
  readonly locale: string;
  readonly framework: Framework;
  readonly result: CompareResult;
  readonly langOf: (path: string) => string | undefined;
  /**
   * Import's words for a refused file, and the profile's words for a size
   * and a role: the extras chunk, loaded before anyone can compare
   * (importing them here would split them into a file of their own).
   */
  readonly extras: {
    problemText(locale: string, problem: ImportProblem): unknown;
    sizeLabel(size: OrganisationSize): string;
    roleLabel(role: PartnershipRole): string;
  };
}

/**
 * Colleagues' answers side by side, to decide from: the files compared,
 * how each person described the organisation, then one table of practices
 * by person, with each person's score, notes, Who and By when, whether all
 * agree, and the answer the meeting took as agreed. Names and file names are
 * isolated (`<bdi>`), so a right-to-left name or a stray direction mark
 * cannot turn the text around it.
 */
export function comparisonSection(view: ComparisonView, agreed: AgreedAnswersController, actions: ComparisonActions) {
  const { headingLevel, locale, framework, result } = view;
  const comparison = agreed.comparison(framework, result.files);
  const people = comparison.names.length;
  return html`
    <section class="comparison" part="comparison" aria-labelledby="comparison-title">
      ${heading(headingLevel, msg('Answers compared', { desc: 'Heading of the comparison of colleagues’ exported answers.' }), { id: 'comparison-title', className: 'actions-title', focusTarget: true })}
      <p class="actions-hint comparison-screen-only">${msg('Compared in this browser: nothing was sent anywhere. Your own answers change only if you take an answer as agreed.', { desc: 'Reassurance at the top of the comparison of colleagues’ answers.' })}</p>
      ${result.problems.map(({ fileName: chosenName, problem }) => {
        const fileName = isolated(chosenName);
        return html`<div class="notice" role="alert" part="notice">
          <p class="notice-title">${msg(str`“${fileName}” could not be compared`, { desc: 'Title of the error shown when one of the files chosen to compare is refused; the value is the file name.' })}</p>
          ${view.extras.problemText(locale, problem)}
        </div>`;
      })}
      <div class="comparison-own">
        <input type="checkbox" class="checkbox" id=${OWN_COLUMN_ID} .checked=${agreed.includeOwn} @change=${agreed.toggleOwn} aria-describedby="comparison-own-hint" />
        <label for=${OWN_COLUMN_ID}>${msg('Include my own answers', { desc: 'Checkbox in the comparison: adds this browser’s answers as a column, without exporting a file.' })}</label>
        <p class="actions-hint" id="comparison-own-hint">${msg('Your answers in this browser, as they are now, in a column called “You (this browser)”.', { desc: 'Hint under the checkbox that adds this browser’s answers to the comparison.' })}</p>
      </div>
      ${people === 0
        ? html`<p>${msg('None of the files could be compared.', { desc: 'Shown when every file chosen to compare was refused.' })}</p>`
        : html`
            ${filesCompared(locale, result.files, comparison, agreed.includeOwn)}
            ${profileTable(view, comparison)}
            ${matrix(view, comparison, agreed)}
          `}
      <div class="button-row comparison-buttons">
        ${people === 0
          ? nothing
          : html`<button type="button" class="button button--secondary" part="button" @click=${(event: Event) => downloadComparisonCsv((event.target as Element).getRootNode() as ShadowRoot, result.framework, framework, comparison)}>
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

function filesCompared(locale: string, files: readonly ComparedFile[], comparison: Comparison, includeOwn: boolean) {
  const people = files.length;
  return html`<p>${msg(str`Files compared: ${formatNumber(locale, people)}`, { desc: 'Count of the files compared; the list of names follows.' })}</p>
    <ul class="comparison-people">
      ${files.map(({ fileName, exportedAt }, index) => {
        const day = formatLocalDay(locale, exportedAt);
        const name = comparison.names[index];
        // A file with no name in it is called by its file name: said once.
        return html`<li>${name === fileName.normalize('NFC') ? nothing : html`<bdi>${name}</bdi>: `}${msg(str`${isolated(fileName)}, exported ${day}`, { desc: 'A file in the list of files compared: its file name, then the day it was exported, e.g. "sian.json, exported 25 November 2026".' })}</li>`;
      })}
      ${includeOwn
        ? html`<li><bdi>${comparison.names[files.length]}</bdi>: ${msg('your answers in this browser, as they are now', { desc: 'In the list of files compared: this browser’s own answers, included without a file.' })}</li>`
        : nothing}
    </ul>`;
}

/** A cell with nothing given: blank to the eye, "Not answered" to a screen reader. */
const notAnswered = () => html`<span class="visually-hidden">${answerLabel('not-answered')}</span>`;

/** A wide table in a region that scrolls sideways on a narrow screen, focusable so the keyboard can scroll it (GOV.UK). */
const scrolling = (captionId: string, table: unknown) => html`<div class="comparison-scroll" role="region" aria-labelledby=${captionId} tabindex="0">${table}</div>`;

function profileTable(view: ComparisonView, comparison: Comparison) {
  const { sizeLabel, roleLabel } = view.extras;
  const profiles = comparison.profiles;
  const question = (which: ProfileQuestion) =>
    which === 'organisation'
      ? msg('Organisation name', { desc: 'Comparison row heading: the organisation’s name as each person wrote it.' })
      : which === 'size'
        ? msg('Annual income', { desc: 'Question: the organisation’s annual income band.' })
        : msg('In partnerships, your organisation usually…', { desc: 'Question: how the organisation usually takes part in partnerships.' });
  const answer = (which: ProfileQuestion, value: string | undefined) =>
    value === undefined ? notAnswered() : which === 'size' ? sizeLabel(value as OrganisationSize) : which === 'role' ? roleLabel(value as PartnershipRole) : html`<bdi>${value}</bdi>`;
  const differ = profiles.some((row) => row.differs);
  return html`
    ${heading(view.headingLevel + 1, msg('About the organisation', { desc: 'Heading in the comparison: how each person described the organisation.' }), { className: 'next-steps-title' })}
    <p class=${differ ? 'comparison-flag' : ''}>
      ${differ
        ? msg('People described the organisation differently. Their checklists are tailored to what each said, so their scores may count different practices.', { desc: 'Shown in the comparison when people’s answers about the organisation differ.' })
        : msg('Everyone described the organisation the same way.', { desc: 'Shown in the comparison when everyone’s answers about the organisation are the same.' })}
    </p>
    ${scrolling(
      'comparison-profile-caption',
      html`<table class="comparison-table comparison-profile">
        <caption id="comparison-profile-caption">${msg('About the organisation, as each person described it', { desc: 'Caption of the comparison table of each person’s answers about the organisation.' })}</caption>
        <thead>
          <tr>
            <td class="comparison-practice"></td>
            ${comparison.names.map((name) => html`<th scope="col"><bdi>${name}</bdi></th>`)}
            <th scope="col">${msg('Same for everyone', { desc: 'Comparison column heading: whether everyone gave the same answer about the organisation.' })}</th>
          </tr>
        </thead>
        <tbody>
          ${profiles.map(
            (row) => html`<tr>
              <th scope="row">${question(row.question)}</th>
              ${row.answers.map((value) => html`<td>${answer(row.question, value)}</td>`)}
              <td>${row.differs ? html`<strong>${msg('Different', { desc: 'Comparison cell: people gave different answers about the organisation.' })}</strong>` : msg('Same', { desc: 'Comparison cell: everyone gave the same answer about the organisation.' })}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  `;
}

function matrix(view: ComparisonView, comparison: Comparison, agreed: AgreedAnswersController) {
  const { locale, framework, langOf } = view;
  const scale = framework.ratingScale;
  // Practice, each person, All agree: the agreed column has a cell of its own in every row, so a print without it leaves no empty column.
  const columns = comparison.names.length + 3;
  // Only what is not agreed yet: taking again would leave Undo nothing to give back but the answers just taken.
  const allAgreed = new Map([...answersAllAgreeOn(comparison, scale)].filter(([id]) => !agreed.agreed(id)));
  const anyAgreed = framework.behaviours.some((behaviour) => behaviour.practices.some((practice) => agreed.agreed(practice.id)));
  const last = agreed.last;
  const undo = (name: string, id: string) => html`<button type="button" class="button button--secondary button--small" id=${id} @click=${agreed.undo} aria-label=${name}>${msg('Undo', { id: 'compare-undo', desc: 'Button in the comparison: gives back this browser’s answers as they were before the last answer taken as agreed.' })}</button>`;
  return html`
    ${heading(view.headingLevel + 1, msg('Answers by practice', { desc: 'Heading of the comparison table: each practice, each person’s answer.' }), { className: 'next-steps-title' })}
    <p class="actions-hint">${msg('N/A means not applicable. A blank cell means the person has not answered.', { desc: 'Key under the comparison table heading.' })}</p>
    <div class="button-row comparison-take">
      ${allAgreed.size > 0
        ? html`<button type="button" class="button button--secondary" id=${TAKE_ALL_ID} part="button" @click=${() => agreed.take(allAgreed, tookAll(locale, allAgreed.size))}>
            ${msg('Use every answer all agree on', { desc: 'Button in the comparison: takes, as this browser’s agreed answers, every practice where everyone gave the same answer.' })}
          </button>`
        : nothing}
      ${last && last.practiceId === undefined
        ? html`<p class="comparison-taken">${last.said}</p>${undo(msg('Undo taking every answer all agree on', { desc: 'Name of the Undo button after taking every answer all agree on.' }), UNDO_ID)}`
        : nothing}
    </div>
    ${scrolling(
      'comparison-matrix-caption',
      html`<table class="comparison-table comparison-matrix ${anyAgreed ? 'has-agreed' : ''}">
        <caption id="comparison-matrix-caption">${msg('Answers by practice and person', { desc: 'Caption of the comparison table: rows are practices, columns are people.' })}</caption>
        <thead>
          <tr>
            <th scope="col" class="comparison-practice">${msg('Practice', { desc: 'Spreadsheet column heading: the practice text.' })}</th>
            ${comparison.names.map((name) => html`<th scope="col"><bdi>${name}</bdi></th>`)}
            <th scope="col">${msg('All agree', { desc: 'Comparison column heading: whether everyone gave the same answer.' })}</th>
            <th scope="col" class="comparison-agreed">${msg('Agreed answer', { desc: 'Comparison column heading: the answer taken as the organisation’s agreed one, in this browser.' })}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="comparison-scores">
            <th scope="row">${msg('Score', { id: 'compare-score', desc: 'Comparison row heading: each person’s share of practices in place.' })}</th>
            ${comparison.scores.map(({ overall }) => html`<td><strong>${formatPercent(locale, overall.percent)}</strong> <span class="comparison-detail">${practicesInPlace(locale, overall)}</span></td>`)}
            <td></td>
            <td class="comparison-agreed"></td>
          </tr>
        </tbody>
        ${framework.behaviours.map(
          (behaviour, b) => html`<tbody>
            <tr>
              <th scope="rowgroup" colspan=${columns - 1} class="comparison-behaviour" lang=${ifDefined(langOf(`behaviours.${behaviour.id}.title`))}>${behaviour.title}</th>
              <td class="comparison-agreed"></td>
            </tr>
            ${comparison.behaviours[b].practices.map((compared, p) => {
              const practice = behaviour.practices[p];
              const taken = agreed.agreed(practice.id);
              const given = taken && comparedAnswer({ ...taken, note: '', changedAt: '' }, scale, true);
              // The answer already agreed is not offered again.
              const offered = [...new Set(compared.answers)].filter((answer) => answer !== 'not-answered' && answer !== given);
              return html`<tr>
                <th scope="row" class="comparison-practice" lang=${ifDefined(langOf(`practices.${practice.id}`))}>${practice.text}</th>
                ${compared.answers.map((answer, index) => html`<td class="comparison-answer answer--${answer}">${answerCell(locale, answer, compared.responses[index])}</td>`)}
                <td>${compared.allAgree ? html`<strong>${msg('All agree', { desc: 'Comparison column heading: whether everyone gave the same answer.' })}</strong>` : compared.differs ? msg('Differ', { desc: 'Comparison cell: people gave different answers to this practice.' }) : nothing}</td>
                <td class="comparison-agreed">
                  ${given ? html`<p class="comparison-agreed-answer"><strong>${msg('Agreed:', { desc: 'Comparison cell, before the answer taken as agreed, e.g. "Agreed: In place".' })}</strong> ${answerLabel(given)}</p>` : nothing}
                  <div class="comparison-use">
                    ${offered.map((answer) => {
                      const label = answerLabel(answer);
                      const text = practice.text;
                      return html`<button
                        type="button"
                        class="button button--secondary button--small"
                        id=${useButtonId(practice.id, answer)}
                        aria-label=${msg(str`Use ${label} for ${text}`, { desc: 'Name of a button in the comparison: takes this answer as the agreed one for the practice, e.g. "Use In place for Agree roles".' })}
                        @click=${() => takeOne(agreed, compared, answer, practice.id, text, scale)}
                      >${msg(str`Use ${label}`, { desc: 'Button in the comparison: takes this answer, e.g. "In place", as the agreed one for the practice.' })}</button>`;
                    })}
                    ${last?.practiceId === practice.id ? undo(msg(str`Undo taking ${answerLabel(last.answer ?? 'in-place')} for ${practice.text}`, { desc: 'Name of the Undo button after taking an answer for one practice, e.g. "Undo taking In place for Agree roles".' }), UNDO_ID) : nothing}
                  </div>
                </td>
              </tr>`;
            })}
          </tbody>`,
        )}
      </table>`,
    )}
  `;
}

function takeOne(agreed: AgreedAnswersController, compared: PracticeComparison, answer: ComparedAnswer, practiceId: string, text: string, scale: Framework['ratingScale']) {
  const taken = takenAnswer(answer, compared.answers, compared.responses, scale);
  if (!taken) return;
  const label = answerLabel(answer);
  agreed.take(new Map([[practiceId, taken]]), msg(str`${label} taken as the agreed answer for ${text}.`, { desc: 'Said after taking one answer as agreed in the comparison, e.g. "In place taken as the agreed answer for Agree roles."' }), practiceId, answer);
}

const tookAll = (locale: string, count: number) => {
  const practices = formatNumber(locale, count);
  return msg(str`Answers taken as agreed where everyone agrees: ${practices}.`, { desc: 'Said and shown after taking every answer all agree on in the comparison; the value is how many practices.' });
};

/** A person's answer in words (N/A shown short, read in full), then their note, Who and By when as written. */
function answerCell(locale: string, answer: ComparedAnswer, response: PracticeResponse | undefined) {
  const note = response?.note ?? '';
  const details = /\S/.test(note) || response?.owner || response?.due;
  const word =
    answer === 'not-answered'
      ? // A note with no answer says "Not answered" to the eye too, so the note is not read as an answer.
        details
        ? answerLabel(answer)
        : notAnswered()
      : answer === 'not-applicable'
        ? html`<span aria-hidden="true">${msg('N/A', { desc: 'Short for "Not applicable" in the comparison table; the key above the table says what it means.' })}</span><span class="visually-hidden">${answerLabel(answer)}</span>`
        : answerLabel(answer);
  return html`${word}
    ${/\S/.test(note) ? html`<p class="comparison-note">${note}</p>` : nothing}
    ${response?.owner ? html`<p class="comparison-detail"><b>${msg('Who', { desc: 'Label of a text field under a practice’s notes: the person or team taking the next step.' })}:</b> <bdi>${response.owner}</bdi></p>` : nothing}
    ${response?.due ? html`<p class="comparison-detail"><b>${msg('By when', { desc: 'Label of a date field under a practice’s notes: the date the next step should be done by.' })}:</b> ${formatIsoDate(locale, response.due)}</p>` : nothing}`;
}
