import { msg } from '@lit/localize';
import { html } from 'lit';

/** Shown instead of the checklist when a framework fails validation: what is wrong, and where. */
export function frameworkProblems(problems: readonly string[]) {
  return html`
    <div class="notice" role="alert" part="base">
      <p class="notice-title">${msg('This checklist cannot be shown', { desc: 'Title of the error shown when the framework file is invalid.' })}</p>
      <p>${msg('The framework it uses has these problems:', { desc: 'Introduces a list of problems found in the framework file.' })}</p>
      <ul>
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>
  `;
}
