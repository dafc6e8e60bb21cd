import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { allPractices, type Framework, type Suggestion } from '../../core/index.js';
import { heading } from '../../shared/heading.js';
import type { RenderContext } from '../../shared/render-context.js';

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

/** A short, explained list of what to work on next. */
export function nextSteps({ headingLevel, langOf }: RenderContext, framework: Framework, suggestions: readonly Suggestion[]) {
  if (suggestions.length === 0) return nothing;
  const textOf = (id: string) => allPractices(framework).find((practice) => practice.id === id)?.text ?? id;
  return html`
    <section class="next-steps" part="next-steps" aria-labelledby="next-steps-title">
      ${heading(headingLevel, msg('Suggested next steps', { desc: 'Heading of the short list of suggested practices to work on.' }), { id: 'next-steps-title', className: 'next-steps-title', focusTarget: true })}
      <ol class="next-steps-list">
        ${suggestions.map((suggestion) => {
          const text = textOf(suggestion.practiceId);
          return html`<li>
            <span class="next-step-text" lang=${ifDefined(langOf(`practices.${suggestion.practiceId}`))}>${text}</span>
            <span class="next-step-reason">${reasonText(framework, suggestion, text)}</span>
          </li>`;
        })}
      </ol>
    </section>
  `;
}
