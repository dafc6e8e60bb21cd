import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Framework, FrameworkSource } from '../../../core/index.js';
import { formatIsoDate } from '../../../i18n/format.js';

/**
 * The framework's introduction, quoted as its authors wrote it ("we
 * consulted…" is their voice, not the host's), with the credit beneath.
 */
export function quotedIntro(locale: string, framework: Framework) {
  const credit = framework.source ? sourceCredit(locale, framework.source) : nothing;
  if (framework.intro.length === 0) return html`<p class="attribution" part="attribution">${credit}</p>`;
  return html`
    <figure class="source">
      <blockquote class="source-quote">${framework.intro.map((paragraph) => html`<p>${paragraph}</p>`)}</blockquote>
      ${framework.source ? html`<figcaption class="attribution" part="attribution">${credit}</figcaption>` : nothing}
    </figure>
  `;
}

function sourceCredit(locale: string, source: FrameworkSource) {
  const work = workTitle(source);
  const published = source.published ? formatIsoDate(locale, source.published) : '';
  const by = published
    ? msg(str`${source.publisher}, ${published}`, { id: 'credit-publisher-and-date', desc: 'Publisher and publication date in a credit line, e.g. "NCVO, February 2021".' })
    : source.publisher;
  const credit = work
    ? html`${msg(html`From ${work} (${by}).`, { desc: 'Credit line: the page/report title, then publisher and date in brackets.' })}`
    : msg(str`By ${by}.`, { desc: 'Credit line when no title is known: publisher and date.' });
  const reviewed = source.lastReviewed
    ? msg(str`Last reviewed ${formatIsoDate(locale, source.lastReviewed)}.`, { desc: 'When the source page was last reviewed, e.g. "Last reviewed 3 February 2021."' })
    : '';
  const linked = source.url ? html`<a href=${source.url} rel="noopener">${credit}</a>` : credit;
  return html`${linked} ${reviewed}`;
}

/** ‘Page’ in <cite>Report</cite>, or whichever of the two is known. */
function workTitle(source: FrameworkSource) {
  const page = source.page ? html`‘${source.page}’` : undefined;
  const report = source.report ? html`<cite>${source.report}</cite>` : undefined;
  if (page && report) return msg(html`${page} in ${report}`, { desc: 'A page title (in quotes) within a report title (italic), e.g. ‘Putting collaboration into practice’ in Rebalancing the Relationship.' });
  return page ?? report;
}
