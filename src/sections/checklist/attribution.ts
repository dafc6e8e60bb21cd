import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Framework, FrameworkSource } from '../../core/index.js';
import { formatIsoDate } from '../../i18n/format.js';
import type { LangOf, RenderContext } from '../../shared/render-context.js';

/**
 * The framework's introduction, quoted as its authors wrote it ("we
 * consulted…" is their voice, not the host's), its paragraphs after the
 * first folded, with the credit beneath.
 */
export function quotedIntro({ locale, langOf }: RenderContext, framework: Framework) {
  const credit = framework.source ? sourceCredit(locale, framework.source, langOf) : nothing;
  if (framework.intro.length === 0) return html`<p class="attribution" part="attribution">${credit}</p>`;
  const paragraph = (text: string, i: number) => html`<p lang=${ifDefined(langOf(`intro.${i}`))}>${text}</p>`;
  const [first, ...rest] = framework.intro;
  // Only the first paragraph shows at once: on a phone the whole quote stood
  // a screen and a half between the title and the first practice.
  return html`
    <figure class="source">
      <blockquote class="source-quote">${paragraph(first, 0)}</blockquote>
      ${rest.length > 0
        ? html`<details class="source-more">
            <summary>${msg('Read the rest of the introduction', { desc: 'Shows the framework introduction’s paragraphs after the first.' })}</summary>
            <blockquote class="source-quote">${rest.map((text, i) => paragraph(text, i + 1))}</blockquote>
          </details>`
        : nothing}
      ${framework.source ? html`<figcaption class="attribution" part="attribution">${credit}</figcaption>` : nothing}
    </figure>
  `;
}

/** A text marked with its language when that differs from the widget's. */
const inLang = (text: string, lang: string | undefined) => (lang ? html`<span lang=${lang}>${text}</span>` : text);

function sourceCredit(locale: string, source: FrameworkSource, langOf: LangOf) {
  const work = workTitle(source, langOf);
  const publisher = inLang(source.publisher, langOf('source.publisher'));
  const published = source.published ? formatIsoDate(locale, source.published) : '';
  const by = published
    ? msg(html`${publisher}, ${published}`, { id: 'credit-publisher-and-date', desc: 'Publisher and publication date in a credit line, e.g. "NCVO, February 2021".' })
    : publisher;
  const credit = work
    ? html`${msg(html`From ${work} (${by}).`, { desc: 'Credit line: the page/report title, then publisher and date in brackets.' })}`
    : msg(html`By ${by}.`, { desc: 'Credit line when no title is known: publisher and date.' });
  const reviewed = source.lastReviewed
    ? msg(str`Last reviewed ${formatIsoDate(locale, source.lastReviewed)}.`, { desc: 'When the source page was last reviewed, e.g. "Last reviewed 3 February 2021."' })
    : '';
  const linked = source.url ? html`<a href=${source.url} rel="noopener">${credit}</a>` : credit;
  return html`${linked} ${reviewed}`;
}

/** ‘Page’ in <cite>Report</cite>, or whichever of the two is known. */
function workTitle(source: FrameworkSource, langOf: LangOf) {
  const page = source.page ? html`‘${inLang(source.page, langOf('source.page'))}’` : undefined;
  const report = source.report ? html`<cite lang=${ifDefined(langOf('source.report'))}>${source.report}</cite>` : undefined;
  if (page && report) return msg(html`${page} in ${report}`, { desc: 'A page title (in quotes) within a report title (italic), e.g. ‘Putting collaboration into practice’ in Rebalancing the Relationship.' });
  return page ?? report;
}
