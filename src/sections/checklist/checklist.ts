import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Framework } from '../../core/index.js';
import type { Locale } from '../../i18n/locales.js';
import { heading } from '../../shared/heading.js';
import type { LangOf, RenderContext } from '../../shared/render-context.js';
import { quotedIntro } from './attribution.js';
import { languageNotice } from './language-notice.js';

/** A framework text still in its source language, marked as such inside a checklist whose text is not. */
function inSourceLanguage(langOf: LangOf, path: string, text: string) {
  const lang = langOf(path);
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/** The title (at the checklist's own heading level), whether its language could be loaded, and the framework's quoted introduction. */
export function intro(context: RenderContext, level: number, framework: Framework, unavailable: Locale | undefined) {
  return html`<header class="intro">
    ${heading(level, inSourceLanguage(context.langOf, 'title', framework.title), { className: 'title', part: 'title' })}
    ${languageNotice(unavailable)}
    ${quotedIntro(context, framework)}
  </header>`;
}

/** Only for an organisation with less power in its partnerships, for which tailoring marks good places to start. */
export function startingPointsFilter(on: boolean, toggle: (event: Event) => void) {
  return html`<div class="filter">
    <input type="checkbox" id="only-starting-points" class="checkbox checkbox--small" .checked=${on} @change=${toggle} />
    <label for="only-starting-points">${msg('Show only good places to start', { desc: 'Filter that hides practices other than good places to start.' })}</label>
  </div>`;
}

/** The polite live region, the skip link past the practices, and the heading over the behaviours if the framework has one. */
export function beforeBehaviours({ headingLevel, langOf }: RenderContext, framework: Framework, announcement: string, goTo: (event: Event, targetId: string) => void) {
  return html`<p class="visually-hidden" role="status" aria-live="polite">${announcement}</p>

    <a class="skip-link" href="#actions-title" @click=${(event: Event) => goTo(event, 'actions-title')}
      >${msg('Skip to Save, share or print', { desc: 'Link before the practices that moves focus to the Save, share or print section (as GOV.UK skip links do).' })}</a
    >
    ${framework.behavioursHeading ? heading(headingLevel, inSourceLanguage(langOf, 'behavioursHeading', framework.behavioursHeading), { className: 'behaviours-heading' }) : ''}`;
}
