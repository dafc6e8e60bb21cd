import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Framework } from '../../core/index.js';
import { formatIsoDate } from '../../i18n/format.js';
import type { RenderContext } from '../../shared/render-context.js';

export interface ReportTitleView {
  /** What the report is, e.g. "Putting collaboration into practice: action plan" (reportTitle). */
  readonly title: string;
  /** The day it is printed, YYYY-MM-DD in the person's time zone. */
  readonly today: string;
  /** The framework as shown, perhaps translated: its title, version and source. */
  readonly framework: Framework;
  /** The organisation's name, as written in the profile. */
  readonly organisation?: string;
  /** "Your name", as written. */
  readonly preparedBy?: string;
  /** "About your organisation: …", as answered (aboutLine), a line of its own. */
  readonly about?: string;
}

export type ReportKind = 'record' | 'plan' | 'compare';

/** The heading of a printed report: the framework's title and which report this is. */
export function reportTitle(framework: Framework, kind: ReportKind): string {
  const { title } = framework;
  switch (kind) {
    case 'record':
      return msg(str`${title}: our progress`, { desc: 'Title of the printout from Print; the value is the framework’s title, e.g. "Putting collaboration into practice: our progress".' });
    case 'plan':
      return msg(str`${title}: action plan`, { desc: 'Title of the printout from Print a plan; the value is the framework’s title.' });
    case 'compare':
      return msg(str`${title}: comparison of answers`, { desc: 'Title of the printed comparison of colleagues’ answers; the value is the framework’s title.' });
  }
}

/**
 * Page 1 of every printed report opens with this: what the report is, whose,
 * who prepared it, when it was printed and against which framework (its
 * version and publication date), so a board paper says where it came from.
 * A term-and-value list: read as pairs by a screen reader, as lines on paper.
 * Its heading is the report document's h1: the report is a document of its
 * own (report-document.ts), not a part of the host page's outline.
 */
export function reportTitleBlock({ locale, langOf }: Omit<RenderContext, 'headingLevel'>, view: ReportTitleView) {
  const { framework, organisation, preparedBy, about } = view;
  const source = framework.source;
  const published = source?.published ? formatIsoDate(locale, source.published) : '';
  const version = msg(str`version ${framework.version}`, { desc: 'After the framework’s name in a printed report’s title block, e.g. "version 2021.2".' });
  const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<header class="report-title-block">
    <h1 class="report-title">${view.title}</h1>
    <dl class="report-facts">
      ${organisation ? row(msg('Organisation', { desc: 'Term in a printed report’s title block, before the organisation’s name.' }), html`<bdi>${organisation}</bdi>`) : nothing}
      ${preparedBy ? row(msg('Prepared by', { desc: 'Term in a printed report’s title block, before the name of the person who filled in the checklist.' }), html`<bdi>${preparedBy}</bdi>`) : nothing}
      ${row(msg('Printed', { desc: 'Term in a printed report’s title block, before the date it was printed.' }), formatIsoDate(locale, view.today))}
      ${row(
        msg('Framework', { desc: 'Term in a printed report’s title block, before the checklist framework’s name, version and publisher.' }),
        html`<span lang=${ifDefined(langOf('title'))}>${framework.title}</span>, ${version}${source
          ? html` (<span lang=${ifDefined(langOf('source.publisher'))}>${source.publisher}</span>${published ? `, ${published}` : ''})`
          : nothing}`,
      )}
    </dl>
    ${about ? html`<p>${about}</p>` : nothing}
  </header>`;
}
